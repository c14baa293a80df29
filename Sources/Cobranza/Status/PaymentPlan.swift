/// A payment plan agreement (convenio): selected invoices of one customer are replaced by installments with
/// their own due dates.
///
/// ## How it is stored
/// No new kind of record: the agreement lives in the invoices, so every store already keeps it.
/// - Each **installment** is an ``Invoice`` of kind ``InvoiceKind/installment`` with id
///   `<agreementID>-<n>`, number `<agreementID> <n>/<count>`, issued on the day of the agreement, status
///   normal, and the custom fields ``agreementField`` (the agreement id) and ``installmentField`` (`n/count`).
///   The cadence engine reminds installments like any invoice; payments apply to them like any invoice.
/// - Each **original invoice** moves to ``CollectionStatus/paymentPlan(agreementID:)`` with its balance
///   moved to the installments (balance zero, so it is neither reminded nor counted twice) and the balance
///   it had kept in the custom field ``balanceField`` (minor units), so a default can restore it.
///
/// When every installment is closed the originals close too (paid, or cancelled if no installment was
/// paid). When an installment is missed (its due date plus ``StatusPolicy/planGraceDays`` passed, unpaid,
/// and not held by a promise, reported payment or dispute) the plan **defaults**: the open installments
/// are cancelled and the originals owe again what the installments did not pay, applied oldest due first.
///
/// ```swift
/// let plan = PaymentPlan(
///     agreementID: "CV-2024-001", invoiceIDs: ["FA-1", "FA-2"],
///     installments: PaymentPlan.evenInstallments(
///         total: Money(minorUnits: 300_000, currency: .ars), count: 3, firstDueDate: firstOfApril))
/// try await store.agreePaymentPlan(plan, by: "ana", at: clock.now, context: context)
/// ```
public struct PaymentPlan: Sendable, Hashable, Codable {
    /// One installment of the plan.
    public struct Installment: Sendable, Hashable, Codable {
        /// The day it falls due.
        public var dueDate: CivilDate
        /// The amount owed.
        public var amount: Money

        /// Creates an installment.
        ///
        /// - Parameters:
        ///   - dueDate: The due date.
        ///   - amount: The amount.
        public init(dueDate: CivilDate, amount: Money) {
            self.dueDate = dueDate
            self.amount = amount
        }
    }

    /// The custom field of an installment naming its agreement.
    public static let agreementField = "payment_plan"
    /// The custom field of an installment with its position, such as `2/3`.
    public static let installmentField = "installment"
    /// The custom field of an original invoice keeping the balance (minor units) it had at the agreement.
    public static let balanceField = "payment_plan_balance"

    /// The agreement's identifier, unique among agreements; the prefix of its installments' ids.
    public var agreementID: String
    /// The invoices the plan replaces, all of one customer and currency.
    public var invoiceIDs: [InvoiceID]
    /// The installments, in due-date order; they must add up to the invoices' balance.
    public var installments: [Installment]

    /// Creates an agreement.
    ///
    /// - Parameters:
    ///   - agreementID: The agreement's identifier.
    ///   - invoiceIDs: The invoices it replaces.
    ///   - installments: The installments.
    public init(agreementID: String, invoiceIDs: [InvoiceID], installments: [Installment]) {
        self.agreementID = agreementID
        self.invoiceIDs = invoiceIDs
        self.installments = installments
    }

    /// The id of the `number`-th installment (from 1) of an agreement.
    ///
    /// - Parameters:
    ///   - agreementID: The agreement.
    ///   - number: The position, from 1.
    /// - Returns: `<agreementID>-<number>`.
    public static func installmentID(agreementID: String, number: Int) -> InvoiceID {
        InvoiceID("\(agreementID)-\(number)")
    }

    /// Splits a total into `count` installments a number of months apart; the last absorbs the remainder
    /// of the division, so they always add up to the total.
    ///
    /// ```swift
    /// PaymentPlan.evenInstallments(total: Money(minorUnits: 100_000, currency: .ars), count: 3,
    ///                              firstDueDate: try CivilDate(iso: "2024-04-10"))
    /// // 333.33 on 10 April, 333.33 on 10 May, 333.34 on 10 June
    /// ```
    ///
    /// - Parameters:
    ///   - total: The total to split.
    ///   - count: How many installments; fewer than 1 gives none.
    ///   - firstDueDate: The first due date.
    ///   - everyMonths: Months between due dates (the day is clamped to the month's end).
    /// - Returns: The installments.
    public static func evenInstallments(total: Money, count: Int, firstDueDate: CivilDate, everyMonths: Int = 1)
        -> [Installment]
    {
        guard count >= 1 else { return [] }
        let base = total.minorUnits / Int64(count)
        return (0..<count).map { index in
            let amount = index == count - 1 ? total.minorUnits - base * Int64(count - 1) : base
            return Installment(
                dueDate: firstDueDate.adding(months: index * everyMonths),
                amount: Money(minorUnits: amount, currency: total.currency))
        }
    }
}
