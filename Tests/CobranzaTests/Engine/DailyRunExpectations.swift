import Cobranza
import Foundation

/// A message a customer must receive: the scenario day, the channel, the stage, the invoices whose cadence
/// step it carries (its `invoiceIDs`) and the customer's other overdue invoices its text lists as context.
/// The planner hands every message its context; the default email and letter templates of the reminder
/// stages list it ("Además, su cuenta registra estos otros comprobantes vencidos"), the new-invoice notices
/// and the WhatsApp templates list only the message's own invoices.
struct ExpectedMessage: Hashable, Comparable, CustomStringConvertible {
    var day: Int
    var customer: CustomerID
    var channel: Channel
    var stage: CadenceStage
    var invoices: [InvoiceID]
    var context: [InvoiceID]

    static func < (lhs: ExpectedMessage, rhs: ExpectedMessage) -> Bool {
        (lhs.day, lhs.customer, lhs.channel.rawValue) < (rhs.day, rhs.customer, rhs.channel.rawValue)
    }

    var description: String {
        let extra = context.isEmpty ? "" : " + context \(context.map(\.rawValue))"
        return "day \(day) (\(DailyRunPortfolio.day(day))) \(customer) \(channel.rawValue) \(stage.rawValue) "
            + "\(invoices.map(\.rawValue))\(extra)"
    }
}

/// A task a person must receive from the cadence: a call, visit or letter to sign for the collector, or an
/// action item for the person responsible for actions.
struct ExpectedTask: Hashable, Comparable, CustomStringConvertible {
    var day: Int
    var customer: CustomerID
    /// `call`, `visit`, `letter`, or for action items the action (`suspend_service`, `legal`).
    var what: String
    var assignee: TaskAssignee
    var invoices: [InvoiceID]

    /// The task's identifier, which is its idempotency key (public contract of the cadence).
    var id: TaskID {
        let prefix = ["call", "visit", "letter"].contains(what) ? "cadence-task" : "cadence-action"
        return TaskID("\(prefix)/\(customer)/\(what)/\(DailyRunPortfolio.day(day))")
    }

    static func < (lhs: ExpectedTask, rhs: ExpectedTask) -> Bool { lhs.id < rhs.id }

    var description: String {
        "day \(day) (\(DailyRunPortfolio.day(day))) \(customer) \(what) → \(assignee.text) \(invoices.map(\.rawValue))"
    }
}

/// An alert digest a collector, department or role must receive.
struct ExpectedAlert: Hashable, Comparable, CustomStringConvertible {
    var day: Int
    var rule: String
    var recipient: MessageRecipient
    /// Each item's customer and its invoices, sorted.
    var items: [String]

    static func < (lhs: ExpectedAlert, rhs: ExpectedAlert) -> Bool {
        (lhs.day, lhs.rule, lhs.recipient.text) < (rhs.day, rhs.rule, rhs.recipient.text)
    }

    var description: String {
        "day \(day) (\(DailyRunPortfolio.day(day))) \(rule) → \(recipient.text): \(items.joined(separator: "; "))"
    }

    /// An item as written in expectations: `C-07: F07-1, F07-2`.
    static func item(_ customer: CustomerID, _ invoices: [InvoiceID]) -> String {
        "\(customer): " + invoices.map(\.rawValue).sorted().joined(separator: ", ")
    }
}

/// What the 120 days must produce, derived by hand from the default cadence policy
/// (`CadencePolicy+Default.swift`, `Documentation/Cadences.md`), the standard alert rules
/// (`Documentation/Alerts.md`), the status rules (`Documentation/Status-and-Outcomes.md`) and the script.
///
/// The planner rules the derivation leans on:
/// - each invoice gets only its latest step whose date is on or before the day, once; a step that falls on a
///   weekend or holiday goes on the next business day, and nothing is planned on those days;
/// - `new_invoice` and `upcoming_due` steps (C and D's "due today" included) are dropped once the due date
///   has passed;
/// - one message per customer and day, led by the most severe step, carrying the other overdue invoices
///   that are not held as context (listed by email and letter bodies from `upcoming_due` on); automatic
///   messages to one customer are at least 2 days apart (a blocked step goes as soon as the gap has passed,
///   unless a later step came due);
/// - promised, payment-reported and disputed invoices get nothing; VIP customers get no message but their
///   collector still gets the calls;
/// - channels: the first of the step's channels the contact has an address for (C-10's billing contact
///   prefers WhatsApp); steps from `formal` on address the escalation contact, who has only an email, so
///   their letters go to the postal address; a signed letter, a call or a visit is a task for the collector.
enum DailyRunExpectations {
    private static func message(
        _ day: Int, _ customer: CustomerID, _ channel: Channel, _ stage: CadenceStage, _ invoices: [InvoiceID],
        context: [InvoiceID] = []
    ) -> ExpectedMessage {
        ExpectedMessage(
            day: day, customer: customer, channel: channel, stage: stage, invoices: invoices, context: context)
    }

