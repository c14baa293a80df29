import Cobranza
import Foundation

/// One line of `cobranza report kpis --csv`: the period measures of the portfolio or of one collector, in one
/// currency, with the promises of the same scope.
struct KPIRow {
    static let columns = [
        "scope", "collector_id", "currency", "period_start", "period_end", "opening_receivables",
        "closing_receivables", "closing_current", "closing_overdue", "credit_sales", "collections", "dso",
        "countback_dso", "best_possible_dso", "average_days_delinquent", "cei", "delinquency_rate",
        "average_days_to_collect", "promises_obtained", "promises_kept", "promises_broken", "promise_kept_rate",
    ]

    var fields: [String?]

    /// The portfolio's rows, then each collector's.
    static func rows(of report: MeasuresReport) -> [KPIRow] {
        var rows = report.receivables.map { KPIRow("portfolio", $0, promises: report.promises) }
        for measures in report.receivablesByCollector {
            let promises = report.collectors.first { $0.collectorID == measures.collectorID }?.promises
            rows.append(KPIRow("collector", measures, promises: promises ?? PromiseSummary()))
        }
        return rows
    }

    private init(_ scope: String, _ measures: ReceivablesMeasures, promises: PromiseSummary) {
        func decimal(_ value: Double?) -> String? { value.map { String(format: "%.2f", $0) } }
        fields = [
            scope, measures.collectorID?.rawValue, measures.currency.code, "\(measures.period.start)",
            "\(measures.period.end)", measures.openingReceivables.plainDecimalString,
            measures.closingReceivables.plainDecimalString, measures.closingCurrentReceivables.plainDecimalString,
            measures.closingOverdueReceivables.plainDecimalString, measures.creditSales.plainDecimalString,
            measures.collections.plainDecimalString, decimal(measures.daysSalesOutstanding),
            decimal(measures.countbackDaysSalesOutstanding), decimal(measures.bestPossibleDaysSalesOutstanding),
            decimal(measures.averageDaysDelinquent), decimal(measures.collectionEffectivenessIndex),
            decimal(measures.delinquencyRate), decimal(measures.averageDaysToCollect), "\(promises.obtained)",
            "\(promises.kept)", "\(promises.broken)", decimal(promises.keptRate),
        ]
    }

    /// A measure for text: one decimal and its unit, or `n/a` when undefined.
    static func number(_ value: Double?, _ unit: String) -> String {
        guard let value else { return "n/a" }
        return String(format: "%.1f", value) + (unit == "%" ? "%" : " \(unit)")
    }
}
