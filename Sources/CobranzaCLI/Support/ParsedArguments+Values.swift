import Cobranza

extension ParsedArguments {
    /// An option's value as a date `YYYY-MM-DD`, if given.
    func date(_ name: String) throws(UsageError) -> CivilDate? {
        guard let text = value(name) else { return nil }
        do {
            return try CivilDate(iso: text)
        } catch {
            throw UsageError("--\(name) must be a date YYYY-MM-DD, not '\(text)'")
        }
    }

    /// An option's value as a date `YYYY-MM-DD` that must be given.
    func requiredDate(_ name: String) throws(UsageError) -> CivilDate {
        guard let date = try date(name) else { throw UsageError("--\(name) is required") }
        return date
    }

    /// Refuses positional words.
    func expectNoPositionals() throws(UsageError) {
        if let first = positionals.first { throw UsageError("unexpected argument '\(first)'") }
    }

    /// Refuses two of the given flags together.
    func expectAtMostOne(of names: [String]) throws(UsageError) {
        let given = names.filter { flag($0) || value($0) != nil }
        if given.count > 1 {
            throw UsageError(given.map { "--\($0)" }.joined(separator: " and ") + " cannot be used together")
        }
    }
}
