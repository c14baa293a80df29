/// The kind of value a variable holds, as a ``TemplateSchema`` declares it.
///
/// The kind decides what a template may do with the variable: print it (`{{name}}`), open a section over it
/// (`{{#invoices}}`), or reach into it with a dotted path (`{{customer.name}}`, `{{due_date.long}}`).
///
/// | Kind      | Printed as                            | Dotted paths inside                       |
/// |-----------|---------------------------------------|-------------------------------------------|
/// | `text`    | the text                              | —                                         |
/// | `number`  | digits                                | —                                         |
/// | `flag`    | cannot be printed; sections only      | —                                         |
/// | `money`   | `$ 1.234,56` (locale)                 | `.amount` (`1.234,56`), `.currency` (`ARS`) |
/// | `date`    | `15/03/2024` (locale, short)          | `.short`, `.long` (`15 de marzo de 2024`), `.iso` |
/// | `object`  | cannot be printed                     | its fields                                |
/// | `list`    | cannot be printed; sections repeat it | —                                         |
/// | `textMap` | cannot be printed                     | any key, each an optional text            |
public indirect enum TemplateValueKind: Sendable, Hashable {
    /// Text.
    case text
    /// A whole number.
    case number
    /// A yes/no value.
    case flag
    /// An amount of money.
    case money
    /// A civil date.
    case date
    /// Named fields.
    case object(TemplateSchema)
    /// A list whose items have one kind.
    case list(TemplateValueKind)
    /// Free text fields under any key (an integrator's custom fields); every key is optional.
    case textMap

    /// Whether `{{variable}}` may print a value of this kind.
    public var isPrintable: Bool {
        switch self {
        case .text, .number, .money, .date: return true
        case .flag, .object, .list, .textMap: return false
        }
    }
}
