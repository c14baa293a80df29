extension Unicode.UTF8 {
    /// Whether bytes are valid UTF-8, checked without building a string.
    ///
    /// `String(validating:as:)` does the same but needs macOS 15 / iOS 18; this runs on every platform the
    /// package supports.
    ///
    /// - Parameter bytes: The bytes to check.
    /// - Returns: `true` when every byte belongs to a well-formed scalar.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
