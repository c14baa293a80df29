extension IdempotencyKey {
    static let cadenceStepPrefix = "cadence-step"
    static let cadenceMessagePrefix = "cadence-message"
    /// What every cadence message key starts with: `cadence-message/`.
    static let cadenceMessageKeyStart = cadenceMessagePrefix + "/"

    /// The key of one (invoice, step) pair: `cadence-step/<invoiceID>/<stepID>`.
    ///
    /// This format is a public contract: stores and dispatchers may persist and compare these keys. In every
    /// identifier part, `%` is written `%25` and `/` is written `%2F`, so the parts never run together.
    ///
    /// - Parameters:
    ///   - invoiceID: The invoice.
    ///   - stepID: The step's id.
    /// - Returns: For example `cadence-step/FA-0001/C-friendly`.
    public static func cadenceStep(invoiceID: InvoiceID, stepID: String) -> IdempotencyKey {
        IdempotencyKey("\(cadenceStepPrefix)/\(escape(invoiceID.rawValue))/\(escape(stepID))")
    }

    /// The key of one consolidated cadence message: `cadence-message/<customerID>/<channel>/<yyyy-MM-dd>`.
    ///
    /// A public contract, like ``cadenceStep(invoiceID:stepID:)``: at most one cadence message per customer,
    /// channel and day. The channel is its raw value (`whatsapp`); the date is the plan's date.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - channel: The channel.
    ///   - date: The day of the plan.
    /// - Returns: For example `cadence-message/C-001/email/2024-03-18`.
    public static func cadenceMessage(customerID: CustomerID, channel: Channel, date: CivilDate) -> IdempotencyKey {
        cadenceMessage(customerID: customerID, channel: channel, isoDate: date.formatted(.iso))
    }

    /// The key of one planned cadence task: `cadence-task/<customerID>/<kind>/<yyyy-MM-dd>`.
    ///
    /// A public contract: at most one call, one visit and one letter to sign per customer and day. The kind is
    /// the ``TaskKind`` raw value (`call`, `visit`, `letter`). The key's text is also the task's ``TaskID``.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - kind: The task kind.
    ///   - date: The day of the plan.
    /// - Returns: For example `cadence-task/C-001/call/2024-03-18`.
    public static func cadenceTask(customerID: CustomerID, kind: TaskKind, date: CivilDate) -> IdempotencyKey {
        cadenceTask(customerID: customerID, kind: kind, isoDate: date.formatted(.iso))
    }

    /// The key of one planned action item: `cadence-action/<customerID>/<action>/<yyyy-MM-dd>`.
    ///
    /// A public contract: at most one action item per customer, action and day. The action is the
    /// ``CollectionAction`` raw value (`suspend_service`). The key's text is also the task's ``TaskID``.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - action: The action.
    ///   - date: The day of the plan.
    /// - Returns: For example `cadence-action/C-001/suspend_service/2024-03-18`.
    public static func cadenceAction(customerID: CustomerID, action: CollectionAction, date: CivilDate)
        -> IdempotencyKey
    {
        cadenceAction(customerID: customerID, action: action, isoDate: date.formatted(.iso))
    }

    static func cadenceMessage(customerID: CustomerID, channel: Channel, isoDate: String) -> IdempotencyKey {
        IdempotencyKey("\(cadenceMessagePrefix)/\(escape(customerID.rawValue))/\(channel.rawValue)/\(isoDate)")
    }

    static func cadenceTask(customerID: CustomerID, kind: TaskKind, isoDate: String) -> IdempotencyKey {
        IdempotencyKey("cadence-task/\(escape(customerID.rawValue))/\(kind.rawValue)/\(isoDate)")
    }

    static func cadenceAction(customerID: CustomerID, action: CollectionAction, isoDate: String) -> IdempotencyKey {
        IdempotencyKey("cadence-action/\(escape(customerID.rawValue))/\(action.rawValue)/\(isoDate)")
    }

    /// Writes `%` as `%25` and `/` as `%2F`; identifiers without either are returned as they are.
    static func escape(_ part: String) -> String {
        guard part.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "%") }) else { return part }
        var escaped = ""
        for character in part {
            switch character {
            case "%": escaped += "%25"
            case "/": escaped += "%2F"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Reverses ``escape(_:)``; `nil` for a stray `%`.
    static func unescape(_ part: Substring) -> String? {
        guard part.contains("%") else { return String(part) }
        var result = ""
        var rest = part[...]
        while let percent = rest.firstIndex(of: "%") {
            result += rest[..<percent]
            let code = rest[percent...].prefix(3)
            switch code.uppercased() {
            case "%25": result += "%"
            case "%2F": result += "/"
            default: return nil
            }
            rest = rest[rest.index(percent, offsetBy: 3)...]
        }
        result += rest
        return result
    }
}
