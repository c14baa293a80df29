import Cobranza
import Foundation
import Testing

/// The daily run end to end: 120 days of a small portfolio (thirteen customers in tiers A to D, three
/// collectors, two departments) driven with a `ManualClock`, the in-memory store and sender. Each day the
/// customers and collectors act through the public APIs (payments, contact outcomes, status changes, dispute
/// resolutions), then `CollectionEngine.run(on:)` runs, then runs again. The expectations are derived by hand
/// in `DailyRunExpectations`.
@Suite("Daily run: 120 days of a portfolio")
struct DailyRunScenarioTests {
    private func record() async throws -> DailyRunRecord { try await DailyRunSimulation.shared.value }

    /// A sent message as the expectations describe it: the invoices it names, and as context the customer's
    /// other invoices its text mentions; the stage comes from the day's run report.
    private func describe(_ sent: WatchingSender.Sent, reports: [RunReport]) -> ExpectedMessage? {
        guard case .customer(let customer) = sent.message.recipient else { return nil }
        let number = DailyRunPortfolio.number(of: sent.day)
        let reported =
            reports.indices.contains(number)
            ? reports[number].messages.first { $0.customerID == customer && $0.channel == sent.message.channel }
            : nil
        return ExpectedMessage(
            day: number, customer: customer, channel: sent.message.channel, stage: reported?.stage ?? .newInvoice,
            invoices: sent.message.invoiceIDs.sorted(),
            context: sent.mentioned.filter { !sent.message.invoiceIDs.contains($0) })
    }

    @Test("each customer receives exactly the messages derived from its tier's cadence, day by day")
    func messagesDayByDay() async throws {
        let record = try await record()
        let actual = record.sent.compactMap { describe($0, reports: record.reports) }
        for customer in DailyRunPortfolio.customers.map(\.id) {
            let expected = (DailyRunExpectations.messages[customer] ?? []).sorted()
            let received = actual.filter { $0.customer == customer }.sorted()
            #expect(received == expected, "\(customer)")
            if received != expected {
                let missing = expected.filter { !received.contains($0) }
                let unexpected = received.filter { !expected.contains($0) }
                Issue.record("\(customer) missing: \(missing)\nunexpected: \(unexpected)")
            }
        }
    }

    @Test("the run reports list exactly the messages delivered that day")
    func reportsMatchDeliveries() async throws {
        let record = try await record()
        for (number, report) in record.reports.enumerated() {
            let day = DailyRunPortfolio.day(number)
            #expect(report.date == day)
            let delivered = record.sent.filter { $0.day == day && $0.message.recipient.isCustomer }
            let fromReport = report.messages.map {
                "\($0.customerID) \($0.channel.rawValue) \($0.invoiceIDs.sorted()) → \($0.to)"
            }
            let fromSender = delivered.compactMap { sent -> String? in
                guard case .customer(let customer) = sent.message.recipient else { return nil }
                return
                    "\(customer) \(sent.message.channel.rawValue) \(sent.message.invoiceIDs.sorted()) → \(sent.message.to)"
            }
            #expect(fromReport.sorted() == fromSender.sorted(), "\(day)")
            #expect(report.failures.isEmpty, "\(day): \(report.failures)")
        }
    }

    @Test("collectors get the calls, visits and letters to sign, the actions role the action items")
    func tasksAndActionItems() async throws {
        let record = try await record()
        let cadenceTasks = record.tasks.filter { $0.id.rawValue.hasPrefix("cadence-") }
        let actual = cadenceTasks.map { "\($0.id) → \($0.assignee.text) \($0.invoiceIDs.map(\.rawValue).sorted())" }
        let expected = DailyRunExpectations.tasks.sorted().map {
            "\($0.id) → \($0.assignee.text) \($0.invoices.map(\.rawValue).sorted())"
        }
        #expect(actual.sorted() == expected.sorted())
        guard actual.sorted() == expected.sorted() else {
            Issue.record(
                "missing: \(expected.filter { !actual.contains($0) })\nunexpected: \(actual.filter { !expected.contains($0) })"
            )
            return
        }
        for task in DailyRunExpectations.tasks {
            let stored = cadenceTasks.first { $0.id == task.id }
            #expect(stored?.dueDate == DailyRunPortfolio.day(task.day), "\(task)")
            let isAction = !["call", "visit", "letter"].contains(task.what)
            #expect(stored?.kind == (isAction ? .action : TaskKind(rawValue: task.what)), "\(task)")
            let reported = record.reports[task.day].tasks.contains {
                $0.customerID == task.customer && $0.assignee == task.assignee
                    && $0.invoiceIDs.sorted() == task.invoices.sorted()
            }
            #expect(reported, "the run report of \(DailyRunPortfolio.day(task.day)) lists \(task)")
        }
    }

