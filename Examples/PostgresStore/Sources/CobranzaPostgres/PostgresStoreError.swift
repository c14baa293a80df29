/// Why a ``PostgresCollectionStore`` could not be set up.
public enum PostgresStoreError: Error, Sendable, Hashable {
    /// The schema name is not lowercase letters, digits and underscores starting with a letter (at most 63).
    case invalidSchemaName(String)
    /// The schema was made by a newer build: its version is above ``PostgresSchema/currentVersion``.
    case schemaTooNew(schema: String, version: Int, supported: Int)
}

extension PostgresStoreError: CustomStringConvertible {
    /// A sentence naming the schema and what is wrong.
    public var description: String {
        switch self {
        case .invalidSchemaName(let name):
            return "schema name '\(name)' must be lowercase letters, digits and underscores, starting with a letter"
        case .schemaTooNew(let schema, let version, let supported):
            return "schema '\(schema)' is at version \(version); this build reads up to version \(supported)"
        }
    }
}
