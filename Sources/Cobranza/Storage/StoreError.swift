/// Why a store refused a unit of work or a read. When a commit throws, nothing of it was written.
///
/// Cases name the entity kind and identifier involved; they never carry amounts or personal data.
public enum StoreError: Error, Sendable, Hashable {
    /// A record that must be unique already exists (a payment id, an activity id).
    case duplicateKey(EntityKind, id: String)
    /// A record refers to another that does not exist (an invoice of an unknown customer).
    case missingReference(EntityKind, id: String, references: EntityKind, referencedID: String)
    /// A conditional write found the record changed since it was read, or a claim held by someone else.
    case conflict(EntityKind, id: String, reason: String)
    /// A record is inconsistent in itself (an invoice whose balance is in another currency).
    case invalidRecord(EntityKind, id: String, reason: String)
    /// The backend could not be reached or gave up (busy, disconnected); the operation may be retried.
    case unavailable(reason: String)
}

extension StoreError: CustomStringConvertible {
    /// A sentence naming the entity, the identifier and what is wrong.
    public var description: String {
        switch self {
        case .duplicateKey(let kind, let id):
            return "\(kind.rawValue) '\(id)' already exists"
        case .missingReference(let kind, let id, let references, let referencedID):
            return "\(kind.rawValue) '\(id)' refers to \(references.rawValue) '\(referencedID)', which does not exist"
        case .conflict(let kind, let id, let reason):
            return "\(kind.rawValue) '\(id)': \(reason)"
        case .invalidRecord(let kind, let id, let reason):
            return "\(kind.rawValue) '\(id)' is invalid: \(reason)"
        case .unavailable(let reason):
            return "Store unavailable: \(reason)"
        }
    }
}
