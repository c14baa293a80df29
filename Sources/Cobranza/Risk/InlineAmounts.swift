/// A short list of amounts, one per currency, that keeps a single entry inline.
///
/// A customer's balances and billed volume are nearly always in one currency: an array would be one heap
/// object per list and per customer (three per assessment), while this keeps the common case in the value
/// itself and falls back to an array only for a second currency. The representation is canonical (no
/// entries, exactly one, or an array of two or more), so the synthesized equality is the arrays' equality.
struct InlineAmounts: Sendable, Hashable {
    private enum Storage: Sendable, Hashable {
        case empty
        case single(Money)
        case many([Money])
    }

    private var storage: Storage

    /// An empty list.
    init() {
        storage = .empty
    }

    /// The list of `amounts`, in their order.
    init(_ amounts: [Money]) {
        switch amounts.count {
        case 0: storage = .empty
        case 1: storage = .single(amounts[0])
        default: storage = .many(amounts)
        }
    }

    /// The amounts as an array (a new array when there is a single one).
    var array: [Money] {
        switch storage {
        case .empty: return []
        case .single(let amount): return [amount]
        case .many(let amounts): return amounts
        }
    }

    /// Adds an amount at the end.
    mutating func append(_ amount: Money) {
        switch storage {
        case .empty:
            storage = .single(amount)
        case .single(let first):
            storage = .many([first, amount])
        case .many(var amounts):
            storage = .empty
            amounts.append(amount)
            storage = .many(amounts)
        }
    }
}
