extension CivilDate {
    /// Parses a date written in `format`, strictly: exact digit counts, the format's separators, a real day.
    ///
    /// ```swift
    /// let due = try CivilDate(parsing: "29/02/2024", format: .dayMonthYear)
    /// ```
    ///
    /// - Parameters:
    ///   - text: The text, with no surrounding spaces.
    ///   - format: The layout the text uses.
    /// - Throws: ``CivilDateError/malformedDate(text:format:)`` when the text does not follow the layout,
    ///   ``CivilDateError/invalidComponents(year:month:day:)`` when it names a day that does not exist.
    public init(parsing text: String, format: CivilDateFormat) throws(CivilDateError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { throw .malformedDate(text: text, format: format) }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        let parts: (year: Int?, month: Int?, day: Int?)
        switch format {
        case .iso:
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
                throw .malformedDate(text: text, format: format)
            }
            parts = (number(0..<4), number(5..<7), number(8..<10))
        case .dayMonthYear:
            guard bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/") else {
                throw .malformedDate(text: text, format: format)
            }
            parts = (number(6..<10), number(3..<5), number(0..<2))
        }
        guard let year = parts.year, let month = parts.month, let day = parts.day else {
            throw .malformedDate(text: text, format: format)
        }
        try self.init(year: year, month: month, day: day)
    }

    /// Parses an ISO 8601 `yyyy-MM-dd` date.
    ///
    /// - Parameter iso: The text, for example `"2024-02-29"`.
    /// - Throws: ``CivilDateError`` naming the text.
    public init(iso: String) throws(CivilDateError) {
        try self.init(parsing: iso, format: .iso)
    }

    /// The date written in `format`, zero-padded.
    ///
    /// - Parameter format: The layout.
    /// - Returns: For example `"2024-02-29"` or `"29/02/2024"`.
    public func formatted(_ format: CivilDateFormat) -> String {
        let (year, month, day) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        switch format {
        case .iso: return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        case .dayMonthYear: return "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))"
        }
    }
}

extension CivilDate: CustomStringConvertible {
    /// The ISO 8601 text, `yyyy-MM-dd`.
    public var description: String { formatted(.iso) }
}

extension CivilDate: Codable {
    /// Decodes an ISO 8601 `yyyy-MM-dd` string; anything else is a `DecodingError` naming the text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CivilDate(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted(.iso))
    }
}
