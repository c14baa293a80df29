/// A value a template is rendered from: the nodes of the variable tree.
///
/// A tree is built once per message (``MessageContext/variables()`` builds the standard one) and handed to
/// ``Template/render(_:escaping:formatting:)``. Money and dates stay typed until the moment they are
/// written, so the same tree renders in the locale's format chosen by ``TemplateFormatting``.
///
/// ```swift
/// let tree: TemplateValue = .object([
///     "customer": .object(["name": "Ferretería Don Pepe SRL"]),
///     "invoices": .list([.object(["number": "A-0001-00001234", "days_late": .number(7)])]),
/// ])
/// ```
///
/// A key missing from an object is an absent value: it renders as nothing in a section, and as an error
/// where the schema says the variable is required.
public enum TemplateValue: Sendable, Hashable {
    /// Text, written as is (HTML-escaped in an HTML body).
    case text(String)
    /// A whole number, written in plain digits.
    case number(Int)
    /// A yes/no value, for sections only.
    case flag(Bool)
    /// An amount, written with the locale's ``MoneyFormat``.
    case money(Money)
    /// A date, written with the locale's ``LocalizedDateFormat``.
    case date(CivilDate)
    /// A list, which a section repeats once per item.
    case list([TemplateValue])
    /// Named values, reached with dotted paths such as `customer.name`.
    case object([String: TemplateValue])

    /// Whether a section over this value renders (and an inverted section does not): non-empty text and
    /// lists, non-zero numbers and amounts, `true`, and every date and object.
    public var isTruthy: Bool {
        switch self {
        case .text(let text): return !text.isEmpty
        case .number(let number): return number != 0
        case .flag(let flag): return flag
        case .money(let money): return !money.isZero
        case .date: return true
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }

    /// The value at a key of an object.
    ///
    /// - Parameter key: The key.
    /// - Returns: The value, or `nil` when this is not an object or the key is absent.
    public subscript(key: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// Creates a ``text(_:)`` value from a literal.
    ///
    /// - Parameter value: The text.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// Creates a ``number(_:)`` value from a literal.
    ///
    /// - Parameter value: The number.
    public init(integerLiteral value: Int) {
        self = .number(value)
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// Creates a ``flag(_:)`` value from a literal.
    ///
    /// - Parameter value: The flag.
    public init(booleanLiteral value: Bool) {
        self = .flag(value)
    }
}
