/// A plain-text table: columns padded to their widest cell; text left-aligned, numbers right-aligned.
struct TextTable {
    private let columns: [String]
    private var rows: [[String]] = []

    init(columns: [String]) {
        self.columns = columns
    }

    mutating func row(_ cells: [String]) {
        rows.append(cells)
    }

    var text: String {
        let all = [columns] + rows
        let widths = columns.indices.map { index in
            all.map { $0.indices.contains(index) ? $0[index].count : 0 }.max() ?? 0
        }
        return all.map { cells in
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return Self.isNumber(cell) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    private static func isNumber(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
