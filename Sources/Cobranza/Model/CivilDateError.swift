/// What is wrong with a date: each case names the offending value.
public enum CivilDateError: Error, Sendable, Hashable {
    /// The year, month or day is out of range (for example 2023-02-29).
    case invalidComponents(year: Int, month: Int, day: Int)
    /// The text is not a date in the expected format.
    case malformedDate(text: String, format: CivilDateFormat)
}

extension CivilDateError: CustomStringConvertible {
    /// A sentence saying what is wrong and with which value.
    public var description: String {
        switch self {
        case .invalidComponents(let year, let month, let day):
            return "Invalid date: year \(year), month \(month), day \(day) does not exist"
        case .malformedDate(let text, let format):
            return "Malformed date '\(text)': expected \(format.pattern)"
        }
    }
}
