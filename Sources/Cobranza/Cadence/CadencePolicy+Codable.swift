import Foundation

extension CadencePolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case tiers
        case defaultTier
        case minimumBalance
        case minimumGapDays
        case actionsRole
        case unassignedRole
    }

    /// Decodes a policy and validates it.
    ///
    /// `tiers` is an object keyed by tier name; `minimumBalance`, `minimumGapDays`, `actionsRole` and
    /// `unassignedRole` may be omitted. Prefer ``load(json:decoder:)``, which reports problems as
    /// ``PolicyError`` with the field path.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field; for a value that fails ``validate()``, a
    ///   `DecodingError.dataCorrupted` whose `underlyingError` is the ``PolicyError``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let tiers = try container.decode([String: Cadence].self, forKey: .tiers)
        self.init(
            tiers: Dictionary(uniqueKeysWithValues: tiers.map { (RiskTier($0.key), $0.value) }),
            defaultTier: try container.decode(RiskTier.self, forKey: .defaultTier),
            minimumBalance: try container.decodeIfPresent([Money].self, forKey: .minimumBalance) ?? [],
            minimumGapDays: try container.decodeIfPresent(Int.self, forKey: .minimumGapDays) ?? 0,
            actionsRole: try container.decodeIfPresent(String.self, forKey: .actionsRole) ?? "actions",
            unassignedRole: try container.decodeIfPresent(String.self, forKey: .unassignedRole) ?? "collections")
        do {
            try validate()
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    /// Encodes the policy with `tiers` as an object keyed by tier name.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(
            Dictionary(uniqueKeysWithValues: tiers.map { ($0.key.name, $0.value) }), forKey: .tiers)
        try container.encode(defaultTier, forKey: .defaultTier)
        try container.encode(minimumBalance, forKey: .minimumBalance)
        try container.encode(minimumGapDays, forKey: .minimumGapDays)
        try container.encode(actionsRole, forKey: .actionsRole)
        try container.encode(unassignedRole, forKey: .unassignedRole)
    }

    /// Decodes and validates a policy from JSON, reporting any problem with the path of the field.
    ///
    /// ```swift
    /// do {
    ///     let policy = try CadencePolicy.load(json: data)
    /// } catch {
    ///     print(error)  // Invalid policy value at 'tiers.C.steps[2].trigger': '0_days_after_due' is not a trigger…
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - json: The JSON document.
    ///   - decoder: The decoder to use.
    /// - Returns: The validated policy.
    /// - Throws: ``PolicyError`` naming the field: `missingValue` for a missing required field, `invalidValue`
    ///   for a malformed or inconsistent one (`document` when the data is not JSON at all).
    public static func load(json: Data, decoder: JSONDecoder = JSONDecoder()) throws(PolicyError) -> CadencePolicy {
        do {
            return try decoder.decode(CadencePolicy.self, from: json)
        } catch let error as DecodingError {
            throw PolicyError(error)
        } catch {
            throw .invalidValue(field: "document", reason: "\(error)")
        }
    }
}

extension PolicyError {
    /// Translates a decoding error into a policy error naming the field path (`tiers.C.steps[2].trigger`).
    ///
    /// - Parameter error: A decoding error.
    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self = .missingValue(field: Self.path(context.codingPath + [key]))
        case .valueNotFound(_, let context):
            self = .missingValue(field: Self.path(context.codingPath))
        case .typeMismatch(_, let context):
            self = .invalidValue(field: Self.path(context.codingPath), reason: context.debugDescription)
        case .dataCorrupted(let context):
            if let policyError = context.underlyingError as? PolicyError {
                self = policyError.prefixed(by: Self.path(context.codingPath))
            } else {
                self = .invalidValue(field: Self.path(context.codingPath), reason: context.debugDescription)
            }
        @unknown default:
            self = .invalidValue(field: "document", reason: "\(error)")
        }
    }

    /// Joins a coding path as `tiers.C.steps[2].trigger`; an empty path is `document`.
    private static func path(_ keys: [any CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path.isEmpty ? "document" : path
    }

    /// The same error with its field under `prefix` (for a policy nested in a larger document).
    private func prefixed(by prefix: String) -> PolicyError {
        guard prefix != "document" else { return self }
        switch self {
        case .invalidValue(let field, let reason): return .invalidValue(field: "\(prefix).\(field)", reason: reason)
        case .missingValue(let field): return .missingValue(field: "\(prefix).\(field)")
        }
    }
}
