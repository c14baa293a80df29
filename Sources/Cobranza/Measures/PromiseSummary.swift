/// Payment promises in a period: how many were obtained, kept and broken, and the promise-kept rate.
///
/// - *obtained*: outcome activities (``ActivityKind/outcome``) dated in the period whose new status is
///   ``CollectionStatus/promised(_:)`` — one per activity, however many invoices it covers;
/// - *kept* / *broken*: ``ActivityKind/promiseKept`` / ``ActivityKind/promiseBroken`` activities dated in the
///   period, credited to the collector who obtained the promise (else the activity's collector, else the
///   customer's);
/// - **promise-kept rate = kept ÷ (kept + broken) × 100**, over the promises settled in the period, `nil`
///   when none was.
public struct PromiseSummary: Sendable, Hashable, Codable {
    /// Promises obtained in the period.
    public var obtained: Int
    /// Promises kept in the period.
    public var kept: Int
    /// Promises broken in the period.
    public var broken: Int
    /// kept ÷ (kept + broken) × 100; `nil` when no promise was settled in the period.
    public var keptRate: Double?

    /// Creates a summary; the rate is computed from the counts.
    ///
    /// - Parameters:
    ///   - obtained: Promises obtained.
    ///   - kept: Promises kept.
    ///   - broken: Promises broken.
    public init(obtained: Int = 0, kept: Int = 0, broken: Int = 0) {
        self.obtained = obtained
        self.kept = kept
        self.broken = broken
        self.keptRate = MeasureFormulas.rate(kept, of: kept + broken)
    }
}
