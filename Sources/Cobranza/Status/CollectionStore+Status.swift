import Foundation

/// The collection-status workflow through the store ports: each operation reads what it needs, plans with a
/// pure planner, and commits the plan as one unit of work.
///
/// ## Concurrency
/// Every invoice an operation reads and writes is written back with a conditional update
/// (``InvoiceChange/update(_:expected:)``). If another writer changed one in between, the store refuses the
/// commit with ``StoreError/conflict(_:id:reason:)``; the operation then reads again and re-plans, up to
/// `attempts` times in all, and after that the conflict is thrown to the caller. Re-planning re-validates:
/// an outcome about an invoice that was paid in the meantime fails with a ``TransitionError`` instead of
/// being logged.
///
/// ## Idempotency
/// Activity ids are derived from the operation's id (an outcome id, a change id, a payment plan's
/// agreement id); recording the same id twice fails with ``StatusError/alreadyRecorded(_:)`` and writes
/// nothing. The unreachable statement's idempotency key derives from the outcome id too.
extension CollectionStore {
    /// Records the outcome of a collector's contact with a customer, for one or several of its invoices.
    ///
    /// ```swift
    /// try await store.recordOutcome(
    ///     .promiseToPay(date: try CivilDate(iso: "2024-03-15")), for: ["FA-1", "FA-2"], by: "ana",
    ///     at: clock.now, context: context, comment: "Pagará el viernes por transferencia")
    /// ```
    ///
    /// - Parameters:
    ///   - outcome: What came out of the contact.
    ///   - invoiceIDs: The invoices it covers, all of one customer.
    ///   - collectorID: The collector who made the contact.
    ///   - timestamp: When the contact happened.
    ///   - context: Policy, calendar, time zone and statement composer.
    ///   - channel: How the contact was made.
    ///   - comment: What was said.
    ///   - outcomeID: A unique id for the outcome (see ``OutcomeRequest/outcomeID``).
    ///   - attempts: Reads and commits to try when a concurrent write conflicts.
    /// - Returns: What was committed.
    /// - Throws: ``StatusError`` (nothing written), ``StoreError``, or the composer's error.
    @discardableResult
    public func recordOutcome(
        _ outcome: ContactOutcome, for invoiceIDs: [InvoiceID], by collectorID: CollectorID, at timestamp: Date,
        context: StatusContext, channel: Channel = .phoneCall, comment: String? = nil, outcomeID: String? = nil,
        attempts: Int = 3
    ) async throws -> StatusPlan {
        let request = OutcomeRequest(
            invoiceIDs: invoiceIDs, collectorID: collectorID, timestamp: timestamp, channel: channel, comment: comment,
            outcomeID: outcomeID)
        return try await commitPlanned(attempts: attempts) {
            let invoices = try await self.invoicesAround(invoiceIDs)
            let selected = try InvoiceSelection.select(invoiceIDs, from: invoices)
            let customerID = selected[0].customerID
            guard let customer = try await self.customers(ids: [customerID]).first else {
                throw StatusError.customerNotFound(customerID)
            }
            let collector = try await self.collectors().first { $0.id == collectorID }
            var departments: Set<DepartmentID> = []
            if case .dispute = outcome { departments = Set(try await self.departments().map(\.id)) }
            let plan = try OutcomePlanner.plan(
                outcome, request: request, invoices: invoices, customer: customer, collector: collector,
                departments: departments, context: context)
            return (plan, plan)
        }
    }

    /// Applies a collector's manual status change (clarification, negotiating, paying, refused to pay,
    /// legal, write-off, cancellation, back to normal) to invoices of one customer.
    ///
    /// ```swift
    /// try await store.changeStatus(.sendToLegal, of: ["FA-1"], by: .collector("ana"), at: clock.now,
    ///                              context: context, comment: "Carta documento sin respuesta")
    /// ```
    ///
    /// - Parameters:
    ///   - event: A manual event (``CollectionEventKind/isManual``).
    ///   - invoiceIDs: The invoices.
    ///   - performer: Who changes it.
    ///   - timestamp: When.
    ///   - context: Policy, calendar and time zone.
    ///   - comment: Why.
    ///   - changeID: A unique id for the change; by default `status/<performer>/<milliseconds since 1970>`.
    ///   - attempts: Reads and commits to try when a concurrent write conflicts.
    /// - Returns: What was committed.
    /// - Throws: ``StatusError`` (nothing written) or ``StoreError``.
    @discardableResult
    public func changeStatus(
        _ event: CollectionEvent, of invoiceIDs: [InvoiceID], by performer: Performer, at timestamp: Date,
        context: StatusContext, comment: String? = nil, changeID: String? = nil, attempts: Int = 3
    ) async throws -> StatusPlan {
        let id = changeID ?? "status/\(Self.name(of: performer))/\(Self.milliseconds(timestamp))"
        return try await commitPlanned(attempts: attempts) {
            let invoices = try await self.invoicesAround(invoiceIDs)
            var departments: Set<DepartmentID> = []
            if case .requestClarification = event { departments = Set(try await self.departments().map(\.id)) }
            let plan = try StatusChangePlanner.plan(
                event, of: invoiceIDs, invoices: invoices, by: performer, at: timestamp, changeID: id,
                departments: departments, context: context, comment: comment)
            return (plan, plan)
        }
    }