    @Test("the reports say which due steps were held, waited or expired, and why")
    func skippedSteps() async throws {
        let record = try await record()
        var actual: [String] = []
        for (number, report) in record.reports.enumerated() {
            for skip in report.skipped {
                guard let step = skip.stepID else { continue }
                actual.append("day \(number) \(skip.invoiceID?.rawValue ?? "-") \(step): \(skip.reason)")
            }
        }
        actual.sort()
        let expected = DailyRunExpectations.skips
        #expect(actual == expected)
        if actual != expected {
            Issue.record(
                "missing: \(expected.filter { !actual.contains($0) })\nunexpected: \(actual.filter { !expected.contains($0) })"
            )
        }
    }

    @Test("each collector, department and the actions role get exactly the expected alert digests")
    func alertsByRecipientAndDay() async throws {
        let record = try await record()
        var actual: [ExpectedAlert] = []
        for (number, report) in record.reports.enumerated() {
            for alert in report.alerts {
                actual.append(
                    ExpectedAlert(
                        day: number, rule: alert.rule, recipient: alert.recipient,
                        items: alert.items.map { ExpectedAlert.item($0.customerID, $0.invoiceIDs) }.sorted()))
            }
        }
        actual.sort()
        let expected = DailyRunExpectations.alerts
        #expect(actual == expected)
        if actual != expected {
            Issue.record(
                "missing: \(expected.filter { !actual.contains($0) })\nunexpected: \(actual.filter { !expected.contains($0) })"
            )
        }
        // Every digest was delivered by email that day under its key alert/<rule>/<recipient>/<period>.
        for (number, report) in record.reports.enumerated() {
            for alert in report.alerts {
                let key = "alert/\(alert.rule)/\(alert.recipient.text)/\(alert.period)"
                let delivered = record.sent.filter { $0.key.rawValue == key }
                #expect(delivered.count == 1, "\(key)")
                #expect(delivered.first?.day == DailyRunPortfolio.day(number), "\(key)")
                #expect(delivered.first?.message.channel == .email, "\(key)")
                #expect(delivered.first?.message.recipient == alert.recipient, "\(key)")
            }
        }
    }

    @Test("nothing is ever sent to a customer about an invoice paid, promised, reported or disputed at that moment")
    func nothingAboutHeldOrClosedInvoices() async throws {
        let record = try await record()
        #expect(record.readFailures.isEmpty)
        let toCustomers = record.sent.filter(\.message.recipient.isCustomer)
        #expect(toCustomers.count == DailyRunExpectations.messages.values.map(\.count).reduce(0, +))
        for sent in toCustomers {
            #expect(!sent.message.invoiceIDs.isEmpty, "\(sent.key) names its invoices")
            #expect(
                sent.invoicesAtSend.count == Set(sent.message.invoiceIDs).union(sent.mentioned).count, "\(sent.key)")
            #expect(
                Set(sent.message.invoiceIDs).isSubset(of: sent.mentioned), "\(sent.key) mentions every invoice it names"
            )
            for invoice in sent.invoicesAtSend {
                #expect(invoice.isOpen, "\(sent.key) is about \(invoice.id), \(invoice.status.kind.rawValue)")
                #expect(
                    !invoice.status.holdsAutomaticReminders,
                    "\(sent.key) is about \(invoice.id), \(invoice.status.kind.rawValue) when sent")
            }
        }
    }

    @Test("measures count each step the runs carried out once, and only the other deliveries as sends without a step")
    func stepEffectivenessCountsTheRunsSteps() async throws {
        let record = try await record()
        let measures = try #require(record.measures)
        // A step counts for the invoices open at the start of its day: a notice on the day an invoice is issued
        // is carried out but not measured.
        #expect(record.stepsOnEarlierInvoices > 0)
        #expect(measures.cadenceSteps.map(\.sends).reduce(0, +) == record.stepsOnEarlierInvoices)
        let otherDeliveries = record.sent.filter {
            $0.message.recipient.isCustomer && !$0.key.rawValue.hasPrefix("cadence-message/")
        }
        #expect(measures.sendsWithoutStep == otherDeliveries.count)
    }

    @Test("running a day again sends, queues and alerts nothing new")
    func rerunsAreIdempotent() async throws {
        let record = try await record()
        #expect(record.sentByReruns.isEmpty, "\(record.sentByReruns.map(\.key))")
        for rerun in record.reruns {
            #expect(rerun.messages.isEmpty, "\(rerun.date): \(rerun.messages)")
            #expect(rerun.tasks.isEmpty, "\(rerun.date): \(rerun.tasks)")
            #expect(rerun.alerts.isEmpty, "\(rerun.date): \(rerun.alerts)")
            #expect(rerun.failures.isEmpty, "\(rerun.date): \(rerun.failures)")
        }
        let keys = record.sent.map(\.key)
        #expect(Set(keys).count == keys.count, "a key was delivered twice")
    }

    @Test("the dry run of each day plans exactly what the run then does, and writes and sends nothing")
    func dryRunMatchesRun() async throws {
        let record = try await record()
        #expect(record.plansThatWrote.isEmpty, "dry runs that wrote or sent: \(record.plansThatWrote)")
        for (plan, report) in zip(record.plans, record.reports) {
            #expect(plan.date == report.date)
            #expect(plan.messages == report.messages, "\(plan.date)")
            #expect(plan.tasks == report.tasks, "\(plan.date)")
            #expect(plan.alerts == report.alerts, "\(plan.date)")
            #expect(plan.statusChanges == report.statusChanges, "\(plan.date)")
        }
    }

    @Test("every customer: business days only, 2 days between messages, its own addresses, VIP gets nothing")
    func structuralRulesForEveryCustomer() async throws {
        let record = try await record()
        let customers = Dictionary(uniqueKeysWithValues: DailyRunPortfolio.customers.map { ($0.id, $0) })
        var lastMessage: [CustomerID: CivilDate] = [:]
        for sent in record.sent {
            guard case .customer(let id) = sent.message.recipient, let customer = customers[id] else { continue }
            #expect(DailyRunPortfolio.calendar.isBusinessDay(sent.day), "\(sent.key) on \(sent.day)")
            #expect(!customer.isVIP, "\(sent.key) to a VIP customer")
            if let last = lastMessage[id] {
                #expect(last.days(to: sent.day) >= 2, "\(sent.key): previous message on \(last)")
            }
            lastMessage[id] = sent.day
            let addresses = Set(
                customer.contacts.flatMap { [$0.email, $0.phone, $0.whatsApp].compactMap { $0 } }
                    + [customer.postalAddress].compactMap { $0 })
            #expect(!sent.message.to.isEmpty && sent.message.to.allSatisfy(addresses.contains), "\(sent.key)")
            #expect(sent.key.rawValue == "cadence-message/\(id)/\(sent.message.channel.rawValue)/\(sent.day)")
            // Up to `direct` the billing contact is addressed, from `formal` on the escalation contact (email
            // only, so its letters go to the postal address).
            let stage = record.reports[DailyRunPortfolio.number(of: sent.day)].messages.first {
                $0.customerID == id && $0.channel == sent.message.channel
            }?.stage
            let role: ContactRole = (stage ?? .newInvoice) >= .formal ? .escalation : .billing
            let contact = customer.contact(withRole: role)
            let expectedAddress =
                sent.message.channel == .letter
                ? customer.postalAddress : contact?.address(for: sent.message.channel)
            #expect(
                sent.message.to == [expectedAddress].compactMap { $0 },
                "\(sent.key) at stage \(String(describing: stage))")
            let invoices = record.invoices.filter { sent.message.invoiceIDs.contains($0.id) }
            #expect(invoices.allSatisfy { $0.customerID == id }, "\(sent.key) lists another customer's invoice")
        }
    }

    @Test("the story ends where the script leaves it")
    func finalStatuses() async throws {
        let record = try await record()
        let open: [InvoiceID: CollectionStatusKind] = [
            "F01-4": .normal, "F02-3": .normal, "F07-1": .legal, "F07-2": .legal, "F12-2": .normal,
        ]
        for invoice in record.invoices {
            #expect(invoice.status.kind == open[invoice.id] ?? .paid, "\(invoice.id)")
        }
        #expect(record.invoices.count == DailyRunPortfolio.billings.count)
        let review = record.tasks.first { $0.id == "review/uncredited/F06-1/2024-04-16" }
        #expect(review?.dueDate == DailyRunPortfolio.day(49))
        #expect(review?.assignee == .collector("bruno"))
    }
}

