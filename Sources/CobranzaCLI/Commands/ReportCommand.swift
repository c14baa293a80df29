import Cobranza
import Foundation

/// `cobranza report`: aging, KPIs, the work queue and the activity log, as text, JSON or CSV.
struct ReportCommand: Subcommand {
    let name = "report"
    let summary = "Report the aging, the KPIs (DSO, CEI, …), the collectors' work queue or the activity log"
    let usage = """
        USAGE: cobranza report (aging|kpis|queue|activities) --db FILE --date YYYY-MM-DD [--json|--csv]

        aging        Open balances by days late (current, 1-30, 31-60, 61-90, 91-120, over 120) per customer,
                     with the totals per currency.
        kpis         The period measures of the DAYS days ending on the date: receivables, credit sales,
                     collections, DSO (standard, countback, best possible), average days delinquent, CEI,
                     delinquency rate, days to collect, promises kept and broken; for the portfolio and per
                     collector.
        queue        Each collector's customers to call on the date, first to call first, with the reasons.
        activities   The activity log up to the end of the date: every contact, outcome, message, payment and
                     status change, as evidence of the collection effort.

        OPTIONS:
          --db FILE            The database.
          --date YYYY-MM-DD    The day the portfolio is seen from; nothing recorded after it is used.
          --json               Print one JSON document.
          --csv                Print CSV (RFC 4180, comma-separated, CRLF line ends).
          --days N             kpis: the period's length in days (default 30); activities: only the last N days.
          --collector ID       queue: only this collector's queue.
          --customer ID        activities: only this customer's log.
        """

    private enum Format { case text, json, csv }

    func run(_ arguments: [String], console: Console) async throws -> Int32 {
        let parsed = try ParsedArguments(
            arguments, options: ["db", "date", "days", "collector", "customer"], flags: ["json", "csv"])
        try parsed.expectAtMostOne(of: ["json", "csv"])
        guard let kind = parsed.positionals.first else {
            throw UsageError("say which report: aging, kpis, queue or activities")
        }
        guard parsed.positionals.count == 1 else {
            throw UsageError("unexpected argument '\(parsed.positionals[1])'")
        }
        let format: Format = parsed.flag("json") ? .json : parsed.flag("csv") ? .csv : .text
        let path = try parsed.required("db")
        let date = try parsed.requiredDate("date")
        let days = try parsed.integer("days", in: 1...3_660)
        if parsed.value("collector") != nil, kind != "queue" { throw UsageError("--collector goes with queue") }
        if parsed.value("customer") != nil, kind != "activities" {
            throw UsageError("--customer goes with activities")
        }
        if days != nil, kind != "kpis", kind != "activities" {
            throw UsageError("--days goes with kpis or activities")
        }
        guard ["aging", "kpis", "queue", "activities"].contains(kind) else {
            throw UsageError("unknown report '\(kind)': use aging, kpis, queue or activities")
        }
        let store = try Database.open(path)
        let output: String
        if kind == "activities" {
            output = try await activities(
                store, date: date, days: days, customerID: parsed.value("customer").map { CustomerID($0) }, format)
        } else {
            let request = MeasuresRequest(asOf: date, period: .days(days ?? 30, endingOn: date))
            let report = try await store.measures(request, timeZone: Company.timeZone, calendar: Company.calendar)
            switch kind {
            case "aging": output = try aging(report.aging, format)
            case "kpis": output = try kpis(report, format)
            default:
                let collector = parsed.value("collector").map { CollectorID($0) }
                let queues = report.workQueues.filter { collector == nil || $0.collectorID == collector }
                output = try queue(queues, date: date, format)
            }
        }
        if format == .csv {
            console.write(output)
        } else {
            console.out(output)
        }
        return 0
    }

    // MARK: Aging

