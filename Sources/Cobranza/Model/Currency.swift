/// An ISO 4217 currency: its alphabetic code and how many decimal digits its minor unit has.
///
/// Cobranza knows the currencies its customers bill in (see ``Currency/known``); an unknown code is a
/// ``MoneyError/unknownCurrency(_:)`` error rather than a guess, because guessing the number of decimals
/// would silently scale every amount by 10 or 100.
///
/// ```swift
/// let pesos = try Currency(code: "ARS")   // 2 decimals
/// let kwd = Currency.kwd                  // 3 decimals
/// ```
///
/// A currency encodes as its bare code (`"ARS"`).
public struct Currency: Sendable, Hashable, Comparable {
    /// The code's three ASCII letters in the high bytes (first letter highest, so the packed value orders
    /// as the code does) and the minor-unit digits in the low byte: four bytes instead of a `String` and an
    /// `Int` (24), in every ``Money`` of every invoice, payment and activity.
    private let packed: UInt32

    /// The ISO 4217 alphabetic code, upper case, for example `"ARS"`.
    public var code: String {
        // Three bytes make a small string: no allocation.
        String(unsafeUninitializedCapacity: 3) { letters in
            letters[0] = UInt8(truncatingIfNeeded: packed >> 24)
            letters[1] = UInt8(truncatingIfNeeded: packed >> 16)
            letters[2] = UInt8(truncatingIfNeeded: packed >> 8)
            return 3
        }
    }

    /// The number of decimal digits of the minor unit: 0 for CLP, 2 for ARS, 3 for KWD.
    public var minorUnitDigits: Int { Int(packed & 0xFF) }

    /// Packs a code already checked to be three upper-case ASCII letters, and digits 0 to 4.
    private init(checkedCode code: String, digits: Int) {
        var packed: UInt32 = 0
        for byte in code.utf8 { packed = packed << 8 | UInt32(byte) }
        self.packed = packed << 8 | UInt32(digits)
    }

    /// Creates a currency that is not in the built-in table.
    ///
    /// - Parameters:
    ///   - code: Three upper-case ASCII letters.
    ///   - minorUnitDigits: 0 to 4.
    /// - Throws: ``MoneyError/unknownCurrency(_:)`` when the code is not three letters or the digits are
    ///   out of range.
    public init(code: String, minorUnitDigits: Int) throws(MoneyError) {
        guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }), (0...4).contains(minorUnitDigits)
        else { throw .unknownCurrency(code) }
        self.init(checkedCode: code, digits: minorUnitDigits)
    }

    /// Looks a currency up by its ISO 4217 code in ``Currency/known`` (case-insensitive).
    ///
    /// - Parameter code: An ISO 4217 alphabetic code such as `"MXN"`.
    /// - Throws: ``MoneyError/unknownCurrency(_:)`` naming the code.
    public init(code: String) throws(MoneyError) {
        guard let known = Currency.known[code.uppercased()] else { throw .unknownCurrency(code) }
        self = known
    }

    private init(known code: String, digits: Int) {
        self.init(checkedCode: code, digits: digits)
    }

    /// Orders currencies by code, so reports list them in a stable order.
    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.packed >> 8 < rhs.packed >> 8 }

    /// The factor between a major and a minor unit: 1, 100 or 1000.
    public var minorUnitsPerMajor: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorUnitDigits { factor *= 10 }
        return factor
    }

    /// Argentine peso.
    public static let ars = Currency(known: "ARS", digits: 2)
    /// US dollar.
    public static let usd = Currency(known: "USD", digits: 2)
    /// Mexican peso.
    public static let mxn = Currency(known: "MXN", digits: 2)
    /// Chilean peso (no minor unit).
    public static let clp = Currency(known: "CLP", digits: 0)
    /// Kuwaiti dinar (three decimals).
    public static let kwd = Currency(known: "KWD", digits: 3)
    /// Euro.
    public static let eur = Currency(known: "EUR", digits: 2)
    /// Brazilian real.
    public static let brl = Currency(known: "BRL", digits: 2)
    /// Colombian peso.
    public static let cop = Currency(known: "COP", digits: 2)
    /// Peruvian sol.
    public static let pen = Currency(known: "PEN", digits: 2)
    /// Uruguayan peso.
    public static let uyu = Currency(known: "UYU", digits: 2)
    /// Paraguayan guaraní (no minor unit).
    public static let pyg = Currency(known: "PYG", digits: 0)
    /// Bolivian boliviano.
    public static let bob = Currency(known: "BOB", digits: 2)
    /// Japanese yen (no minor unit).
    public static let jpy = Currency(known: "JPY", digits: 0)
    /// Pound sterling.
    public static let gbp = Currency(known: "GBP", digits: 2)
    /// Bahraini dinar (three decimals).
    public static let bhd = Currency(known: "BHD", digits: 3)
    /// Jordanian dinar (three decimals).
    public static let jod = Currency(known: "JOD", digits: 3)
    /// Chilean unidad de fomento (four decimals), used for indexed contracts.
    public static let clf = Currency(known: "CLF", digits: 4)

    /// The built-in ISO 4217 table, by code.
    public static let known: [String: Currency] = {
        let all: [Currency] = [
            .ars, .usd, .mxn, .clp, .kwd, .eur, .brl, .cop, .pen, .uyu, .pyg, .bob, .jpy, .gbp, .bhd, .jod, .clf,
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
    }()
}

extension Currency: CustomStringConvertible {
    /// The ISO code.
    public var description: String { code }
}

extension Currency: Codable {
    /// Decodes a currency from its bare ISO code; an unknown code is a `DecodingError` naming it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        do {
            self = try Currency(code: code)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Unknown ISO 4217 currency code '\(code)'")
        }
    }

    /// Encodes the bare ISO code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
