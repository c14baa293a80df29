/// How a customer's portfolio stage (tipo de cartera) is derived from days late and status.
///
/// An open invoice is **preventive** up to and including its due date, then **administrative**,
/// **delinquent**, **extrajudicial** (and **legal**, if ``legalFromDaysLate`` is set) as its days late reach
/// each threshold. An invoice in ``CollectionStatus/legal`` is always **legal**; one the customer refuses to
/// pay is at least ``refusedToPayStage``. The customer's stage is the most advanced stage of its open
/// invoices, or preventive when none is open.
///
/// ```json
/// {"administrativeFromDaysLate": 1, "delinquentFromDaysLate": 31, "extrajudicialFromDaysLate": 91,
///  "legalFromDaysLate": null, "refusedToPayStage": "extrajudicial", "disputesCount": false}
/// ```
public struct PortfolioStagePolicy: Sendable, Hashable {
    /// Days late from which an invoice is administrative (at least 1).
    public var administrativeFromDaysLate: Int
    /// Days late from which an invoice is delinquent.
    public var delinquentFromDaysLate: Int
    /// Days late from which an invoice is extrajudicial.
    public var extrajudicialFromDaysLate: Int
    /// Days late from which an invoice counts as legal even before a legal status is set; `nil` for never.
    public var legalFromDaysLate: Int?
    /// The least advanced stage of an invoice the customer refuses to pay.
    public var refusedToPayStage: PortfolioStage
    /// Whether disputed invoices and invoices in clarification count towards the stage; by default they do
    /// not, since the delay may be the company's.
    public var disputesCount: Bool

    /// Creates a policy; the defaults are 1, 31 and 91 days, no legal threshold, extrajudicial for a refusal.
    ///
    /// - Parameters:
    ///   - administrativeFromDaysLate: Days late from which an invoice is administrative.
    ///   - delinquentFromDaysLate: Days late from which it is delinquent.
    ///   - extrajudicialFromDaysLate: Days late from which it is extrajudicial.
    ///   - legalFromDaysLate: Days late from which it is legal, if ever.
    ///   - refusedToPayStage: The least advanced stage of a refused invoice.
    ///   - disputesCount: Whether disputed invoices count.
    public init(
        administrativeFromDaysLate: Int = 1, delinquentFromDaysLate: Int = 31, extrajudicialFromDaysLate: Int = 91,
        legalFromDaysLate: Int? = nil, refusedToPayStage: PortfolioStage = .extrajudicial, disputesCount: Bool = false
    ) {
        self.administrativeFromDaysLate = administrativeFromDaysLate
        self.delinquentFromDaysLate = delinquentFromDaysLate
        self.extrajudicialFromDaysLate = extrajudicialFromDaysLate
        self.legalFromDaysLate = legalFromDaysLate
        self.refusedToPayStage = refusedToPayStage
        self.disputesCount = disputesCount
    }

    /// The stage of one invoice on a date.
    ///
    /// - Parameters:
    ///   - invoice: An invoice.
    ///   - date: The date to measure on.
    /// - Returns: The stage, or `nil` when the invoice does not count (closed, without balance, a credit
    ///   note, or a dispute when ``disputesCount`` is off).
    public func stage(of invoice: Invoice, asOf date: CivilDate) -> PortfolioStage? {
        guard invoice.isOpen else { return nil }
        let kind = invoice.status.kind
        if kind == .legal { return .legal }
        if !disputesCount && (kind == .disputed || kind == .inClarification) { return nil }
        let daysLate = invoice.daysLate(asOf: date)
        var stage: PortfolioStage
        if let legalFromDaysLate, daysLate >= legalFromDaysLate {
            stage = .legal
        } else if daysLate >= extrajudicialFromDaysLate {
            stage = .extrajudicial
        } else if daysLate >= delinquentFromDaysLate {
            stage = .delinquent
        } else if daysLate >= administrativeFromDaysLate {
            stage = .administrative
        } else {
            stage = .preventive
        }
        if kind == .refusedToPay { stage = Swift.max(stage, refusedToPayStage) }
        return stage
    }

    /// A customer's stage on a date: the most advanced stage of its invoices.
    ///
    /// ```swift
    /// let stage = PortfolioStagePolicy().stage(ofCustomer: invoices, asOf: today)   // .delinquent
    /// ```
    ///
    /// - Parameters:
    ///   - invoices: The customer's invoices (others' are not filtered out).
    ///   - date: The date to measure on.
    /// - Returns: The stage; preventive when no invoice counts.
    public func stage(ofCustomer invoices: [Invoice], asOf date: CivilDate) -> PortfolioStage {
        invoices.lazy.compactMap { stage(of: $0, asOf: date) }.max() ?? .preventive
    }

    /// Checks the thresholds are positive and increasing.
    ///
    /// - Parameter prefix: The path of this policy in the enclosing one, such as `"stages."`.
    /// - Throws: ``PolicyError`` naming the field.
    public func validate(prefix: String = "") throws(PolicyError) {
        guard administrativeFromDaysLate >= 1 else {
            throw .invalidValue(field: prefix + "administrativeFromDaysLate", reason: "must be at least 1")
        }
        guard delinquentFromDaysLate > administrativeFromDaysLate else {
            throw .invalidValue(
                field: prefix + "delinquentFromDaysLate", reason: "must be greater than administrativeFromDaysLate")
        }
        guard extrajudicialFromDaysLate > delinquentFromDaysLate else {
            throw .invalidValue(
                field: prefix + "extrajudicialFromDaysLate", reason: "must be greater than delinquentFromDaysLate")
        }
        if let legalFromDaysLate, legalFromDaysLate <= extrajudicialFromDaysLate {
            throw .invalidValue(
                field: prefix + "legalFromDaysLate", reason: "must be greater than extrajudicialFromDaysLate")
        }
    }
}
