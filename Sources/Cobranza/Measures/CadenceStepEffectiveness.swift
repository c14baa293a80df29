/// How well one cadence step works: of the invoices its messages reached, the share paid within N days.
///
/// Every ``ActivityKind/messageSent`` activity dated in the period with a ``Activity/cadenceStepID`` counts
/// once per invoice it names that was open (balance above zero) at the start of the send day. The send is
/// *evaluated* once its window of N days (``MeasuresRequest/paymentWindowDays``) has ended on or before the
/// report's date, and *pending* before that.
///
/// **Paid rate = invoices paid in full on day s … s + N ÷ evaluated sends × 100**, where s is the send day;
/// the *any-payment rate* counts an invoice that received any payment in that window.
public struct CadenceStepEffectiveness: Sendable, Hashable, Codable {
    /// The cadence step, as recorded on the activities.
    public var stepID: String
    /// The sends counted (invoice × message).
    public var sends: Int
    /// The sends whose window has ended.
    public var evaluated: Int
    /// The sends whose window has not ended yet; not in the rates.
    public var pending: Int
    /// The evaluated sends whose invoice was paid in full within the window.
    public var paidInFull: Int
    /// The evaluated sends whose invoice received some payment within the window.
    public var anyPayment: Int
    /// paidInFull ÷ evaluated × 100; `nil` when nothing was evaluated.
    public var paidRate: Double?
    /// anyPayment ÷ evaluated × 100; `nil` when nothing was evaluated.
    public var anyPaymentRate: Double?
    /// The payments applied within the windows of the evaluated sends, one per currency.
    public var amountCollected: [Money]

    /// Creates a row; the rates are computed from the counts.
    ///
    /// - Parameters:
    ///   - stepID: The step.
    ///   - sends: The sends counted.
    ///   - evaluated: The sends evaluated.
    ///   - pending: The sends pending.
    ///   - paidInFull: The evaluated sends paid in full in the window.
    ///   - anyPayment: The evaluated sends with any payment in the window.
    ///   - amountCollected: The payments in the windows, per currency.
    public init(
        stepID: String, sends: Int, evaluated: Int, pending: Int, paidInFull: Int, anyPayment: Int,
        amountCollected: [Money]
    ) {
        self.stepID = stepID
        self.sends = sends
        self.evaluated = evaluated
        self.pending = pending
        self.paidInFull = paidInFull
        self.anyPayment = anyPayment
        self.paidRate = MeasureFormulas.rate(paidInFull, of: evaluated)
        self.anyPaymentRate = MeasureFormulas.rate(anyPayment, of: evaluated)
        self.amountCollected = amountCollected
    }
}
