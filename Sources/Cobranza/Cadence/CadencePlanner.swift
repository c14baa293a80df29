/// Plans a day of the cadence: a pure function from the portfolio, the policy, the business calendar and a
/// date to a ``CadencePlan``.
///
/// ```swift
/// let plan = CadencePlanner.plan(
///     portfolio: CadencePortfolio(customers: customers, invoices: invoices, completedSteps: done),
///     policy: .default, calendar: WorkweekCalendar.mondayToFriday, on: today)
/// for message in plan.messages { /* render message.templateFamily, record it in the outbox under message.key */ }
/// ```
///
/// ## Rules
/// - **Which step.** For each invoice, the step due is the latest one whose date (issue date or due date plus
///   the trigger's days) is on or before the plan's date and whose conditions hold; ties go to the more
///   severe stage, then to the later step in the policy. If that step is in
///   ``CadencePortfolio/completedSteps`` nothing happens: each (invoice, step) pair is done at most once,
///   ever, and earlier steps missed while the job did not run are never sent (catch-up sends the latest
///   only, once).
/// - **Business days.** On a day that is not a business day nothing is planned
///   (``CadencePlan/isBusinessDay`` is `false`); a step that fell on it is planned on the next business day,
///   unless a later step has become due by then.
/// - **Pre-due notices** (`new_invoice`, `upcoming_due`) are never planned after the due date.
/// - **Exclusions.** Credit notes, closed invoices and zero balances are ignored. A due step is skipped,
///   with a ``CadenceSkip``, when the invoice's status holds automatic reminders
///   (``CollectionStatus/holdsAutomaticReminders``), its balance is below
///   ``CadencePolicy/minimumBalance``, or the customer is excluded from automation (nothing at all is
///   planned for it). A VIP customer gets no automatic messages, but its calls, visits, letters to sign and
///   action items are planned: a person does those.
/// - **Channel and contact.** A step addresses its ``CadenceStep/contactRole`` (falling back to another
///   role when the customer has no such contact) on the first of its channels the contact has an address
///   for, trying the contact's preferred channel first when the step lists it. Letters and visits use the
///   customer's postal address. With no address on any channel the step is skipped
///   (``CadenceSkipReason/noReachableChannel``).
/// - **Consolidation.** All of a customer's automatic steps of the day become one ``PlannedMessage``, led by
///   the most severe step: its stage is the customer's stage that day, its channel, contact, template family
///   and sender are the leading step's, and the customer's other overdue invoices ride along as context.
///   Calls, visits and letters to sign become one ``PlannedTask`` per customer and kind for the collector.
/// - **Minimum gap.** When the customer's last automatic message is fewer than
///   ``CadencePolicy/minimumGapDays`` days before the plan's date, its automatic steps wait (an action step
///   whose notice is automatic waits whole); calls, visits and action items do not.
/// - **Action.** An ``CadenceStage/action`` step creates a ``PlannedAction`` for the person responsible for
///   actions, plus its notice to the customer when it lists channels. The policy's validation puts every
///   reminder before the first action step, so reminders stop there.
///
/// - **Skips.** Each ``CadenceSkip`` says why a due step was not planned; see its documentation for which
///   skips are reported on which day. They come in the order found (invoice order), not grouped.
///
/// - Complexity: O(*n* · *s*) for *n* invoices and at most *s* steps per tier: one sequential pass over the
///   invoices with one customer lookup each (skipped when consecutive invoices share a customer, so input
///   sorted by customer is fastest) and one lookup in ``CadencePortfolio/completedSteps`` per invoice with a
///   step due; then work only for the customers with something due. No calendar or formatter runs per
///   invoice; keys and strings are built only for what is planned or skipped.
public enum CadencePlanner {
    /// Plans one day.
    ///
    /// - Parameters:
    ///   - portfolio: The customers, invoices and what the cadence already did.
    ///   - policy: The cadence policy (validate it when you load it; the planner does not fail on an
    ///     invalid one but its results are then unspecified).
    ///   - calendar: The business calendar.
    ///   - date: The day to plan for.
    /// - Returns: The plan: messages, tasks, action items and skips.
    public static func plan(
        portfolio: CadencePortfolio, policy: CadencePolicy, calendar: some BusinessCalendar, on date: CivilDate
    ) -> CadencePlan {
        guard calendar.isBusinessDay(date) else { return CadencePlan(date: date, isBusinessDay: false) }
        var planning = CadencePlanning(portfolio: portfolio, policy: policy, calendar: calendar, date: date)
        planning.run()
        return planning.plan
    }
}