    /// Agrees a payment plan: the invoices move into the plan and its installments are issued.
    ///
    /// ```swift
    /// let plan = PaymentPlan(agreementID: "CV-7", invoiceIDs: ["FA-1", "FA-2"],
    ///                        installments: PaymentPlan.evenInstallments(total: owed, count: 3, firstDueDate: due))
    /// try await store.agreePaymentPlan(plan, by: .collector("ana"), at: clock.now, context: context)
    /// ```
    ///
    /// - Parameters:
    ///   - plan: The agreement.
    ///   - performer: Who agreed it.
    ///   - timestamp: When.
    ///   - context: Policy and time zone.
    ///   - comment: Terms, for the log.
    ///   - attempts: Reads and commits to try when a concurrent write conflicts.
    /// - Returns: What was committed.
    /// - Throws: ``StatusError`` (nothing written) or ``StoreError``.
    @discardableResult
    public func agreePaymentPlan(
        _ plan: PaymentPlan, by performer: Performer, at timestamp: Date, context: StatusContext,
        comment: String? = nil, attempts: Int = 3
    ) async throws -> StatusPlan {
        try await commitPlanned(attempts: attempts) {
            let installmentIDs = plan.installments.indices.map {
                PaymentPlan.installmentID(agreementID: plan.agreementID, number: $0 + 1)
            }
            let invoices = try await self.invoicesAround(plan.invoiceIDs) + self.invoices(ids: installmentIDs)
            let result = try PaymentPlanPlanner.plan(
                plan, invoices: invoices, by: performer, at: timestamp, context: context, comment: comment)
            return (result, result)
        }
    }

    /// Records how a dispute or clarification was resolved.
    ///
    /// ```swift
    /// let resolved = try await store.resolveDispute(
    ///     of: "FA-1", .creditNote(Money(minorUnits: 20_000, currency: .ars)), by: .collector("ana"),
    ///     at: clock.now, context: context, comment: "NC A-0003-00000123")
    /// print(resolved.departmentID, resolved.daysToResolve)
    /// ```
    ///
    /// - Parameters:
    ///   - invoiceID: The disputed invoice.
    ///   - resolution: How it was resolved.
    ///   - performer: Who records it.
    ///   - timestamp: When.
    ///   - context: Policy and time zone.
    ///   - comment: Details.
    ///   - resolutionID: A unique id; by default `dispute/<invoice>/<milliseconds since 1970>`.
    ///   - attempts: Reads and commits to try when a concurrent write conflicts.
    /// - Returns: The resolution, with the department and the days it took.
    /// - Throws: ``StatusError`` (nothing written) or ``StoreError``.
    @discardableResult
    public func resolveDispute(
        of invoiceID: InvoiceID, _ resolution: DisputeResolution, by performer: Performer, at timestamp: Date,
        context: StatusContext, comment: String? = nil, resolutionID: String? = nil, attempts: Int = 3
    ) async throws -> ResolvedDispute {
        let id = resolutionID ?? "dispute/\(invoiceID)/\(Self.milliseconds(timestamp))"
        return try await commitPlanned(attempts: attempts) {
            let invoices = try await self.invoicesAround([invoiceID])
            let customerIDs = Set(invoices.filter { $0.id == invoiceID }.map(\.customerID))
            let tasks = try await self.tasks(matching: TaskQuery(customerIDs: customerIDs, openOnly: true))
            let resolved = try DisputeResolutionPlanner.plan(
                resolution, of: invoiceID, invoices: invoices, openTasks: tasks, by: performer, at: timestamp,
                resolutionID: id, context: context, comment: comment)
            return (resolved, resolved.plan)
        }
    }

