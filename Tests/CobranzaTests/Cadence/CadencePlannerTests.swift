import Cobranza
import CobranzaTesting
import Testing

@Suite("Cadence planner")
struct CadencePlannerTests {
    typealias W = CadenceWorld

    /// A friendly email one day after due and a call five days after due.
    static let emailAndCall = W.policy(
        [
            CadenceStep(id: "friendly", trigger: .daysAfterDue(1), stage: .friendly, channels: [.email]),
            CadenceStep(
                id: "call", trigger: .daysAfterDue(5), stage: .direct, channels: [.phoneCall], sender: .collector),
        ], gap: 2)

    // MARK: Catch-up and idempotency

    @Test("after days without a run an invoice gets only its latest missed step, once")
    func catchUpSendsLatestOnly() throws {
        let customer = W.customer("C-1", tier: .b)
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(3))  // Monday 4 March
        // Friday 15 March: B-friendly (+3, 7 March) and B-direct (+10, 14 March) were both missed.
        let plan = W.plan([customer], [invoice], on: W.day(14))
        let message = try #require(plan.messages.first)
        #expect(plan.messages.count == 1)
        #expect(message.steps.map(\.stepID) == ["B-direct"])
        #expect(message.stage == .direct)
        #expect(message.channel == .whatsApp)
        #expect(plan.plannedSteps == [CadenceStepKey(invoiceID: "FA-1", stepID: "B-direct")])