    private static func task(
        _ day: Int, _ customer: CustomerID, _ what: String, _ collector: CollectorID, _ invoices: [InvoiceID]
    ) -> ExpectedTask {
        ExpectedTask(day: day, customer: customer, what: what, assignee: .collector(collector), invoices: invoices)
    }

    private static func action(_ day: Int, _ customer: CustomerID, _ what: String, _ invoices: [InvoiceID])
        -> ExpectedTask
    {
        ExpectedTask(day: day, customer: customer, what: what, assignee: .role("actions"), invoices: invoices)
    }

    // MARK: - Messages to customers, customer by customer

    /// Every message each customer must receive, and nothing else.
    static let messages: [CustomerID: [ExpectedMessage]] = [
        // Tier A, pays on time: only the new-invoice notice of each invoice (tier A has no pre-due reminder).
        "C-01": [
            message(0, "C-01", .email, .newInvoice, ["F01-1"]),
            message(31, "C-01", .email, .newInvoice, ["F01-2"]),
            message(63, "C-01", .email, .newInvoice, ["F01-3"]),
            message(98, "C-01", .email, .newInvoice, ["F01-4"]),
        ],
        // Tier A, pays late. F02-1 (due day 30) is overdue when F02-2 is billed on day 35 (the new-invoice
        // notice lists only the new invoice); A-friendly at 7 days: day 37 for F02-1 (exactly the 2-day gap after day 35), day 72 for F02-2 (due
        // 65). Both are paid before A-direct (21 days).
        "C-02": [
            message(0, "C-02", .email, .newInvoice, ["F02-1"]),
            message(35, "C-02", .email, .newInvoice, ["F02-2"]),
            message(37, "C-02", .email, .friendly, ["F02-1"]),
            message(72, "C-02", .email, .friendly, ["F02-2"]),
            message(84, "C-02", .email, .newInvoice, ["F02-3"]),
        ],
        // Tier B, pays F03-1 (due Thursday day 31) in three parts: 100,000 on day 30, 44 and 49. B-upcoming-due
        // 3 days before (Monday 28); B-friendly +3 falls on Sunday 34 → Monday 35; B-direct +10 on Sunday 41 →
        // Monday 42 by WhatsApp (its first channel); the call +15 (day 46) is a task. F03-2 (due Wednesday 86):
        // the notice 3 days before falls on Sunday 83 → Monday 84; paid on day 85.
        "C-03": [
            message(1, "C-03", .email, .newInvoice, ["F03-1"]),
            message(28, "C-03", .email, .upcomingDue, ["F03-1"]),
            message(35, "C-03", .email, .friendly, ["F03-1"]),
            message(42, "C-03", .whatsApp, .direct, ["F03-1"]),
            message(56, "C-03", .email, .newInvoice, ["F03-2"]),
            message(84, "C-03", .email, .upcomingDue, ["F03-2"]),
        ],
        // Tier B, promise broken. F04-1 due Friday 32. The call (Saturday 47 → Monday 49) ends in a promise for
        // day 64 recorded on day 50; B-formal (+30, Sunday 62 → Monday 63) is held while promised; the
        // promise is broken on day 67 (64 + 2 days of grace < 67) and the formal email goes that day to the
        // escalation contact; B-final-notice (+45, day 77) is a letter; B-suspend (+60, day 92) a notice by
        // email and an action item. Paid on day 100.
        "C-04": [
            message(2, "C-04", .email, .newInvoice, ["F04-1"]),
            message(29, "C-04", .email, .upcomingDue, ["F04-1"]),
            message(35, "C-04", .email, .friendly, ["F04-1"]),
            message(42, "C-04", .whatsApp, .direct, ["F04-1"]),
            message(67, "C-04", .email, .formal, ["F04-1"]),
            message(77, "C-04", .letter, .finalNotice, ["F04-1"]),
            message(92, "C-04", .email, .action, ["F04-1"]),
        ],
        // Tier C, two invoices due Wednesday 37, consolidated. After the call (day 42) F05-2 is disputed and
        // F05-1 promised (day 43): C-direct (day 44) and C-formal (day 52) are held. F05-1 is paid on the
        // promised day 46. Sales rejects the claim before the run of Monday 56: F05-2's latest step, C-formal
        // (52), goes that day; the escalation call (+20, day 57) is a task. Paid on day 60.
        "C-05": [
            message(7, "C-05", .email, .newInvoice, ["F05-1", "F05-2"]),
            message(32, "C-05", .email, .upcomingDue, ["F05-1", "F05-2"]),
            message(37, "C-05", .whatsApp, .upcomingDue, ["F05-1", "F05-2"]),
            message(39, "C-05", .whatsApp, .friendly, ["F05-1", "F05-2"]),
            message(56, "C-05", .email, .formal, ["F05-2"]),
        ],
        // Tier B, payment reported. F06-1 (due Thursday 38): notice Monday 35, friendly Sunday 41 → Monday 42;
        // reported paid on day 43, so B-direct and B-call are held; credited on day 57. F06-2 is billed on day
        // 45 (F06-1, reported, does not ride along), noticed on day 72, reported paid on day 74 and credited
        // on day 80, so B-friendly (day 78) is held.
        "C-06": [
            message(8, "C-06", .email, .newInvoice, ["F06-1"]),
            message(35, "C-06", .email, .upcomingDue, ["F06-1"]),
            message(42, "C-06", .email, .friendly, ["F06-1"]),
            message(45, "C-06", .email, .newInvoice, ["F06-2"]),
            message(72, "C-06", .email, .upcomingDue, ["F06-2"]),
        ],
        // Tier D, never pays. F07-1 due Friday 18: notice −7 (day 11), due today (18, WhatsApp); D-call (+1,
        // Saturday 19) is overtaken by D-direct (+3, Monday 21) and never made; D-formal (+7, Good Friday 25)
        // goes Monday 28 with F07-2's new-invoice notice in one email led by the formal step; D-final-notice
        // (+15, Saturday 33 → Monday 35) is a letter to sign; D-suspend (+21, day 39); D-legal (+30, Sunday 48
        // → Monday 49) a letter. F07-2 due Tuesday 43: notice day 36, due today 43, call 44, direct 46, formal
        // 50 — held one day by the 2-day gap after the letter of day 49 — so day 51, a visit on day 53 (the
        // customer is delinquent: F07-1 is 35 days late), the letter to sign (+15, Labour Day 58 → 59),
        // suspend 64, legal 73. Both invoices go to legal on day 80, which holds everything.
        "C-07": [
            message(3, "C-07", .email, .newInvoice, ["F07-1"]),
            message(11, "C-07", .email, .upcomingDue, ["F07-1"]),
            message(18, "C-07", .whatsApp, .upcomingDue, ["F07-1"]),
            message(21, "C-07", .whatsApp, .direct, ["F07-1"]),
            message(28, "C-07", .email, .formal, ["F07-1", "F07-2"]),
            message(36, "C-07", .email, .upcomingDue, ["F07-2"], context: ["F07-1"]),
            message(39, "C-07", .email, .action, ["F07-1"]),
            message(43, "C-07", .whatsApp, .upcomingDue, ["F07-2"]),
            message(46, "C-07", .whatsApp, .direct, ["F07-2"]),
            message(49, "C-07", .letter, .action, ["F07-1"], context: ["F07-2"]),
            message(51, "C-07", .email, .formal, ["F07-2"], context: ["F07-1"]),
            message(64, "C-07", .email, .action, ["F07-2"], context: ["F07-1"]),
            message(73, "C-07", .letter, .action, ["F07-2"], context: ["F07-1"]),
        ],
        // Tier C, refuses to pay. F08-1 due Thursday 45: notice −5 (Saturday 40 → Monday 42), due today 45,
        // friendly (+2, Saturday 47 → Monday 49), call 50; the refusal (day 51) does not hold reminders:
        // direct 52, formal 60, escalation call 65, letter to sign (+30, Saturday 75 → Monday 77), suspend
        // (+45, Sunday 90 → Monday 91). Paid on day 95.
        "C-08": [
            message(15, "C-08", .email, .newInvoice, ["F08-1"]),
            message(42, "C-08", .email, .upcomingDue, ["F08-1"]),
            message(45, "C-08", .whatsApp, .upcomingDue, ["F08-1"]),
            message(49, "C-08", .whatsApp, .friendly, ["F08-1"]),
            message(52, "C-08", .whatsApp, .direct, ["F08-1"]),
            message(60, "C-08", .email, .formal, ["F08-1"]),
            message(91, "C-08", .email, .action, ["F08-1"]),
        ],
        // VIP: never an automatic message; only Sofía's call (A-call, +30, day 60).
        "C-09": [],
        // Tier C, prefers WhatsApp; two invoices billed on consecutive days. F10-2's notice waits one day for
        // the gap (22 → 23); F10-1's notice −5 day 46, F10-2's (Saturday 47) Monday 49; F10-1 due today 51;
        // F10-2's due-today notice (52) waits for the gap and expires with the due date, so day 53 carries only
        // F10-1's friendly step (F10-2, now overdue, is context, which WhatsApp templates do not list). The payment of 70,000 on day 56 pays F10-1 and 10,000 of
        // F10-2; F10-2's friendly step (Saturday 54) goes Monday 56, the call 57, direct 59; paid on day 60.
        "C-10": [
            message(21, "C-10", .whatsApp, .newInvoice, ["F10-1"]),
            message(23, "C-10", .whatsApp, .newInvoice, ["F10-2"]),
            message(46, "C-10", .whatsApp, .upcomingDue, ["F10-1"]),
            message(49, "C-10", .whatsApp, .upcomingDue, ["F10-2"]),
            message(51, "C-10", .whatsApp, .upcomingDue, ["F10-1"]),
            message(53, "C-10", .whatsApp, .friendly, ["F10-1"]),
            message(56, "C-10", .whatsApp, .friendly, ["F10-2"]),
            message(59, "C-10", .whatsApp, .direct, ["F10-2"]),
        ],
        // Tier B, disputed and resolved with a credit note. F11-1 due Saturday 40: notice 37, friendly 43;
        // disputed on day 44, so B-direct (50) and B-call (Sunday 55 → 56) are held; the credit note of day
        // 57 leaves 150,000 owed and the latest step, the call, becomes Sofía's task that day; paid on day 63.
        "C-11": [
            message(10, "C-11", .email, .newInvoice, ["F11-1"]),
            message(37, "C-11", .email, .upcomingDue, ["F11-1"]),
            message(43, "C-11", .email, .friendly, ["F11-1"]),
        ],
        // Tier D, small. F12-1 due Tuesday 85: notice −7 day 78, due today 85, paid on day 86 before the
        // call. F12-2 due Thursday 115: the notice −7 falls on Flag Day 108 → Monday 112; due today 115;
        // call 116; direct (+3, Sunday 118) Monday 119.
        "C-12": [
            message(70, "C-12", .email, .newInvoice, ["F12-1"]),
            message(78, "C-12", .email, .upcomingDue, ["F12-1"]),
            message(85, "C-12", .whatsApp, .upcomingDue, ["F12-1"]),
            message(100, "C-12", .email, .newInvoice, ["F12-2"]),
            message(112, "C-12", .email, .upcomingDue, ["F12-2"]),
            message(115, "C-12", .whatsApp, .upcomingDue, ["F12-2"]),
            message(119, "C-12", .whatsApp, .direct, ["F12-2"]),
        ],
        // Tier A, promise kept. F13-1 due Sunday 34: friendly (+7, Sunday 41) Monday 42; promise on day 43 for
        // day 57 holds A-direct (Sunday 55 → 56); paid on day 57.
        "C-13": [
            message(4, "C-13", .email, .newInvoice, ["F13-1"]),
            message(42, "C-13", .email, .friendly, ["F13-1"]),
        ],
    ]

