/// One `cobranza` command.
protocol Subcommand: Sendable {
    /// The word that selects it, such as `import`.
    var name: String { get }
    /// One line for the top-level help.
    var summary: String { get }
    /// The full `--help` text.
    var usage: String { get }
    /// Runs the command.
    ///
    /// - Parameters:
    ///   - arguments: The words after the command's name (`--help` already handled).
    ///   - console: Where output goes.
    /// - Returns: The exit status.
    /// - Throws: ``UsageError`` or ``InputError`` (exit 2), anything else (exit 1).
    func run(_ arguments: [String], console: Console) async throws -> Int32
}
