import Cobranza

/// A sender that forwards to another and passes a ``FaultSchedule`` point before and after every send, so a
/// crash-point test can "crash" a run around each delivery. Share the schedule with a ``FaultInjectingStore``.
///
/// A `MessageSender` can only throw `SendError`, so at its crash point the sender reports a transient
/// failure ("simulated crash"); the schedule then fails every later point, so the store refuses the
/// dispatcher's next write with ``SimulatedCrash`` and the result is never recorded — as if the process had
/// died. At ``FaultPoint/Kind/afterSend`` the base sender has already delivered the message.
///
/// ```swift
/// let schedule = FaultSchedule(crashAt: ordinal)
/// let engine = try CollectionEngine(
///     store: FaultInjectingStore(base: store, schedule: schedule),
///     sender: FaultInjectingSender(base: provider, schedule: schedule), clock: clock, calendar: calendar,
///     policy: policy)
/// ```
public struct FaultInjectingSender: MessageSender {
    /// The sender that delivers.
    public let base: any MessageSender
    /// Where to crash.
    public let schedule: FaultSchedule

    /// Creates the wrapper.
    ///
    /// - Parameters:
    ///   - base: The sender that delivers.
    ///   - schedule: Where to crash, shared with the store.
    public init(base: any MessageSender, schedule: FaultSchedule) {
        self.base = base
        self.schedule = schedule
    }

    /// Sends through the base, passing a point before and after.
    ///
    /// - Parameters:
    ///   - message: The message.
    ///   - idempotencyKey: Its key.
    /// - Returns: The base's receipt.
    /// - Throws: The base's error, or a transient `SendError` at and after the crash point.
    public func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError)
        -> DeliveryReceipt
    {
        do { try schedule.pass(.beforeSend) } catch { throw .transient(reason: "simulated crash before the send") }
        let receipt = try await base.send(message, idempotencyKey: idempotencyKey)
        do { try schedule.pass(.afterSend) } catch { throw .transient(reason: "simulated crash after the send") }
        return receipt
    }
}