        let done = Set(plan.plannedSteps)
        let rerun = W.plan([customer], [invoice], on: W.day(14), done: done)
        #expect(rerun.isEmpty && rerun.skips.isEmpty)
        // Monday: the friendly reminder is never sent late; Tuesday the call falls due.
        #expect(W.plan([customer], [invoice], on: W.day(17), done: done).isEmpty)
        let tuesday = W.plan([customer], [invoice], on: W.day(18), done: done)
        #expect(tuesday.messages.isEmpty)
        #expect(tuesday.tasks.map(\.leadStepID) == ["B-call"])
    }

    @Test("a pre-due notice is planned up to the due date and never after it")
    func preDueNeverAfterDueDate() {
        let customer = W.customer("C-1", tier: .b)
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(10))  // Monday 11 March
        let done: Set<CadenceStepKey> = [CadenceStepKey(invoiceID: "FA-1", stepID: "B-new-invoice")]
        // B-upcoming-due is 3 days before: Friday 8 March.
        #expect(W.plan([customer], [invoice], on: W.day(7), done: done).messages.map(\.stage) == [.upcomingDue])
        // Missed on Friday, caught up on the due date itself.
        #expect(W.plan([customer], [invoice], on: W.day(10), done: done).messages.map(\.stage) == [.upcomingDue])
        // The day after the due date it is dropped, with the reason.
        let late = W.plan([customer], [invoice], on: W.day(11), done: done)
        #expect(late.messages.isEmpty)
        #expect(
            late.skips == [
                CadenceSkip(customerID: "C-1", invoiceID: "FA-1", stepID: "B-upcoming-due", reason: .dueDatePassed)
            ])
        // It is reported the day it expires, not every day after.
        let later = W.plan([customer], [invoice], on: W.day(12), done: done)
        #expect(later.isEmpty && later.skips.isEmpty)
    }

    // MARK: Business days

    @Test("a step that falls on a weekend waits for Monday")
    func weekendShift() {
        let customer = W.customer("C-1", tier: .b)
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(5))  // B-friendly +3: Saturday 9 March
        let done: Set<CadenceStepKey> = [
            CadenceStepKey(invoiceID: "FA-1", stepID: "B-new-invoice"),
            CadenceStepKey(invoiceID: "FA-1", stepID: "B-upcoming-due"),
        ]
        #expect(W.plan([customer], [invoice], on: W.day(7), done: done).isEmpty)
        let saturday = W.plan([customer], [invoice], on: W.day(8), done: done)
        #expect(!saturday.isBusinessDay && saturday.isEmpty && saturday.skips.isEmpty)
        #expect(W.plan([customer], [invoice], on: W.day(9), done: done).isEmpty)
        let monday = W.plan([customer], [invoice], on: W.day(10), done: done)
        #expect(monday.isBusinessDay)
        #expect(monday.messages.flatMap(\.steps).map(\.stepID) == ["B-friendly"])
        #expect(monday.messages.first?.key == "cadence-message/C-1/email/2024-03-11")
    }

    @Test("a step that falls on a holiday waits for the next business day")
    func holidayShift() throws {
        let calendar = WorkweekCalendar(name: "test", holidays: [W.day(11)])  // Tuesday 12 March
        let customer = W.customer("C-1", tier: .b)
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(8))  // B-friendly +3: Tuesday 12 March
        let done: Set<CadenceStepKey> = [
            CadenceStepKey(invoiceID: "FA-1", stepID: "B-new-invoice"),
            CadenceStepKey(invoiceID: "FA-1", stepID: "B-upcoming-due"),
        ]
        #expect(W.plan([customer], [invoice], on: W.day(10), done: done, calendar: calendar).isEmpty)
        let holiday = W.plan([customer], [invoice], on: W.day(11), done: done, calendar: calendar)
        #expect(!holiday.isBusinessDay && holiday.isEmpty)
        let wednesday = W.plan([customer], [invoice], on: W.day(12), done: done, calendar: calendar)
        #expect(wednesday.messages.flatMap(\.steps).map(\.stepID) == ["B-friendly"])
    }

    // MARK: Consolidation

    @Test("one message per customer lists every invoice that reached a step, at the most severe stage")
    func consolidation() throws {
        let customer = W.customer("C-1", tier: .b)
        let invoices = [
            W.invoice("FA-1", customer: "C-1", due: W.day(15)),  // B-friendly today (+3)
            W.invoice("FA-2", customer: "C-1", due: W.day(8)),  // B-direct today (+10)
            W.invoice("FA-3", customer: "C-1", due: W.day(5)),  // overdue, its step already done: context
            W.invoice(
                "FA-4", customer: "C-1", due: W.day(8),
                status: .disputed(Dispute(departmentID: "sales", reason: "precio", openedOn: W.day(6)))),
            W.invoice("FA-5", customer: "C-1", due: W.day(25)),  // not yet due
            W.invoice("NC-1", customer: "C-1", due: W.day(5), kind: .creditNote),
        ]
        let done: Set<CadenceStepKey> = [
            CadenceStepKey(invoiceID: "FA-3", stepID: "B-direct"),
            CadenceStepKey(invoiceID: "FA-5", stepID: "B-new-invoice"),
        ]
        let plan = W.plan([customer], invoices, on: W.day(18), done: done)
        #expect(plan.messages.count == 1)
        let message = try #require(plan.messages.first)
        #expect(message.stage == .direct)
        #expect(message.leadStepID == "B-direct")
        #expect(message.templateFamily == "direct")
        #expect(message.sender == .collector)
        #expect(message.channel == .whatsApp)
        #expect(
            message.steps.map(\.key) == [
                CadenceStepKey(invoiceID: "FA-1", stepID: "B-friendly"),
                CadenceStepKey(invoiceID: "FA-2", stepID: "B-direct"),
            ])
        #expect(message.steps.map(\.stage) == [.friendly, .direct])
        #expect(message.contextInvoiceIDs == ["FA-3"])
        #expect(
            plan.skips == [
                CadenceSkip(
                    customerID: "C-1", invoiceID: "FA-4", stepID: "B-direct",
                    reason: .statusHoldsReminders(status: .disputed))
            ])
    }

    @Test("customers are planned separately, in portfolio order, whatever the order of the invoices")
    func customersSeparately() {
        let customers = [W.customer("C-1", tier: .b), W.customer("C-2", tier: .b)]
        let invoices = [
            W.invoice("FA-2", customer: "C-2", due: W.day(15)),
            W.invoice("FA-1", customer: "C-1", due: W.day(15)),
            W.invoice("FA-3", customer: "C-2", due: W.day(15)),
        ]
        let done = Set(
            ["FA-1", "FA-2", "FA-3"].flatMap { id in
                ["B-new-invoice", "B-upcoming-due"].map { CadenceStepKey(invoiceID: InvoiceID(id), stepID: $0) }
            })
        let plan = W.plan(customers, invoices, on: W.day(18), done: done)
        #expect(plan.messages.map(\.customerID) == ["C-1", "C-2"])
        #expect(plan.messages.map(\.invoiceIDs) == [["FA-1"], ["FA-2", "FA-3"]])
    }

    // MARK: Channels and contacts

    @Test("the channel falls back when the contact has no address for the preferred one")
    func channelFallback() throws {
        let policy = W.policy([
            CadenceStep(
                id: "friendly", trigger: .daysAfterDue(1), stage: .friendly, channels: [.whatsApp, .email, .sms])
        ])
        let customers = [
            W.customer("C-1", tier: .b, contacts: [Contact(name: "Ana", email: "ana@c1.example")]),
            W.customer(
                "C-2", tier: .b,
                contacts: [
                    Contact(name: "Luis", phone: "+5491100000002", whatsApp: "+5491100000002", preferredChannel: .sms)
                ]),
            W.customer("C-3", tier: .b, contacts: [Contact(name: "Sin datos")], postalAddress: nil),
            W.customer("C-4", tier: .b),
        ]
        let invoices = customers.map { W.invoice(InvoiceID("FA-\($0.id)"), customer: $0.id, due: W.day(17)) }
        let plan = W.plan(customers, invoices, on: W.day(18), policy: policy)
        #expect(plan.messages.map(\.customerID) == ["C-1", "C-2", "C-4"])
        #expect(plan.messages.map(\.channel) == [.email, .sms, .whatsApp])
        #expect(plan.messages.map(\.addressee.address) == ["ana@c1.example", "+5491100000002", "+5491155550001"])
        #expect(
            plan.skips == [
                CadenceSkip(customerID: "C-3", invoiceID: "FA-C-3", stepID: "friendly", reason: .noReachableChannel)
            ])
    }

    @Test("a letter goes to the postal address when the contact has no email")
    func letterFallback() throws {
        let policy = W.policy([
            CadenceStep(id: "formal", trigger: .daysAfterDue(1), stage: .formal, channels: [.email, .letter])
        ])
        let customer = W.customer(
            "C-1", tier: .b, contacts: [Contact(name: "Jorge", role: .escalation, phone: "+5491100000009")])
        let plan = W.plan(
            [customer], [W.invoice("FA-1", customer: "C-1", due: W.day(17))], on: W.day(18), policy: policy)
        let message = try #require(plan.messages.first)
        #expect(message.channel == .letter)
        #expect(message.addressee.address == "Av. Corrientes 1234, CABA")
        #expect(message.addressee.contact?.name == "Jorge")
    }

    @Test("from the formal stage on, the higher-ranking contact is addressed")
    func escalation() throws {
        // B-formal is 30 days after due; B-direct 10 days after.
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(-12))
        let formal = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(18))
        let message = try #require(formal.messages.first)
        #expect(message.stage == .formal)
        #expect(message.addressee.requestedRole == .escalation)
        #expect(message.addressee.contact?.name == "Jorge Pérez")
        #expect(message.addressee.address == "gerencia@C-1.example")
        #expect(message.sender == .supervisor)

        let direct = W.plan(
            [W.customer("C-1", tier: .b)], [W.invoice("FA-1", customer: "C-1", due: W.day(8))], on: W.day(18))
        #expect(direct.messages.first?.addressee.contact?.name == "Laura Gómez")

        // No escalation contact: the owner, then the billing contact, and the plan says which role was asked.
        let owner = Contact(name: "Marta Ruiz", role: .owner, email: "duena@c1.example")
        let billing = Contact(name: "Laura Gómez", role: .billing, email: "pagos@c1.example")
        let toOwner = W.plan([W.customer("C-1", tier: .b, contacts: [billing, owner])], [invoice], on: W.day(18))
        #expect(toOwner.messages.first?.addressee.contact?.name == "Marta Ruiz")
        let toBilling = W.plan([W.customer("C-1", tier: .b, contacts: [billing])], [invoice], on: W.day(18))
        #expect(toBilling.messages.first?.addressee.contact?.role == .billing)
        #expect(toBilling.messages.first?.addressee.requestedRole == .escalation)
    }

    // MARK: Minimum gap, VIP, exclusion

    @Test("the minimum gap holds automatic messages back but not calls")
    func minimumGap() throws {
        let customer = W.customer("C-1", tier: .b)
        let invoices = [
            W.invoice("FA-1", customer: "C-1", due: W.day(17)),  // friendly today
            W.invoice("FA-2", customer: "C-1", due: W.day(13)),  // call today
        ]
        let yesterday = W.plan(
            [customer], invoices, on: W.day(18), policy: Self.emailAndCall, lastMessage: ["C-1": W.day(17)])
        #expect(yesterday.messages.isEmpty)
        #expect(yesterday.tasks.map(\.invoiceIDs) == [["FA-2"]])
        #expect(
            yesterday.skips == [
                CadenceSkip(
                    customerID: "C-1", invoiceID: "FA-1", stepID: "friendly",
                    reason: .minimumGap(lastMessageOn: W.day(17), nextAllowedOn: W.day(19)))
            ])
        // Two days after the last message the gap is over; the held step goes then.
        let twoDays = W.plan(
            [customer], invoices, on: W.day(18), policy: Self.emailAndCall, lastMessage: ["C-1": W.day(16)])
        #expect(twoDays.messages.map(\.invoiceIDs) == [["FA-1"]])
        let nextDay = W.plan(
            [customer], invoices, on: W.day(19), policy: Self.emailAndCall,
            done: [CadenceStepKey(invoiceID: "FA-2", stepID: "call")], lastMessage: ["C-1": W.day(17)])
        #expect(nextDay.messages.map(\.invoiceIDs) == [["FA-1"]])
    }

    @Test("a VIP customer gets no automatic message, but its collector still gets the call")
    func vip() {
        let customer = W.customer("C-1", tier: .b, isVIP: true)
        let invoices = [
            W.invoice("FA-1", customer: "C-1", due: W.day(17)),
            W.invoice("FA-2", customer: "C-1", due: W.day(13)),
        ]
        let plan = W.plan([customer], invoices, on: W.day(18), policy: Self.emailAndCall)
        #expect(plan.messages.isEmpty)
        #expect(plan.tasks.map(\.kind) == [.call])
        #expect(plan.tasks.first?.assignee == .collector("ana"))
        #expect(plan.skips == [CadenceSkip(customerID: "C-1", invoiceID: "FA-1", stepID: "friendly", reason: .vip)])
    }

    @Test("a customer excluded from automation gets nothing at all")
    func excluded() {
        let customer = W.customer("C-1", tier: .b, isExcluded: true)
        let invoices = [
            W.invoice("FA-1", customer: "C-1", due: W.day(17)),
            W.invoice("FA-2", customer: "C-1", due: W.day(13)),
        ]
        let plan = W.plan([customer], invoices, on: W.day(18), policy: Self.emailAndCall)
        #expect(plan.isEmpty)
        #expect(plan.skips.map(\.reason) == [.excludedFromAutomation, .excludedFromAutomation])
        #expect(plan.skips.map(\.stepID) == ["friendly", "call"])
    }

    // MARK: Exclusions by invoice

    static let holdingStatuses: [CollectionStatus] = [
        .promised(PaymentPromise(date: CadenceWorld.day(25))),
        .paymentReported(on: CadenceWorld.day(16)),
        .disputed(Dispute(departmentID: "sales", reason: "precio", openedOn: CadenceWorld.day(10))),
        .inClarification(Dispute(departmentID: "billing", reason: "OC", openedOn: CadenceWorld.day(10))),
        .paymentPlan(agreementID: "CV-1"),
        .legal,
    ]

    @Test("an invoice whose status holds reminders gets none", arguments: holdingStatuses)
    func statusHolds(status: CollectionStatus) {
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(17), status: status)
        let plan = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(18), policy: Self.emailAndCall)
        #expect(plan.isEmpty)
        #expect(plan.skips.map(\.reason) == [.statusHoldsReminders(status: status.kind)])
        // The hold is reported the day the step falls due, not again while it lasts.
        let nextDay = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(19), policy: Self.emailAndCall)
        #expect(nextDay.isEmpty && nextDay.skips.isEmpty)
    }

    @Test("closed invoices are ignored", arguments: [CollectionStatus.paid, .cancelled, .uncollectible])
    func closedIgnored(status: CollectionStatus) {
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(17), status: status)
        let plan = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(18), policy: Self.emailAndCall)
        #expect(plan.isEmpty && plan.skips.isEmpty)
    }

    @Test(
        "statuses the cadence escalates still get reminders",
        arguments: [CollectionStatus.paying, .negotiating, .refusedToPay])
    func statusEscalated(status: CollectionStatus) {
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(17), status: status)
        let plan = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(18), policy: Self.emailAndCall)
        #expect(plan.messages.map(\.invoiceIDs) == [["FA-1"]])
    }

    @Test("credit notes and zero balances are never reminded")
    func creditNotesAndZeroBalances() {
        let invoices = [
            W.invoice("NC-1", customer: "C-1", due: W.day(17), kind: .creditNote),
            W.invoice("FA-1", customer: "C-1", due: W.day(17), balance: 0),
        ]
        let plan = W.plan([W.customer("C-1", tier: .b)], invoices, on: W.day(18), policy: Self.emailAndCall)
        #expect(plan.isEmpty && plan.skips.isEmpty)
    }

    @Test("a balance below the minimum is never reminded, and not listed as context")
    func belowMinimum() {
        var policy = Self.emailAndCall
        policy.minimumBalance = [Money(minorUnits: 50_000, currency: .ars)]
        let invoices = [
            W.invoice("FA-1", customer: "C-1", due: W.day(17), balance: 49_999),
            W.invoice("FA-2", customer: "C-1", due: W.day(17), balance: 50_000),
            W.invoice("FA-3", customer: "C-1", due: W.day(3), balance: 10),
        ]
        let done: Set<CadenceStepKey> = [CadenceStepKey(invoiceID: "FA-3", stepID: "call")]
        let plan = W.plan([W.customer("C-1", tier: .b)], invoices, on: W.day(18), policy: policy, done: done)
        #expect(plan.messages.map(\.invoiceIDs) == [["FA-2"]])
        #expect(plan.messages.first?.contextInvoiceIDs == [])
        #expect(
            plan.skips == [
                CadenceSkip(customerID: "C-1", invoiceID: "FA-1", stepID: "friendly", reason: .belowMinimumBalance)
            ])
    }

    // MARK: Tasks and actions

    @Test("a letter to sign becomes a letter task for the collector, or for the unassigned role")
    func signedLetter() throws {
        // C-final-notice: 30 days after due, a signed letter from legal.
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(-12))
        let plan = W.plan([W.customer("C-1", tier: .c)], [invoice], on: W.day(18))
        #expect(plan.messages.isEmpty)
        let task = try #require(plan.tasks.first)
        #expect(task.kind == .letter)
        #expect(task.channel == .letter)
        #expect(task.sender == .legal)
        #expect(task.stage == .finalNotice)
        #expect(task.assignee == .collector("ana"))
        #expect(task.key == "cadence-task/C-1/letter/2024-03-19")
        #expect(task.dueDate == W.day(18))
        let stored = task.followUpTask(reason: "Firmar y enviar la carta", createdAt: Fixtures.baseInstant)
        #expect(stored.id == "cadence-task/C-1/letter/2024-03-19")
        #expect(stored.kind == .letter)
        #expect(stored.invoiceIDs == ["FA-1"])

        let unassigned = W.plan([W.customer("C-1", tier: .c, collector: nil)], [invoice], on: W.day(18))
        #expect(unassigned.tasks.first?.assignee == .role("collections"))
    }

    @Test("the action stage creates an action item for the person responsible, with its notice")
    func actionStage() throws {
        // B-suspend: 60 days after due.
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(-42))
        let plan = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(18))
        let action = try #require(plan.actions.first)
        #expect(action.action == .suspendService)
        #expect(action.assignee == .role("actions"))
        #expect(action.invoiceIDs == ["FA-1"])
        #expect(action.followUpTask(reason: "Suspender", createdAt: Fixtures.baseInstant).kind == .action)
        #expect(plan.messages.map(\.stage) == [.action])
        #expect(plan.plannedSteps == [CadenceStepKey(invoiceID: "FA-1", stepID: "B-suspend")])

        // Once done, nothing more: reminders have stopped.
        let after = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(25), done: Set(plan.plannedSteps))
        #expect(after.isEmpty)

        // A VIP customer: the action item without the notice.
        let vip = W.plan([W.customer("C-1", tier: .b, isVIP: true)], [invoice], on: W.day(18))
        #expect(vip.actions.count == 1 && vip.messages.isEmpty && vip.skips.isEmpty)

        // Within the minimum gap the whole step waits.
        let gap = W.plan([W.customer("C-1", tier: .b)], [invoice], on: W.day(18), lastMessage: ["C-1": W.day(17)])
        #expect(gap.isEmpty)
        #expect(gap.skips.map(\.stepID) == ["B-suspend"])
    }

    @Test("an action step without channels only creates the action item")
    func silentAction() {
        let policy = W.policy([
            CadenceStep(id: "write-off", trigger: .daysAfterDue(180), stage: .action, action: .writeOff)
        ])
        let plan = W.plan(
            [W.customer("C-1", tier: .b)], [W.invoice("FA-1", customer: "C-1", due: W.day(-200))], on: W.day(18),
            policy: policy)
        #expect(plan.messages.isEmpty && plan.tasks.isEmpty)
        #expect(plan.actions.map(\.action) == [.writeOff])
    }

    @Test("a portfolio-stage condition decides whether a step applies")
    func portfolioStageCondition() {
        // D-visit: 10 days after due, only for delinquent or extrajudicial customers; D-formal (+7) is done.
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(8))
        let done: Set<CadenceStepKey> = [CadenceStepKey(invoiceID: "FA-1", stepID: "D-formal")]
        let customer = W.customer("C-1", tier: .d)
        let unknown = W.plan([customer], [invoice], on: W.day(18), done: done)
        #expect(unknown.isEmpty && unknown.skips.isEmpty)
        let administrative = W.plan([customer], [invoice], on: W.day(18), done: done, stages: ["C-1": .administrative])
        #expect(administrative.isEmpty)
        let delinquent = W.plan([customer], [invoice], on: W.day(18), done: done, stages: ["C-1": .delinquent])
        #expect(delinquent.tasks.map(\.kind) == [.visit])
        #expect(delinquent.tasks.first?.addressee.address == "Av. Corrientes 1234, CABA")
    }

    @Test("a minimum-balance condition decides whether a step applies")
    func minimumBalanceCondition() {
        let policy = W.policy([
            CadenceStep(id: "friendly", trigger: .daysAfterDue(1), stage: .friendly, channels: [.email]),
            CadenceStep(
                id: "visit", trigger: .daysAfterDue(2), stage: .direct, channels: [.visit],
                conditions: CadenceConditions(minimumBalance: [Money(minorUnits: 80_000, currency: .ars)])),
        ])
        let invoices = [
            W.invoice("FA-1", customer: "C-1", due: W.day(16), balance: 90_000),
            W.invoice("FA-2", customer: "C-1", due: W.day(16), balance: 70_000),
        ]
        let plan = W.plan([W.customer("C-1", tier: .b)], invoices, on: W.day(18), policy: policy)
        #expect(plan.tasks.map(\.invoiceIDs) == [["FA-1"]])
        #expect(plan.messages.map(\.invoiceIDs) == [["FA-2"]])
        #expect(plan.messages.first?.contextInvoiceIDs == ["FA-1"])
    }

    // MARK: Data problems

    @Test("an invoice of an unknown customer and a tier without cadence are reported")
    func dataProblems() {
        let plan = W.plan(
            [W.customer("C-1", tier: "Z")],
            [W.invoice("FA-1", customer: "C-1", due: W.day(17)), W.invoice("FA-2", customer: "C-9", due: W.day(17))],
            on: W.day(18), policy: Self.emailAndCall)
        #expect(plan.isEmpty)
        #expect(
            plan.skips == [
                CadenceSkip(customerID: "C-1", invoiceID: nil, stepID: nil, reason: .noCadenceForTier(tier: "Z")),
                CadenceSkip(customerID: "C-9", invoiceID: "FA-2", stepID: nil, reason: .unknownCustomer),
            ])
    }

    @Test("an unclassified customer follows the default tier")
    func defaultTier() {
        var customer = W.customer("C-1", tier: .b)
        customer.riskTierOverride = nil
        let invoice = W.invoice("FA-1", customer: "C-1", due: W.day(15))
        let done: Set<CadenceStepKey> = [
            CadenceStepKey(invoiceID: "FA-1", stepID: "B-new-invoice"),
            CadenceStepKey(invoiceID: "FA-1", stepID: "B-upcoming-due"),
        ]
        #expect(W.plan([customer], [invoice], on: W.day(18), done: done).messages.map(\.leadStepID) == ["B-friendly"])
    }
}
