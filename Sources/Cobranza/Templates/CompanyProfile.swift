import Foundation

/// The company that collects, as its messages present it: name, phone, payment instructions.
///
/// Configured once by the integrator (usually from JSON) and passed to every ``MessageContext``.
///
/// ```json
/// {"name": "Distribuidora Sur SA", "phone": "+54 11 4000-1234", "email": "cobranzas@distsur.com.ar",
///  "city": "Buenos Aires", "defaultLocale": "es-AR",
///  "paymentInstructions": "Transferencia a Banco Nación\nCBU 0110599520000001234567\nAlias DISTSUR.COBRANZAS"}
/// ```
public struct CompanyProfile: Sendable, Hashable, Codable {
    /// The name customers know the company by.
    public var name: String
    /// How to pay: bank account, alias, payment link, cash desk hours. Line breaks are kept (and become
    /// `<br>` in HTML).
    public var paymentInstructions: String
    /// Payment instructions in other languages, by language (`"en"`) or locale (`"en-US"`), for customers
    /// written to in another language.
    public var localizedPaymentInstructions: [String: String]
    /// The collections phone number, used when the collector has none.
    public var phone: String
    /// The collections email address.
    public var email: String?
    /// The company's website or payment portal.
    public var website: String?
    /// The company's postal address, printed on letters.
    public var postalAddress: String?
    /// The city letters are dated in ("Buenos Aires, 15 de marzo de 2024").
    public var city: String?
    /// The locale for contacts without one, such as `"es-AR"`.
    public var defaultLocale: String
    /// Who signs when a customer has no collector, such as `"Equipo de Cobranzas"`; `nil` signs
    /// "Cobranzas" in Spanish and "Collections" in English.
    public var collectionsTeam: String?

    /// Creates a profile.
    ///
    /// - Parameters:
    ///   - name: The company's name.
    ///   - paymentInstructions: How to pay.
    ///   - localizedPaymentInstructions: How to pay, in other languages.
    ///   - phone: The collections phone number.
    ///   - email: The collections email address.
    ///   - website: The website or payment portal.
    ///   - postalAddress: The postal address for letters.
    ///   - city: The city letters are dated in.
    ///   - defaultLocale: The locale for contacts without one.
    ///   - collectionsTeam: Who signs when a customer has no collector.
    public init(
        name: String, paymentInstructions: String, localizedPaymentInstructions: [String: String] = [:],
        phone: String, email: String? = nil, website: String? = nil, postalAddress: String? = nil,
        city: String? = nil, defaultLocale: String = "es-AR", collectionsTeam: String? = nil
    ) {
        self.name = name
        self.paymentInstructions = paymentInstructions
        self.localizedPaymentInstructions = localizedPaymentInstructions
        self.phone = phone
        self.email = email
        self.website = website
        self.postalAddress = postalAddress
        self.city = city
        self.defaultLocale = defaultLocale
        self.collectionsTeam = collectionsTeam
    }

    /// The payment instructions for a locale: its exact entry, then its language's, then the default.
    ///
    /// - Parameter locale: A locale such as `"en-US"`.
    /// - Returns: The instructions.
    public func paymentInstructions(forLocale locale: String) -> String {
        guard !localizedPaymentInstructions.isEmpty else { return paymentInstructions }
        let localized = LocaleTag.first(for: locale, fallback: nil) { candidate in
            localizedPaymentInstructions.first { LocaleTag.normalized($0.key) == candidate }?.value
        }
        return localized ?? paymentInstructions
    }

    /// Checks that the profile can sign a message.
    ///
    /// - Throws: ``PolicyError/missingValue(field:)`` naming `company.name`, `company.phone` or
    ///   `company.paymentInstructions` when empty.
    public func validate() throws(PolicyError) {
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingValue(field: "company.name") }
        if phone.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .missingValue(field: "company.phone") }
        if paymentInstructions.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .missingValue(field: "company.paymentInstructions")
        }
    }
}

extension CompanyProfile {
    private enum CodingKeys: String, CodingKey {
        case name, paymentInstructions, localizedPaymentInstructions, phone, email, website, postalAddress, city
        case defaultLocale, collectionsTeam
    }

    /// Decodes a profile; `localizedPaymentInstructions` and `defaultLocale` may be left out (no translations,
    /// `es-AR`).
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for malformed JSON or a missing name, phone or payment instructions.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            paymentInstructions: try container.decode(String.self, forKey: .paymentInstructions),
            localizedPaymentInstructions: try container.decodeIfPresent(
                [String: String].self, forKey: .localizedPaymentInstructions) ?? [:],
            phone: try container.decode(String.self, forKey: .phone),
            email: try container.decodeIfPresent(String.self, forKey: .email),
            website: try container.decodeIfPresent(String.self, forKey: .website),
            postalAddress: try container.decodeIfPresent(String.self, forKey: .postalAddress),
            city: try container.decodeIfPresent(String.self, forKey: .city),
            defaultLocale: try container.decodeIfPresent(String.self, forKey: .defaultLocale) ?? "es-AR",
            collectionsTeam: try container.decodeIfPresent(String.self, forKey: .collectionsTeam))
    }
}
