/// Every measure of a portfolio for one request, as plain Codable values ready for a dashboard or an export.
///
/// Computed by ``Measures/report(_:request:timeZone:calendar:)`` in one pass over the invoices and one over
/// the activity log. Money is always per currency; no total mixes two.
public struct MeasuresReport: Sendable, Hashable, Codable {
    /// The request it answers.
    public var request: MeasuresRequest
    /// The aging on ``MeasuresRequest/asOf``.
    public var aging: AgingReport
    /// The period measures of the whole portfolio, one per currency.
    public var receivables: [ReceivablesMeasures]
    /// The period measures of each collector's customers, by collector id then currency (`nil` — customers
    /// without a collector — last).
    public var receivablesByCollector: [ReceivablesMeasures]
    /// The promises of the period, all collectors together.
    public var promises: PromiseSummary
    /// Each collector's productivity in the period, by collector id (`nil` last).
    public var collectors: [CollectorPerformance]
    /// The effectiveness of each cadence step in the period, by step id.
    public var cadenceSteps: [CadenceStepEffectiveness]
    /// The sends of the period without a cadence step (``Activity/cadenceStepID`` absent): not in
    /// ``cadenceSteps``.
    public var sendsWithoutStep: Int
    /// The disputes per department, by department id.
    public var disputes: [DepartmentDisputes]
    /// Each collector's work queue for ``MeasuresRequest/asOf``, by collector id (`nil` last); only
    /// collectors with at least one customer to call.
    public var workQueues: [WorkQueue]

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - aging: The aging.
    ///   - receivables: The portfolio's period measures.
    ///   - receivablesByCollector: The period measures per collector.
    ///   - promises: The promises.
    ///   - collectors: The collector productivity.
    ///   - cadenceSteps: The cadence-step effectiveness.
    ///   - sendsWithoutStep: The sends without a step.
    ///   - disputes: The disputes per department.
    ///   - workQueues: The work queues.
    public init(
        request: MeasuresRequest, aging: AgingReport, receivables: [ReceivablesMeasures],
        receivablesByCollector: [ReceivablesMeasures], promises: PromiseSummary, collectors: [CollectorPerformance],
        cadenceSteps: [CadenceStepEffectiveness], sendsWithoutStep: Int, disputes: [DepartmentDisputes],
        workQueues: [WorkQueue]
    ) {
        self.request = request
        self.aging = aging
        self.receivables = receivables
        self.receivablesByCollector = receivablesByCollector
        self.promises = promises
        self.collectors = collectors
        self.cadenceSteps = cadenceSteps
        self.sendsWithoutStep = sendsWithoutStep
        self.disputes = disputes
        self.workQueues = workQueues
    }

    /// The work queue of a collector.
    ///
    /// - Parameter collectorID: The collector, `nil` for customers without one.
    /// - Returns: The queue, or `nil` when the collector has no one to call.
    public func workQueue(for collectorID: CollectorID?) -> WorkQueue? {
        workQueues.first { $0.collectorID == collectorID }
    }

    /// The portfolio's period measures in a currency.
    ///
    /// - Parameter currency: The currency.
    /// - Returns: The measures, or `nil` when nothing was recorded in that currency.
    public func receivables(in currency: Currency) -> ReceivablesMeasures? {
        receivables.first { $0.currency == currency }
    }
}