extension MessageRecipient {
    fileprivate var isCustomer: Bool {
        if case .customer = self { return true }
        return false
    }
}

@Suite("Daily run: 120 days by three engines sharing the customers")
struct SharedDailyRunScenarioTests {
    @Test("three engines sharing five partitions send, queue and alert exactly what one engine does, day by day")
    func sharedRunEqualsSingleRun() async throws {
        let single = try await DailyRunSimulation.shared.value
        let shared = try await DailyRunSimulation.sharedByThreeEngines.value
        #expect(shared.readFailures.isEmpty)
        #expect(shared.sentByReruns.isEmpty)
        func sent(_ record: DailyRunRecord) -> [String] {
            record.sent.map {
                "\($0.day) \($0.key.rawValue) \($0.message.to) \($0.message.subject ?? "") \($0.message.body)"
            }
            .sorted()
        }
        #expect(sent(shared) == sent(single))
        #expect(shared.sent.count == single.sent.count)
        for (day, (one, three)) in zip(single.reports, shared.reports).enumerated() {
            #expect(three.partitions.sorted() == Array(0..<5), "day \(day)")
            #expect(
                three.messages.count == one.messages.count && Set(three.messages) == Set(one.messages), "day \(day)")
            #expect(three.alerts.count == one.alerts.count && Set(three.alerts) == Set(one.alerts), "day \(day)")
            #expect(three.tasks.count == one.tasks.count, "day \(day)")
            #expect(three.statusChanges == one.statusChanges, "day \(day)")
            #expect(three.riskAssessed == one.riskAssessed, "day \(day)")
        }
        #expect(shared.reruns.allSatisfy { $0.partitions.isEmpty && $0.messages.isEmpty && $0.alerts.isEmpty })
        #expect(shared.tasks.map(\.id).sorted() == single.tasks.map(\.id).sorted())
        #expect(shared.invoices == single.invoices)
        #expect(shared.stepsOnEarlierInvoices == single.stepsOnEarlierInvoices)
    }
}