    // MARK: - Tasks and action items

    /// Every call, visit and letter to sign the cadence gives collectors, and every action item.
    static let tasks: [ExpectedTask] = [
        task(46, "C-03", "call", "bruno", ["F03-1"]),
        task(49, "C-04", "call", "ana", ["F04-1"]),
        action(92, "C-04", "suspend_service", ["F04-1"]),
        task(42, "C-05", "call", "bruno", ["F05-1", "F05-2"]),
        task(57, "C-05", "call", "bruno", ["F05-2"]),
        task(35, "C-07", "letter", "ana", ["F07-1"]),
        action(39, "C-07", "suspend_service", ["F07-1"]),
        task(44, "C-07", "call", "ana", ["F07-2"]),
        action(49, "C-07", "legal", ["F07-1"]),
        task(53, "C-07", "visit", "ana", ["F07-2"]),
        task(59, "C-07", "letter", "ana", ["F07-2"]),
        action(64, "C-07", "suspend_service", ["F07-2"]),
        action(73, "C-07", "legal", ["F07-2"]),
        task(50, "C-08", "call", "bruno", ["F08-1"]),
        task(65, "C-08", "call", "bruno", ["F08-1"]),
        task(77, "C-08", "letter", "bruno", ["F08-1"]),
        action(91, "C-08", "suspend_service", ["F08-1"]),
        task(60, "C-09", "call", "sofia", ["F09-1"]),
        task(57, "C-10", "call", "ana", ["F10-2"]),
        task(57, "C-11", "call", "sofia", ["F11-1"]),
        task(116, "C-12", "call", "bruno", ["F12-2"]),
    ]