    private func aging(_ aging: AgingReport, _ format: Format) throws -> String {
        let labels = aging.buckets.map(\.label)
        switch format {
        case .json:
            return try JSONOutput.text(aging)
        case .csv:
            var csv = CSVWriter(
                columns: ["group", "key", "name", "currency"] + labels
                    + ["total", "overdue", "credits", "net", "open_invoices", "maximum_days_late"])
            let groups = [
                ("customer", aging.byCustomer), ("collector", aging.byCollector), ("tier", aging.byTier),
                ("currency", aging.byCurrency),
            ]
            for (group, rows) in groups {
                for row in rows {
                    csv.row(
                        [group, row.key, row.name, row.currency.code] + row.amounts.map(\.plainDecimalString)
                            + [
                                row.total.plainDecimalString, row.overdue.plainDecimalString,
                                row.credits.plainDecimalString, row.net.plainDecimalString, "\(row.openInvoices)",
                                "\(row.maximumDaysLate)",
                            ])
                }
            }
            return csv.text
        case .text:
            var table = TextTable(columns: ["customer", "name", "cur"] + labels + ["total", "max days"])
            for row in aging.byCustomer
                + aging.byCurrency.map({ row in
                    var total = row
                    total.key = "TOTAL"
                    return total
                })
            {
                table.row(
                    [row.key ?? "-", row.name ?? "", row.currency.code] + row.amounts.map(\.plainDecimalString)
                        + [row.total.plainDecimalString, "\(row.maximumDaysLate)"])
            }
            return "Aging on \(aging.asOf)\n" + table.text
        }
    }

    // MARK: KPIs

    private struct KPIDocument: Encodable {
        var asOf: CivilDate
        var period: MeasurePeriod
        var receivables: [ReceivablesMeasures]
        var receivablesByCollector: [ReceivablesMeasures]
        var promises: PromiseSummary
        var collectors: [CollectorPerformance]
        var disputes: [DepartmentDisputes]
    }

