extension CadencePolicy {
    /// The shipped policy, which encodes the seeds' cadences: tier A gently and late, tier B with reminders,
    /// tier C early and firm with calls, tier D high risk. `Documentation/Cadences.md` describes it step by
    /// step.
    ///
    /// Unclassified customers follow tier B; automatic messages to one customer are at least 2 days apart;
    /// there is no minimum balance (set ``minimumBalance`` for the currencies you bill in). Every step uses
    /// the template family named after its stage.
    public static let `default` = CadencePolicy(
        tiers: [.a: tierA, .b: tierB, .c: tierC, .d: tierD], defaultTier: .b, minimumGapDays: 2)

    /// Tier A, reliable payers: no pre-due notice, a first email a week late, calls only after a month.
    private static let tierA = Cadence(steps: [
        CadenceStep(id: "A-new-invoice", trigger: .onIssue, stage: .newInvoice, channels: [.email]),
        CadenceStep(id: "A-friendly", trigger: .daysAfterDue(7), stage: .friendly, channels: [.email, .whatsApp]),
        CadenceStep(
            id: "A-direct", trigger: .daysAfterDue(21), stage: .direct, channels: [.email, .whatsApp],
            sender: .collector),
        CadenceStep(
            id: "A-call", trigger: .daysAfterDue(30), stage: .direct, channels: [.phoneCall], sender: .collector),
        CadenceStep(
            id: "A-formal", trigger: .daysAfterDue(45), stage: .formal, channels: [.email, .letter],
            sender: .supervisor),
        CadenceStep(
            id: "A-final-notice", trigger: .daysAfterDue(75), stage: .finalNotice, channels: [.email, .letter],
            sender: .supervisor),
        CadenceStep(
            id: "A-suspend", trigger: .daysAfterDue(90), stage: .action, channels: [.email, .letter],
            sender: .supervisor, action: .suspendService),
    ])

    /// Tier B, customers who need reminders: a pre-due notice, reminders from day 3, a call at day 15.
    private static let tierB = Cadence(steps: [
        CadenceStep(id: "B-new-invoice", trigger: .onIssue, stage: .newInvoice, channels: [.email]),
        CadenceStep(
            id: "B-upcoming-due", trigger: .daysBeforeDue(3), stage: .upcomingDue, channels: [.email, .whatsApp, .sms]),
        CadenceStep(
            id: "B-friendly", trigger: .daysAfterDue(3), stage: .friendly, channels: [.email, .whatsApp, .sms]),
        CadenceStep(
            id: "B-direct", trigger: .daysAfterDue(10), stage: .direct, channels: [.whatsApp, .email, .sms],
            sender: .collector),
        CadenceStep(
            id: "B-call", trigger: .daysAfterDue(15), stage: .direct, channels: [.phoneCall], sender: .collector),
        CadenceStep(
            id: "B-formal", trigger: .daysAfterDue(30), stage: .formal, channels: [.email, .letter],
            sender: .supervisor),
        CadenceStep(
            id: "B-final-notice", trigger: .daysAfterDue(45), stage: .finalNotice, channels: [.letter, .email],
            sender: .supervisor),
        CadenceStep(
            id: "B-suspend", trigger: .daysAfterDue(60), stage: .action, channels: [.email, .letter],
            sender: .supervisor, action: .suspendService),
    ])

    /// Tier C, customers who need calls: early and firm, a call in the first week, legal at day 60.
    private static let tierC = Cadence(steps: [
        CadenceStep(id: "C-new-invoice", trigger: .onIssue, stage: .newInvoice, channels: [.email, .whatsApp]),
        CadenceStep(
            id: "C-upcoming-due", trigger: .daysBeforeDue(5), stage: .upcomingDue, channels: [.email, .whatsApp]),
        CadenceStep(
            id: "C-due-today", trigger: .onDueDate, stage: .upcomingDue, channels: [.whatsApp, .sms, .email]),
        CadenceStep(
            id: "C-friendly", trigger: .daysAfterDue(2), stage: .friendly, channels: [.whatsApp, .email, .sms],
            sender: .collector),
        CadenceStep(
            id: "C-call", trigger: .daysAfterDue(5), stage: .direct, channels: [.phoneCall], sender: .collector),
        CadenceStep(
            id: "C-direct", trigger: .daysAfterDue(7), stage: .direct, channels: [.whatsApp, .email, .sms],
            sender: .collector),
        CadenceStep(
            id: "C-formal", trigger: .daysAfterDue(15), stage: .formal, channels: [.email, .letter],
            sender: .supervisor),
        CadenceStep(
            id: "C-escalation-call", trigger: .daysAfterDue(20), stage: .formal, channels: [.phoneCall],
            sender: .supervisor),
        CadenceStep(
            id: "C-final-notice", trigger: .daysAfterDue(30), stage: .finalNotice, channels: [.letter, .email],
            sender: .legal, signed: true),
        CadenceStep(
            id: "C-suspend", trigger: .daysAfterDue(45), stage: .action, channels: [.email, .letter],
            sender: .supervisor, action: .suspendService),
        CadenceStep(
            id: "C-legal", trigger: .daysAfterDue(60), stage: .action, channels: [.letter, .email], sender: .legal,
            action: .legal),
    ])

    /// Tier D, high risk: three notices before the due date, a call the day after, a visit, legal at day 30.
    private static let tierD = Cadence(steps: [
        CadenceStep(id: "D-new-invoice", trigger: .onIssue, stage: .newInvoice, channels: [.email, .whatsApp]),
        CadenceStep(
            id: "D-upcoming-due", trigger: .daysBeforeDue(7), stage: .upcomingDue, channels: [.email, .whatsApp]),
        CadenceStep(
            id: "D-due-today", trigger: .onDueDate, stage: .upcomingDue, channels: [.whatsApp, .sms, .email]),
        CadenceStep(
            id: "D-call", trigger: .daysAfterDue(1), stage: .direct, channels: [.phoneCall], sender: .collector),
        CadenceStep(
            id: "D-direct", trigger: .daysAfterDue(3), stage: .direct, channels: [.whatsApp, .email, .sms],
            sender: .collector),
        CadenceStep(
            id: "D-formal", trigger: .daysAfterDue(7), stage: .formal, channels: [.email, .letter],
            sender: .supervisor),
        CadenceStep(
            id: "D-visit", trigger: .daysAfterDue(10), stage: .formal, channels: [.visit], sender: .collector,
            conditions: CadenceConditions(portfolioStages: [.delinquent, .extrajudicial])),
        CadenceStep(
            id: "D-final-notice", trigger: .daysAfterDue(15), stage: .finalNotice, channels: [.letter, .email],
            sender: .legal, contactRole: .owner, signed: true),
        CadenceStep(
            id: "D-suspend", trigger: .daysAfterDue(21), stage: .action, channels: [.email, .whatsApp],
            sender: .supervisor, action: .suspendService),
        CadenceStep(
            id: "D-legal", trigger: .daysAfterDue(30), stage: .action, channels: [.letter, .email], sender: .legal,
            contactRole: .owner, action: .legal),
        CadenceStep(id: "D-write-off", trigger: .daysAfterDue(180), stage: .action, action: .writeOff),
    ])
}
