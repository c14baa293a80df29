/// Why an import was refused. When it throws, nothing was written.
public enum ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The files have problems; every one found is listed, in file and row order.
    case rejected([ImportProblem])

    /// The problems, in file and row order.
    public var problems: [ImportProblem] {
        switch self {
        case .rejected(let problems): return problems
        }
    }

    /// A line per problem, after a count.
    public var description: String {
        let count = problems.count
        let header = "Import rejected, nothing was written: \(count) problem\(count == 1 ? "" : "s")"
        return ([header] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