    private func kpis(_ report: MeasuresReport, _ format: Format) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.text(
                KPIDocument(
                    asOf: report.request.asOf, period: report.request.period, receivables: report.receivables,
                    receivablesByCollector: report.receivablesByCollector, promises: report.promises,
                    collectors: report.collectors, disputes: report.disputes))
        case .csv:
            var csv = CSVWriter(columns: KPIRow.columns)
            for row in KPIRow.rows(of: report) { csv.row(row.fields) }
            return csv.text
        case .text:
            let period = report.request.period
            var lines = ["KPIs for \(period.start) to \(period.end) (\(period.days) days)"]
            for measures in report.receivables {
                let currency = measures.currency.code
                lines += [
                    "  \(currency) receivables \(measures.openingReceivables.plainDecimalString) → "
                        + "\(measures.closingReceivables.plainDecimalString) "
                        + "(overdue \(measures.closingOverdueReceivables.plainDecimalString))",
                    "  \(currency) credit sales \(measures.creditSales.plainDecimalString), "
                        + "collections \(measures.collections.plainDecimalString)",
                    "  DSO \(KPIRow.number(measures.daysSalesOutstanding, "days")), "
                        + "countback DSO \(KPIRow.number(measures.countbackDaysSalesOutstanding, "days")), "
                        + "best possible DSO \(KPIRow.number(measures.bestPossibleDaysSalesOutstanding, "days"))",
                    "  CEI \(KPIRow.number(measures.collectionEffectivenessIndex, "%")), "
                        + "delinquency rate \(KPIRow.number(measures.delinquencyRate, "%")), "
                        + "average days to collect \(KPIRow.number(measures.averageDaysToCollect, "days"))",
                ]
            }
            let promises = report.promises
            lines.append(
                "  promises: \(promises.obtained) obtained, \(promises.kept) kept, \(promises.broken) broken "
                    + "(kept rate \(KPIRow.number(promises.keptRate, "%")))")
            for collector in report.collectors where collector.collectorID != nil || collector.contacts > 0 {
                lines.append(
                    "  \(collector.collectorID?.rawValue ?? "(none)"): \(collector.contacts) contacts, "
                        + "\(collector.promises.obtained) promises, recovered "
                        + (collector.amountRecovered.map { "\($0.plainDecimalString) \($0.currency)" }
                            .joined(separator: " + ").nonEmpty ?? "0"))
            }
            return lines.joined(separator: "\n")
        }
    }

    // MARK: Work queue

    private func queue(_ queues: [WorkQueue], date: CivilDate, _ format: Format) throws -> String {
        switch format {
        case .json:
            return try JSONOutput.text(QueueDocument(date: date, queues: queues))
        case .csv:
            var csv = CSVWriter(
                columns: [
                    "collector_id", "rank", "customer_id", "customer_name", "score", "days_late", "risk_tier",
                    "overdue", "overdue_invoice_ids", "reasons", "last_contact",
                ])
            for queue in queues {
                for entry in queue.entries {
                    csv.row([
                        queue.collectorID?.rawValue, "\(entry.rank)", entry.customerID.rawValue, entry.customerName,
                        String(format: "%.2f", entry.score), "\(entry.daysLate)", entry.riskTier?.name,
                        entry.overdueBalances.map { "\($0.plainDecimalString) \($0.currency)" }.joined(separator: ";"),
                        entry.overdueInvoiceIDs.map(\.rawValue).joined(separator: ";"),
                        entry.reasons.map(\.detail.firstLine).joined(separator: "; "),
                        entry.lastContact.map { "\($0.date)" },
                    ])
                }
            }
            return csv.text
        case .text:
            guard !queues.isEmpty else { return "Nobody to call on \(date)." }
            var lines: [String] = []
            for queue in queues {
                lines.append(
                    "\(queue.collectorName ?? "No collector") (\(queue.collectorID?.rawValue ?? "-")), \(date):")
                for entry in queue.entries {
                    lines.append(
                        "  \(entry.rank). \(entry.customerID) \(entry.customerName ?? "") — score "
                            + String(format: "%.1f", entry.score) + ", \(entry.daysLate) days late")
                    for reason in entry.reasons { lines.append("       \(reason.detail.firstLine)") }
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    private struct QueueDocument: Encodable {
        var date: CivilDate
        var queues: [WorkQueue]
    }

    // MARK: Activity log

    private struct ActivityDocument: Encodable {
        var date: CivilDate
        var customerID: CustomerID?
        var activities: [ActivityLogRow]

        enum CodingKeys: String, CodingKey {
            case date
            case customerID = "customer_id"
            case activities
        }
    }

    private func activities(
        _ store: any CollectionStore, date: CivilDate, days: Int?, customerID: CustomerID?, _ format: Format
    ) async throws -> String {
        let query = ActivityQuery(
            customerIDs: customerID.map { [$0] },
            since: days.map { date.adding(days: 1 - $0).startInstant(in: Company.timeZone) },
            until: date.adding(days: 1).startInstant(in: Company.timeZone))
        let logged = try await store.activities(matching: query)
        switch format {
        case .json:
            return try JSONOutput.text(
                ActivityDocument(date: date, customerID: customerID, activities: logged.map(ActivityLogRow.init)))
        case .csv:
            return ActivityLogExport.csv(logged)
        case .text:
            guard !logged.isEmpty else { return "No activity up to \(date)." }
            return logged.map { item in
                let row = ActivityLogRow(item)
                var line = "\(row.position) \(row.timestamp) \(row.customerID) \(row.kind)"
                if let channel = row.channel { line += " \(channel)" }
                if !row.invoiceIDs.isEmpty { line += " [\(row.invoiceIDs.joined(separator: ", "))]" }
                if let previous = row.previousStatus, let new = row.newStatus, previous != new {
                    line += " \(previous) → \(new)"
                }
                if let comment = row.comment, !comment.isEmpty { line += ": \(comment)" }
                return line
            }.joined(separator: "\n")
        }
    }
}

extension String {
    /// `nil` for an empty string.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }

    /// The first line (a task's reason may carry a whole call script after it).
    fileprivate var firstLine: String {
        split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    }
}
