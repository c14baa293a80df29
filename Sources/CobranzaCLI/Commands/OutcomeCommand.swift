import Cobranza
import Foundation

/// `cobranza outcome`: records what a customer said on a call (or that nobody answered).
struct OutcomeCommand: Subcommand {
    let name = "outcome"
    let summary = "Record the outcome of a contact: a promise, no commitment, says it paid, a dispute, unreachable"
    let usage = """
        USAGE: cobranza outcome --db FILE --invoice ID[,ID...] --collector ID --date YYYY-MM-DD
                                (--promise YYYY-MM-DD [--amount X] | --no-commitment [--follow-up-days N]
                                 | --reported-paid YYYY-MM-DD | --dispute DEPARTMENT --reason TEXT
                                 | --unreachable) [--note TEXT]

        Records the outcome of a collector's contact with a customer for one or more of its invoices, and logs it
        in the activity log. A promise, a reported payment or a dispute holds the automatic reminders of those
        invoices (until the promised date plus the grace days, until the payment is credited, until the dispute
        is resolved); no commitment creates a follow-up task; unreachable queues the statement email (delivered
        by the next `cobranza run`) and a call-back task.

        OPTIONS:
          --db FILE                  The database.
          --invoice ID[,ID...]       The invoices, all of one customer.
          --collector ID             The collector who made the contact.
          --date YYYY-MM-DD          The day of the contact.
          --promise YYYY-MM-DD       The customer promises to pay by that date...
          --amount X                 ...this much (1234.56 or 1.234,56; default: the whole balance).
          --no-commitment            The customer acknowledges the debt but commits to nothing...
          --follow-up-days N         ...follow up in N days (default: the policy's).
          --reported-paid YYYY-MM-DD The customer says it paid on that date.
          --dispute DEPARTMENT       The customer disputes the invoices; the department resolves it: sales,
                                     billing, accounting, shipping or customer_service...
          --reason TEXT              ...and why.
          --unreachable              Nobody answered.
          --note TEXT                What was said, for the activity log.

        The same outcome for the same invoices, collector and day is recorded once; repeating it is refused.
        """

    /// The departments a dispute may name, created in the database the first time one is used.
    static let departments: [Department] = [
        Department(id: Department.salesID, name: "Ventas"),
        Department(id: Department.billingID, name: "Facturación"),
        Department(id: Department.accountingID, name: "Contabilidad"),
        Department(id: Department.shippingID, name: "Expedición"),
        Department(id: Department.customerServiceID, name: "Atención al cliente"),
    ]

