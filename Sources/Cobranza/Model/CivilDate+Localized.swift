extension CivilDate {
    /// The date written for people in a locale's format.
    ///
    /// ```swift
    /// try CivilDate(iso: "2024-03-15").formatted(.enUS, style: .long)   // "March 15, 2024"
    /// ```
    ///
    /// - Parameters:
    ///   - format: The locale's format, for example ``LocalizedDateFormat/esAR``.
    ///   - style: Short (numbers) or long (month name).
    /// - Returns: The text.
    public func formatted(_ format: LocalizedDateFormat, style: LocalizedDateFormat.Style) -> String {
        format.string(for: self, style: style)
    }
}
