import Foundation

/// A provider's acknowledgement that it accepted a message.
public struct DeliveryReceipt: Sendable, Hashable, Codable {
    /// The provider's identifier for the message (SMTP queue id, SendGrid/Twilio/WhatsApp message id).
    public var providerMessageID: String
    /// When the provider accepted it.
    public var acceptedAt: Date

    /// Creates a receipt.
    ///
    /// - Parameters:
    ///   - providerMessageID: The provider's identifier.
    ///   - acceptedAt: When the provider accepted it.
    public init(providerMessageID: String, acceptedAt: Date) {
        self.providerMessageID = providerMessageID
        self.acceptedAt = acceptedAt
    }
}
