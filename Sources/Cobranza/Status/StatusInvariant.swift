/// A rule every invoice satisfies after any status operation. ``violations(of:)`` lists the broken ones,
/// for tests, imports and audits.
public enum StatusInvariant: String, Sendable, Hashable, Codable, CaseIterable {
    /// The balance is below zero.
    case negativeBalance = "negative_balance"
    /// The balance and the amount are in different currencies.
    case currencyMismatch = "currency_mismatch"
    /// The invoice is paid but a balance is left.
    case paidWithBalance = "paid_with_balance"
    /// A receivable that is not closed and not in a payment plan owes nothing (it should be paid or cancelled).
    case openWithoutBalance = "open_without_balance"
    /// An invoice replaced by a payment plan still carries a balance (it would be counted twice).
    case planWithBalance = "plan_with_balance"

    /// The invariants an invoice breaks.
    ///
    /// ```swift
    /// #expect(StatusInvariant.violations(of: invoice).isEmpty)
    /// ```
    ///
    /// - Parameter invoice: An invoice.
    /// - Returns: The broken invariants; empty for a valid invoice.
    public static func violations(of invoice: Invoice) -> [StatusInvariant] {
        var broken: [StatusInvariant] = []
        if invoice.balance.isNegative { broken.append(.negativeBalance) }
        if invoice.balance.currency != invoice.amount.currency { broken.append(.currencyMismatch) }
        switch invoice.status {
        case .paid:
            if !invoice.balance.isZero { broken.append(.paidWithBalance) }
        case .paymentPlan:
            if !invoice.balance.isZero { broken.append(.planWithBalance) }
        default:
            if invoice.kind.isReceivable, !invoice.status.isClosed, !invoice.balance.isPositive {
                broken.append(.openWithoutBalance)
            }
        }
        return broken
    }
}
