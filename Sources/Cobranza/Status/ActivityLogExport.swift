import Foundation

/// Exports one customer's activity log as the evidence of every collection effort (for audits and
/// uncollectible-debt certificates), in JSON or CSV with the stable column names of ``ActivityLogRow``.
///
/// - **JSON**: `{"customer_id": "…", "generated_at": "…", "activities": [ {row}, … ]}`, keys sorted, lists
///   as arrays, absent values omitted.
/// - **CSV** (RFC 4180): a header line with ``ActivityLogRow/columns``, one line per activity, CRLF line
///   ends, fields quoted when they contain a comma, quote or line break. Free-text fields (ids, status
///   detail, comment) that begin with `=`, `+`, `-`, `@`, tab or carriage return are prefixed with `'` so a
///   spreadsheet does not run them as formulas.
///
/// ```swift
/// let csv = try await store.exportActivityLog(of: "C-1", as: .csv, generatedAt: clock.now)
/// try csv.write(to: URL(fileURLWithPath: "C-1-evidence.csv"))
/// ```
public enum ActivityLogExport {
    /// The export formats.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        /// A JSON document.
        case json
        /// Comma-separated values.
        case csv
    }

    private struct Document: Encodable {
        var customerID: String
        var generatedAt: String
        var activities: [ActivityLogRow]

        enum CodingKeys: String, CodingKey {
            case customerID = "customer_id"
            case generatedAt = "generated_at"
            case activities
        }
    }

    /// The JSON document of a customer's activities.
    ///
    /// - Parameters:
    ///   - activities: The activities, in log order.
    ///   - customerID: The customer.
    ///   - generatedAt: When the export is made.
    /// - Returns: UTF-8 JSON, pretty-printed with sorted keys.
    /// - Throws: `EncodingError` (not expected for these values).
    public static func json(_ activities: [LoggedActivity], customerID: CustomerID, generatedAt: Date) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(
            Document(
                customerID: customerID.rawValue, generatedAt: ActivityLogRow.utcString(generatedAt),
                activities: activities.map(ActivityLogRow.init)))
    }

    /// The CSV text of activities.
    ///
    /// - Parameter activities: The activities, in log order.
    /// - Returns: The header and one line per activity, each ending in CRLF.
    public static func csv(_ activities: [LoggedActivity]) -> String {
        let freeText: Set<Int> = Set(
            ["id", "customer_id", "invoice_ids", "status_detail", "comment"].compactMap {
                ActivityLogRow.columns.firstIndex(of: $0)
            })
        var text = ActivityLogRow.columns.joined(separator: ",") + "\r\n"
        for logged in activities {
            let fields = ActivityLogRow(logged).fields.enumerated().map { index, field in
                escape(freeText.contains(index) ? neutralized(field) : field)
            }
            text += fields.joined(separator: ",") + "\r\n"
        }
        return text
    }

    private static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }

    private static func escape(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
