import Foundation

/// A ``MessageSender`` that delivers into memory: the reference sender for tests, demos and dry runs.
///
/// It records every call in order — a duplicate send shows up as two deliveries with the same key — and
/// can be told to fail, transiently or permanently, to exercise retries and fallbacks.
///
/// ```swift
/// let sender = InMemoryMessageSender(clock: clock)
/// await sender.failNext(2, with: .transient(reason: "SMTP 421"))
/// // … run the engine …
/// let sent = await sender.deliveries
/// ```
public actor InMemoryMessageSender: MessageSender {
    /// One accepted message.
    public struct Delivery: Sendable, Hashable {
        /// The key the message was sent with.
        public var key: IdempotencyKey
        /// The message.
        public var message: OutgoingMessage
        /// The receipt returned.
        public var receipt: DeliveryReceipt
    }

    /// Every accepted message, in the order it was sent.
    public private(set) var deliveries: [Delivery] = []
    /// Every call, accepted or failed, in order.
    public private(set) var attempts: [IdempotencyKey] = []

    private let clock: any Clock
    private var failures: [SendError] = []
    private var failuresByAddress: [String: SendError] = [:]

    /// Creates a sender.
    ///
    /// - Parameter clock: The clock that stamps receipts.
    public init(clock: any Clock) {
        self.clock = clock
    }

    /// Makes the next `count` sends fail with `error`, whatever they are.
    ///
    /// - Parameters:
    ///   - count: How many sends fail.
    ///   - error: The failure.
    public func failNext(_ count: Int = 1, with error: SendError) {
        failures += Array(repeating: error, count: count)
    }

    /// Makes every send to an address fail with `error` (a bounced mailbox, a blocked number).
    ///
    /// - Parameters:
    ///   - address: The address.
    ///   - error: The failure.
    public func fail(address: String, with error: SendError) {
        failuresByAddress[address] = error
    }

    /// The messages accepted for a key.
    ///
    /// - Parameter key: An idempotency key.
    /// - Returns: Every delivery made with that key (more than one is a duplicate).
    public func deliveries(for key: IdempotencyKey) -> [Delivery] {
        deliveries.filter { $0.key == key }
    }

    /// Accepts the message unless a failure was scripted for it.
    ///
    /// - Parameters:
    ///   - message: The message.
    ///   - idempotencyKey: Its key.
    /// - Returns: A receipt numbered in order of acceptance.
    /// - Throws: The scripted ``SendError``.
    public func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError)
        -> DeliveryReceipt
    {
        attempts.append(idempotencyKey)
        if !failures.isEmpty { throw failures.removeFirst() }
        if let error = message.to.lazy.compactMap({ self.failuresByAddress[$0] }).first { throw error }
        let receipt = DeliveryReceipt(providerMessageID: "memory-\(deliveries.count + 1)", acceptedAt: clock.now)
        deliveries.append(Delivery(key: idempotencyKey, message: message, receipt: receipt))
        return receipt
    }
}
