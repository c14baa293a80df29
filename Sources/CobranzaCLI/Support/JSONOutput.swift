import Foundation

/// JSON as the command prints it: one document on one line, keys sorted, slashes unescaped.
enum JSONOutput {
    /// Encodes a value.
    ///
    /// - Parameter value: The value.
    /// - Returns: The JSON text.
    /// - Throws: `EncodingError`.
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
