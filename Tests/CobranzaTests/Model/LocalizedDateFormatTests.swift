import Cobranza
import Testing

@Suite("Formatting dates for people")
struct LocalizedDateFormatTests {
    @Test(
        "each locale writes the short and long forms by its rule",
        arguments: [
            ("es-AR", "15/03/2024", "15 de marzo de 2024"),
            ("es_MX", "15/03/2024", "15 de marzo de 2024"),
            ("es-CL", "15-03-2024", "15 de marzo de 2024"),
            ("es-ES", "15/03/2024", "15 de marzo de 2024"),
            ("es-419", "15/03/2024", "15 de marzo de 2024"),
            ("en-US", "03/15/2024", "March 15, 2024"),
            ("en-GB", "15/03/2024", "15 March 2024"),
            ("pt-BR", "03/15/2024", "March 15, 2024"),
        ])
    func locales(locale: String, short: String, long: String) throws {
        let date = try CivilDate(iso: "2024-03-15")
        let format = LocalizedDateFormat(localeIdentifier: locale)
        #expect(date.formatted(format, style: .short) == short)
        #expect(date.formatted(format, style: .long) == long)
    }

    @Test("single-digit days and months: zero-padded when short, bare when long")
    func padding() throws {
        let date = try CivilDate(iso: "2024-02-09")
        #expect(date.formatted(.esAR, style: .short) == "09/02/2024")
        #expect(date.formatted(.esAR, style: .long) == "9 de febrero de 2024")
        #expect(date.formatted(.enUS, style: .long) == "February 9, 2024")
        #expect(try CivilDate(iso: "2024-02-29").formatted(.esCL, style: .short) == "29-02-2024")
        #expect(try CivilDate(iso: "2024-12-31").formatted(.enGB, style: .long) == "31 December 2024")
    }

    @Test("a custom format: year first, and a month without a name falls back to its number")
    func custom() throws {
        let format = LocalizedDateFormat(
            numericOrder: .yearMonthDay, numericSeparator: ".", longPattern: .dayMonthYear, monthNames: ["jan"])
        let date = try CivilDate(iso: "2024-03-05")
        #expect(date.formatted(format, style: .short) == "2024.03.05")
        #expect(date.formatted(format, style: .long) == "5 3 2024")
    }
}