    /// Runs the time-driven review for the day of `timestamp`: broken promises, uncredited reported
    /// payments, defaulted payment plans (see ``StatusReview``). One unit of work per customer; running it
    /// again the same day finds nothing new.
    ///
    /// ```swift
    /// let report = try await store.reviewStatuses(at: clock.now, context: context)
    /// for finding in report.findings { print(finding) }
    /// ```
    ///
    /// - Parameters:
    ///   - timestamp: When the review runs; its date in the context's time zone is the review date.
    ///   - context: Policy and time zone.
    ///   - attempts: Reads and commits to try per customer when a concurrent write conflicts.
    /// - Returns: What was found and committed.
    /// - Throws: ``StoreError``; customers committed before the error stay committed.
    @discardableResult
    public func reviewStatuses(at timestamp: Date, context: StatusContext, attempts: Int = 3) async throws
        -> StatusReviewReport
    {
        let today = context.today(at: timestamp)
        var candidates: [CustomerID] = []
        for try await page in invoicePages(matching: .open) {
            for invoice in page where StatusReview.needsReview(invoice, on: today, policy: context.policy) {
                if candidates.last != invoice.customerID { candidates.append(invoice.customerID) }
            }
        }
        var report = StatusReviewReport(date: today)
        for customerID in candidates {
            let findings: [StatusFinding] = try await commitPlanned(attempts: attempts) {
                guard let customer = try await self.customers(ids: [customerID]).first else {
                    return ([], StatusPlan())
                }
                let invoices = try await self.invoices(matching: InvoiceQuery(customerIDs: [customerID]))
                let flagged = try await self.activities(
                    matching: ActivityQuery(customerIDs: [customerID], kinds: [.reportedPaymentUncredited]))
                let review = StatusReview.plan(
                    for: invoices, customer: customer, alreadyFlagged: Set(flagged.map(\.activity.id)), on: today,
                    at: timestamp, policy: context.policy)
                return (review.findings, review.plan)
            }
            if !findings.isEmpty { report.customersReviewed += 1 }
            report.findings += findings
        }
        return report
    }

    /// One customer's activity log as evidence, in JSON or CSV (see ``ActivityLogExport``).
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - format: JSON or CSV.
    ///   - generatedAt: When the export is made (recorded in the JSON document).
    /// - Returns: UTF-8 text.
    /// - Throws: ``StoreError``.
    public func exportActivityLog(of customerID: CustomerID, as format: ActivityLogExport.Format, generatedAt: Date)
        async throws -> Data
    {
        let logged = try await activities(matching: ActivityQuery(customerIDs: [customerID]))
        switch format {
        case .json: return try ActivityLogExport.json(logged, customerID: customerID, generatedAt: generatedAt)
        case .csv: return Data(ActivityLogExport.csv(logged).utf8)
        }
    }

    /// The named invoices plus every invoice of the customer of the first one found.
    func invoicesAround(_ ids: [InvoiceID]) async throws -> [Invoice] {
        let named = try await invoices(ids: ids)
        let first = ids.lazy.compactMap { id in named.first { $0.id == id } }.first
        guard let customerID = first?.customerID else { return named }
        let own = try await invoices(matching: InvoiceQuery(customerIDs: [customerID]))
        let ownIDs = Set(own.map(\.id))
        return own + named.filter { !ownIDs.contains($0.id) }
    }

    /// Plans and commits, re-reading and re-planning after a conflict, up to `attempts` times in all.
    func commitPlanned<Result>(
        attempts: Int, _ plan: () async throws -> (Result, StatusPlan)
    ) async throws -> Result {
        var attempt = 0
        while true {
            attempt += 1
            let (result, planned) = try await plan()
            guard !planned.isEmpty else { return result }
            do {
                try await commit(planned.changeSet)
                return result
            } catch StoreError.conflict where attempt < attempts {
                continue
            } catch StoreError.duplicateKey(.activity, let id) {
                throw StatusError.alreadyRecorded(ActivityID(id))
            }
        }
    }

    static func name(of performer: Performer) -> String {
        switch performer {
        case .system: return "system"
        case .collector(let id): return id.rawValue
        }
    }

    static func milliseconds(_ timestamp: Date) -> Int64 { Int64((timestamp.timeIntervalSince1970 * 1_000).rounded()) }
}
