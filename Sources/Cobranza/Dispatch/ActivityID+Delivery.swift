extension ActivityID {
    /// The id of the ``ActivityKind/messageSent`` activity that records the delivery of an outbox entry.
    ///
    /// - Parameter key: The entry's idempotency key.
    /// - Returns: `outbox/<key>/sent`.
    static func delivery(of key: IdempotencyKey) -> ActivityID { ActivityID("outbox/\(key)/sent") }

    /// Whether this is the delivery record of a message the daily run's cadence queued: such a message's
    /// steps are logged one by one as ``ActivityKind/cadenceStep`` activities when it is queued.
    var isCadenceMessageDelivery: Bool { rawValue.hasPrefix(Self.cadenceMessageDeliveryPrefix) }

    /// `outbox/cadence-message/`, built once: the measures test it for every delivery they read.
    private static let cadenceMessageDeliveryPrefix = "outbox/" + IdempotencyKey.cadenceMessageKeyStart
}
