import Foundation

/// The items of one rule for one recipient and one period: what becomes one internal email.
public struct AlertDigest: Sendable, Hashable, Codable {
    /// The rule's name, such as `broken_promises`.
    public var rule: String
    /// Who it is for.
    public var recipient: MessageRecipient
    /// Their name, addresses and locale.
    public var addressee: AlertAddressee
    /// The period it covers.
    public var period: AlertPeriod
    /// The locale to write in: the addressee's, else the policy's.
    public var locale: String
    /// The rule's title and introduction in that locale's language.
    public var wording: AlertWording
    /// The items, in the rule's order (most urgent first where the rule says so). Never empty.
    public var items: [AlertItem]

    /// Creates a digest.
    ///
    /// - Parameters:
    ///   - rule: The rule's name.
    ///   - recipient: Who it is for.
    ///   - addressee: Their name, addresses and locale.
    ///   - period: The period it covers.
    ///   - locale: The locale to write in.
    ///   - wording: The rule's title and introduction.
    ///   - items: The items.
    public init(
        rule: String, recipient: MessageRecipient, addressee: AlertAddressee, period: AlertPeriod, locale: String,
        wording: AlertWording, items: [AlertItem]
    ) {
        self.rule = rule
        self.recipient = recipient
        self.addressee = addressee
        self.period = period
        self.locale = locale
        self.wording = wording
        self.items = items
    }

    /// The idempotency key: one per rule, recipient and period, so a recipient never gets the same period's
    /// digest twice (the outbox skips a key it already holds). See ``key(rule:recipient:period:)``.
    public var key: IdempotencyKey { AlertDigest.key(rule: rule, recipient: recipient, period: period) }

    /// The balances of all items added up, one amount per currency.
    public var totals: [Money] {
        var balances: [Money] = []
        balances.reserveCapacity(items.reduce(0) { $0 + $1.invoices.count })
        for item in items {
            for line in item.invoices { balances.append(line.balance) }
        }
        return AlertItem.totals(of: balances)
    }

    /// Every invoice listed, without repeats, in item order.
    public var invoiceIDs: [InvoiceID] {
        let count = items.reduce(0) { $0 + $1.invoices.count }
        var seen = Set<InvoiceID>(minimumCapacity: count)
        var ids: [InvoiceID] = []
        ids.reserveCapacity(count)
        for item in items {
            for line in item.invoices where seen.insert(line.invoiceID).inserted { ids.append(line.invoiceID) }
        }
        return ids
    }

    /// The idempotency key of a digest — a public contract, stable across versions:
    ///
    /// `alert/<rule>/<recipient>/<period>`
    ///
    /// - `<rule>`: the rule's name (`broken_promises`);
    /// - `<recipient>`: `collector:<id>`, `department:<id>`, `role:<name>` or `customer:<id>`, with `%` written
    ///   `%25` and `/` written `%2F` in the identifier;
    /// - `<period>`: the ``AlertPeriod/id`` — `2024-03-04` (daily), `2024-W10` (weekly, ISO week),
    ///   `2024-03-04@1287` (on event: the day and the last triggering log position).
    ///
    /// ```swift
    /// AlertDigest.key(rule: "broken_promises", recipient: .collector("ana"), period: .day(today))
    /// // "alert/broken_promises/collector:ana/2024-03-04"
    /// ```
    ///
    /// - Parameters:
    ///   - rule: The rule's name.
    ///   - recipient: Who the digest is for.
    ///   - period: The period.
    /// - Returns: The key.
    public static func key(rule: String, recipient: MessageRecipient, period: AlertPeriod) -> IdempotencyKey {
        IdempotencyKey(parts: ["alert", rule, recipient.alertKeyComponent, period.id])
    }
}

extension MessageRecipient {
    /// The recipient as written in alert keys: `collector:ana`, with `%` and `/` escaped in the identifier.
    var alertKeyComponent: String {
        func escaped(_ text: String) -> String {
            // Most identifiers have neither character: checked on the bytes, without Foundation.
            guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "/") }) else {
                return text
            }
            return text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "/", with: "%2F")
        }
        switch self {
        case .customer(let id): return "customer:" + escaped(id.rawValue)
        case .collector(let id): return "collector:" + escaped(id.rawValue)
        case .department(let id): return "department:" + escaped(id.rawValue)
        case .role(let name): return "role:" + escaped(name)
        }
    }
}