    func run(_ arguments: [String], console: Console) async throws -> Int32 {
        let parsed = try ParsedArguments(
            arguments,
            options: [
                "db", "invoice", "collector", "date", "promise", "amount", "follow-up-days", "reported-paid",
                "dispute", "reason", "note",
            ],
            flags: ["no-commitment", "unreachable"])
        try parsed.expectNoPositionals()
        let path = try parsed.required("db")
        let invoiceIDs = try parsed.required("invoice").split(separator: ",").map {
            InvoiceID($0.trimmingCharacters(in: .whitespaces))
        }
        guard !invoiceIDs.isEmpty, !invoiceIDs.contains(where: \.rawValue.isEmpty) else {
            throw UsageError("--invoice needs invoice ids separated by commas")
        }
        let collectorID = CollectorID(try parsed.required("collector"))
        let date = try parsed.requiredDate("date")
        let kinds = ["promise", "no-commitment", "reported-paid", "dispute", "unreachable"]
        try parsed.expectAtMostOne(of: kinds)
        guard kinds.contains(where: { parsed.flag($0) || parsed.value($0) != nil }) else {
            throw UsageError(
                "say what happened: --promise, --no-commitment, --reported-paid, --dispute or --unreachable")
        }
        if parsed.value("amount") != nil, parsed.value("promise") == nil {
            throw UsageError("--amount goes with --promise")
        }
        if parsed.value("follow-up-days") != nil, !parsed.flag("no-commitment") {
            throw UsageError("--follow-up-days goes with --no-commitment")
        }
        if (parsed.value("dispute") == nil) != (parsed.value("reason") == nil) {
            throw UsageError("--dispute and --reason go together")
        }

        let store = try Database.open(path)
        guard try await store.collectors().contains(where: { $0.id == collectorID }) else {
            throw InputError("collector '\(collectorID)' does not exist")
        }
        let outcome = try await self.outcome(parsed, invoiceIDs: invoiceIDs, store: store)
        let timestamp = Company.clock(on: date).now
        let kind = outcome.activityKind.rawValue
        let outcomeID =
            "outcome/\(collectorID)/\(date)/\(kind)/\(invoiceIDs.map(\.rawValue).joined(separator: "+"))"
        let plan: StatusPlan
        do {
            plan = try await store.recordOutcome(
                outcome, for: invoiceIDs, by: collectorID, at: timestamp, context: Company.statusContext(),
                comment: parsed.value("note"), outcomeID: outcomeID)
        } catch let error as StatusError {
            throw InputError(error.description)
        }
        let updated = try await store.invoices(ids: invoiceIDs)
        console.out("Recorded \(kind) for \(invoiceIDs.map(\.rawValue).joined(separator: ", ")) by \(collectorID):")
        for invoice in updated {
            console.out("  \(invoice.id) \(invoice.status.kind.rawValue)")
        }
        for task in plan.tasks {
            console.out("  task \(task.assignee.text) due \(task.dueDate): \(task.reason)")
        }
        for entry in plan.outboxEntries {
            console.out(
                "  queued \(entry.message.channel.rawValue) to \(entry.message.to.joined(separator: ", "))"
                    + " (delivered by the next `cobranza run`)")
        }
        return 0
    }

    /// The outcome the options describe.
    private func outcome(_ parsed: ParsedArguments, invoiceIDs: [InvoiceID], store: any CollectionStore)
        async throws -> ContactOutcome
    {
        if let promised = try parsed.date("promise") {
            guard let text = parsed.value("amount") else { return .promiseToPay(date: promised) }
            guard let currency = try await store.invoices(ids: invoiceIDs).first?.amount.currency else {
                throw InputError("invoice '\(invoiceIDs[0])' does not exist")
            }
            return .promiseToPay(date: promised, amount: try Self.amount(text, currency: currency))
        }
        if parsed.flag("no-commitment") {
            return .noCommitment(followUpInDays: try parsed.integer("follow-up-days", in: 1...365))
        }
        if let paidOn = try parsed.date("reported-paid") { return .saysItPaid(on: paidOn) }
        if let department = parsed.value("dispute"), let reason = parsed.value("reason") {
            let id = DepartmentID(department)
            if try await !store.departments().contains(where: { $0.id == id }) {
                guard let known = Self.departments.first(where: { $0.id == id }) else {
                    let names = Self.departments.map(\.id.rawValue).joined(separator: ", ")
                    throw InputError("unknown department '\(department)': use one of \(names)")
                }
                var changes = ChangeSet()
                changes.upsert(known)
                try await store.commit(changes)
            }
            return .dispute(departmentID: id, reason: reason)
        }
        return .unreachable()
    }

    /// An amount written `1234.56`, `1,234.56` or `1.234,56`: the last separator is the decimal one.
    static func amount(_ text: String, currency: Currency) throws(InputError) -> Money {
        let lastComma = text.lastIndex(of: ",")
        let lastDot = text.lastIndex(of: ".")
        let style: AmountStyle
        switch (lastComma, lastDot) {
        case (let comma?, let dot?): style = comma > dot ? .commaDecimal : .dotDecimal
        case (.some, nil): style = .commaDecimal
        default: style = .dotDecimal
        }
        do {
            return try Money(parsing: text, currency: currency, style: style)
        } catch {
            throw InputError("--amount '\(text)' is not an amount in \(currency): \(error)")
        }
    }
}
