import Foundation

/// A ``MessageSender`` that delivers into a folder: emails as RFC 5322 `.eml` files, every other channel as
/// a `.json` file of the ``OutgoingMessage``. For the `cobranza` command, for a team that hands the files to
/// its own mail relay or WhatsApp provider, and for looking at what a run would send.
///
/// Each file is named after the message's idempotency key and written atomically (a temporary file
/// renamed into place), so a message sent twice — the crash window of ``OutboxDispatcher`` — leaves one
/// file, not two.
///
/// ```swift
/// let sender = FileMessageSender(
///     folder: URL(fileURLWithPath: "outbox"), from: "Cobranzas <cobranzas@empresa.example>", clock: SystemClock())
/// let dispatcher = OutboxDispatcher(store: store, sender: sender, clock: SystemClock(), workerID: "cli")
/// ```
public struct FileMessageSender: MessageSender {
    /// The folder the files go into; it is created if missing.
    public let folder: URL
    /// The `From` address of emails.
    public let from: String
    private let clock: any Clock

    /// Creates a sender.
    ///
    /// - Parameters:
    ///   - folder: The folder the files go into.
    ///   - from: The `From` address of emails.
    ///   - clock: Stamps the `Date` header and the receipts.
    public init(folder: URL, from: String, clock: any Clock) {
        self.folder = folder
        self.from = from
        self.clock = clock
    }

    /// The file a message with this key and channel is written to.
    ///
    /// - Parameters:
    ///   - key: The idempotency key.
    ///   - channel: The channel.
    /// - Returns: The file's URL inside ``folder``.
    public func fileURL(for key: IdempotencyKey, channel: Channel) -> URL {
        let name = EmailDocument.token(key.rawValue)
        return folder.appendingPathComponent(channel == .email ? "\(name).eml" : "\(name).\(channel.rawValue).json")
    }

    /// Writes the message's file.
    ///
    /// - Parameters:
    ///   - message: The message.
    ///   - idempotencyKey: Names the file.
    /// - Returns: A receipt whose provider id is the file name.
    /// - Throws: ``SendError/permanent(reason:)`` for a message without an address;
    ///   ``SendError/transient(reason:retryAfterSeconds:)`` when the file cannot be written.
    public func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError)
        -> DeliveryReceipt
    {
        if !message.channel.needsPerson, message.channel != .letter, message.to.isEmpty {
            throw .permanent(reason: "no \(message.channel.rawValue) address")
        }
        let now = clock.now
        let url = fileURL(for: idempotencyKey, channel: message.channel)
        let data: Data
        if message.channel == .email {
            data = Data(EmailDocument(message: message, from: from, key: idempotencyKey, date: now).text.utf8)
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            do {
                data = try encoder.encode(FileMessage(key: idempotencyKey, message: message))
            } catch {
                throw .permanent(reason: "cannot encode the message: \(error)")
            }
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw .transient(reason: "cannot write \(url.path): \(error.localizedDescription)")
        }
        return DeliveryReceipt(providerMessageID: url.lastPathComponent, acceptedAt: now)
    }
}

/// The JSON written for a message on a channel other than email.
private struct FileMessage: Encodable {
    var key: IdempotencyKey
    var message: OutgoingMessage
}
