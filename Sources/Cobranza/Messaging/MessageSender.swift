/// Delivers messages on a channel: the edge where Cobranza meets SMTP, SendGrid, Twilio, the WhatsApp
/// Business API, or a print shop.
///
/// ## Implementation requirements
/// - Return a ``DeliveryReceipt`` only once the provider has accepted the message.
/// - Classify every failure: ``SendError/transient(reason:retryAfterSeconds:)`` when a later attempt may
///   succeed, ``SendError/permanent(reason:)`` when it cannot (bounced address, rejected template).
/// - Pass `idempotencyKey` to the provider when it supports one (an `Idempotency-Key` header, a
///   `Message-ID`), so that the one unavoidable duplicate — a send that succeeded just before a crash,
///   before it was marked delivered — is dropped by the provider.
/// - Be safe to call concurrently.
///
/// ## Conforming to the protocol
/// ```swift
/// struct SMTPSender: MessageSender {
///     func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError)
///         -> DeliveryReceipt
///     {
///         guard message.channel == .email else { throw .permanent(reason: "SMTP sends email only") }
///         // … deliver with Message-ID derived from idempotencyKey …
///         return DeliveryReceipt(providerMessageID: "<\(idempotencyKey)@example.com>", acceptedAt: .now)
///     }
/// }
/// ```
public protocol MessageSender: Sendable {
    /// Delivers one message.
    ///
    /// - Parameters:
    ///   - message: The rendered, addressed message.
    ///   - idempotencyKey: The key naming this message; equal keys are the same message.
    /// - Returns: The provider's receipt.
    /// - Throws: ``SendError``, transient or permanent.
    func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError) -> DeliveryReceipt
}