    // MARK: - Skipped steps

    private static func held(_ day: Int, _ invoice: InvoiceID, _ step: String, _ status: CollectionStatusKind)
        -> String
    {
        "day \(day) \(invoice) \(step): " + CadenceSkipReason.statusHoldsReminders(status: status).description
    }

    private static func gap(_ day: Int, _ invoice: InvoiceID, _ step: String, last: Int) -> String {
        let reason = CadenceSkipReason.minimumGap(
            lastMessageOn: DailyRunPortfolio.day(last), nextAllowedOn: DailyRunPortfolio.day(last + 2))
        return "day \(day) \(invoice) \(step): \(reason)"
    }

    /// Every cadence step the runs report as skipped, and why. A step held by policy (a status that holds
    /// reminders, a VIP customer) is reported once, on the first business day on or after its date; a step
    /// waiting for the 2-day gap on every run until it goes; a notice that expired, on the first business day
    /// after the due date.
    static let skips: [String] = [
        held(44, "F05-1", "C-direct", .promised),
        held(44, "F05-2", "C-direct", .disputed),
        held(52, "F05-2", "C-formal", .disputed),
        held(49, "F06-1", "B-direct", .paymentReported),
        held(53, "F06-1", "B-call", .paymentReported),
        held(78, "F06-2", "B-friendly", .paymentReported),
        held(50, "F11-1", "B-direct", .disputed),
        held(56, "F11-1", "B-call", .disputed),
        held(56, "F13-1", "A-direct", .promised),
        held(63, "F04-1", "B-formal", .promised),
        "day 0 F09-1 A-new-invoice: \(CadenceSkipReason.vip)",
        "day 31 F09-1 A-new-invoice: \(CadenceSkipReason.dueDatePassed)",
        "day 37 F09-1 A-friendly: \(CadenceSkipReason.vip)",
        "day 51 F09-1 A-direct: \(CadenceSkipReason.vip)",
        gap(22, "F10-2", "C-new-invoice", last: 21),
        gap(50, "F07-2", "D-formal", last: 49),
        gap(52, "F10-2", "C-due-today", last: 51),
        "day 53 F10-2 C-due-today: \(CadenceSkipReason.dueDatePassed)",
    ].sorted()

