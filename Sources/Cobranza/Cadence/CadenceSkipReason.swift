/// Why a step that was due for an invoice was not planned.
public enum CadenceSkipReason: Sendable, Hashable, Codable {
    /// The customer is VIP: no automatic messages (calls, visits and action items are still planned).
    case vip
    /// The customer is excluded from automation: nothing is planned.
    case excludedFromAutomation
    /// The invoice's collection status holds automatic reminders (promised, disputed, payment plan …).
    case statusHoldsReminders(status: CollectionStatusKind)
    /// The invoice's balance is below the policy's minimum.
    case belowMinimumBalance
    /// The step is a notice meant for before the due date, which has passed; it is never sent late.
    case dueDatePassed
    /// The customer had an automatic message too recently; the step waits for the gap to pass.
    case minimumGap(lastMessageOn: CivilDate, nextAllowedOn: CivilDate)
    /// The customer has no address on any of the step's channels.
    case noReachableChannel
    /// The policy has no cadence for the customer's tier.
    case noCadenceForTier(tier: RiskTier)
    /// The invoice's customer is not in the portfolio.
    case unknownCustomer
}

extension CadenceSkipReason: CustomStringConvertible {
    /// A sentence for logs and reports.
    public var description: String {
        switch self {
        case .vip: return "the customer is VIP and receives no automatic messages"
        case .excludedFromAutomation: return "the customer is excluded from automation"
        case .statusHoldsReminders(let status): return "the invoice is \(status.rawValue), which holds reminders"
        case .belowMinimumBalance: return "the balance is below the policy's minimum"
        case .dueDatePassed: return "the notice was meant for before the due date, which has passed"
        case .minimumGap(let last, let next):
            return "the customer had an automatic message on \(last); the next may go on \(next)"
        case .noReachableChannel: return "the customer has no address on any of the step's channels"
        case .noCadenceForTier(let tier): return "the policy has no cadence for tier \(tier)"
        case .unknownCustomer: return "the invoice's customer is not in the portfolio"
        }
    }
}
