import Cobranza
import Foundation

/// A policy JSON file (`--policy FILE`, `cobranza policy check FILE`).
enum PolicyFile {
    /// Reads and validates a policy file, or gives the standard policy.
    ///
    /// - Parameter path: The file, or `nil` for ``CollectionPolicy/standard``.
    /// - Returns: The validated policy.
    /// - Throws: ``InputError`` naming the file and the field.
    static func load(_ path: String?) throws(InputError) -> CollectionPolicy {
        guard let path else { return .standard }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError("cannot read the policy \(path): \(error.localizedDescription)")
        }
        do {
            return try CollectionPolicy.load(json: data)
        } catch {
            throw InputError("\(path): \(error)")
        }
    }
}