    // MARK: - Alerts

    private static func alert(_ day: Int, _ rule: String, _ recipient: MessageRecipient, _ items: [String])
        -> ExpectedAlert
    {
        ExpectedAlert(day: day, rule: rule, recipient: recipient, items: items.sorted())
    }

    private static let item = ExpectedAlert.item

    /// Every alert digest, by the day of the run that must send it.
    ///
    /// - `overdue_threshold` (A 60, B 45, C 30, D 15 days; the collector and the supervisor, Sofía): an
    ///   invoice passes N on the day it is N + 1 days late — F07-1 on Sunday 34 and F08-1 on Sunday 76, reported
    ///   the next business day (35, 77), since alerts are evaluated on business days only; F07-2 on day 59,
    ///   F04-1 on day 78. Every other invoice is paid before its threshold.
    /// - `refused_to_pay`: C-08's refusal of day 51, to Bruno and Sofía.
    /// - `broken_promises`: C-04's promise, broken by the review of day 67, to Ana.
    /// - `reported_not_credited` (Mondays, reports more than 7 days old): F06-1, reported on day 43, on Monday
    ///   56 (13 days), to Bruno; F06-2 is credited 6 days after its report.
    /// - `disputes_by_department` and `disputes_by_collector` (Mondays): Monday 49 lists F05-2 (Sales, Bruno)
    ///   and F11-1 (Billing, Sofía); on Monday 56 F05-2 was resolved before the run, F11-1 is still open.
    /// - `action_required` (daily on business days, to the `actions` role): C-07 from day 39 for good (legal is still open),
    ///   with F07-2 from its suspension on day 64; C-08 from day 91 until it pays on day 95; C-04 from day 92
    ///   until it pays on day 100.
    static let alerts: [ExpectedAlert] = {
        var alerts: [ExpectedAlert] = [
            alert(35, "overdue_threshold", .collector("ana"), [item("C-07", ["F07-1"])]),
            alert(35, "overdue_threshold", .collector("sofia"), [item("C-07", ["F07-1"])]),
            alert(59, "overdue_threshold", .collector("ana"), [item("C-07", ["F07-2"])]),
            alert(59, "overdue_threshold", .collector("sofia"), [item("C-07", ["F07-2"])]),
            alert(77, "overdue_threshold", .collector("bruno"), [item("C-08", ["F08-1"])]),
            alert(77, "overdue_threshold", .collector("sofia"), [item("C-08", ["F08-1"])]),
            alert(78, "overdue_threshold", .collector("ana"), [item("C-04", ["F04-1"])]),
            alert(78, "overdue_threshold", .collector("sofia"), [item("C-04", ["F04-1"])]),
            alert(51, "refused_to_pay", .collector("bruno"), [item("C-08", ["F08-1"])]),
            alert(51, "refused_to_pay", .collector("sofia"), [item("C-08", ["F08-1"])]),
            alert(67, "broken_promises", .collector("ana"), [item("C-04", ["F04-1"])]),
            alert(56, "reported_not_credited", .collector("bruno"), [item("C-06", ["F06-1"])]),
            alert(49, "disputes_by_department", .department("sales"), [item("C-05", ["F05-2"])]),
            alert(49, "disputes_by_department", .department("billing"), [item("C-11", ["F11-1"])]),
            alert(49, "disputes_by_collector", .collector("bruno"), [item("C-05", ["F05-2"])]),
            alert(49, "disputes_by_collector", .collector("sofia"), [item("C-11", ["F11-1"])]),
            alert(56, "disputes_by_department", .department("billing"), [item("C-11", ["F11-1"])]),
            alert(56, "disputes_by_collector", .collector("sofia"), [item("C-11", ["F11-1"])]),
        ]
        for day in 39..<DailyRunPortfolio.length
        where DailyRunPortfolio.calendar.isBusinessDay(DailyRunPortfolio.day(day)) {
            var items = [item("C-07", day < 64 ? ["F07-1"] : ["F07-1", "F07-2"])]
            if (91...94).contains(day) { items.append(item("C-08", ["F08-1"])) }
            if (92...99).contains(day) { items.append(item("C-04", ["F04-1"])) }
            alerts.append(alert(day, "action_required", .role("actions"), items))
        }
        return alerts.sorted()
    }()
}
