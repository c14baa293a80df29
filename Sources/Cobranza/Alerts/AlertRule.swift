/// An internal alert rule: a value with a name, a schedule and parameters that, on each run it is due,
/// turns the state and the new activity-log events into items addressed to people inside the company.
///
/// The built-in rules (``ActionRequiredRule``, ``BrokenPromisesRule``, ``ReportedNotCreditedRule``,
/// ``DisputesByDepartmentRule``, ``DisputesByCollectorRule``, ``OverdueThresholdRule``,
/// ``RefusedToPayRule``) conform to it, and so can an integrator's own rule.
///
/// ## Conforming to the protocol
/// - ``name`` is stable: it is part of every digest's idempotency key. Use lowercase ASCII letters, digits
///   and `_`, and do not reuse a built-in name.
/// - ``findings(in:)`` is pure: it reads only the ``AlertContext`` (snapshot, date, new events, policy)
///   and returns the items most urgent first, each addressed to its recipients. Return an empty array when
///   there is nothing to say; empty digests are never produced.
/// - Route by the customer's assignment (``AlertContext/collector(of:)``) so a collector never sees another
///   collector's customers; route to departments and policy roles with ``MessageRecipient``.
/// - ``validate(in:)`` throws when the rule would have nobody to send to (for example a role missing from
///   ``AlertPolicy/roles``) or a parameter is out of range.
///
/// ```swift
/// /// Daily, to each collector: customers whose open balance exceeds their credit limit.
/// struct CreditLimitExceededRule: AlertRule {
///     var name: String { "credit_limit_exceeded" }
///     var schedule: AlertSchedule { .daily }
///
///     func findings(in context: AlertContext) -> [AlertFinding] {
///         context.snapshot.customers.values.sorted { $0.id < $1.id }.compactMap { customer in
///             guard let limit = customer.creditLimit else { return nil }
///             let open = context.snapshot.openInvoices(of: customer.id).filter { $0.currency == limit.currency }
///             guard open.map(\.balance.minorUnits).reduce(0, +) > limit.minorUnits,
///                 let item = context.item(customer.id, invoices: open, reason: .custom("over the credit limit"))
///             else { return nil }
///             return AlertFinding(item: item, recipients: context.collector(of: customer.id).map { [$0] } ?? [])
///         }
///     }
/// }
/// ```
public protocol AlertRule: Sendable {
    /// The rule's name, as it appears in the policy, in idempotency keys and in ``OutgoingMessage/purpose``.
    var name: String { get }
    /// When the rule produces digests.
    var schedule: AlertSchedule { get }

    /// The title and introduction of the rule's digests in a language.
    ///
    /// The default uses the rule's name as the title and no introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    func wording(in language: AlertLanguage) -> AlertWording

    /// Checks the rule's parameters and that it has a recipient in the policy.
    ///
    /// The default accepts everything.
    ///
    /// - Parameter policy: The policy the rule runs under.
    /// - Throws: ``AlertPolicyError`` naming the rule and the field.
    func validate(in policy: AlertPolicy) throws(AlertPolicyError)

    /// The items of one run, most urgent first, with their recipients.
    ///
    /// - Parameter context: The state, the day, the period, the new events and the policy.
    /// - Returns: The findings; empty when there is nothing to report.
    func findings(in context: AlertContext) -> [AlertFinding]
}

extension AlertRule {
    /// The rule's name as the title, no introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        AlertWording(title: name, introduction: "")
    }

    /// Accepts every policy.
    ///
    /// - Parameter policy: The policy the rule runs under.
    /// - Throws: Nothing; conformers override it to check their parameters and recipients.
    public func validate(in policy: AlertPolicy) throws(AlertPolicyError) {}
}
