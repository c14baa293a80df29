import Cobranza
import Testing

@Suite("Civil dates")
struct CivilDateTests {
    @Test("the epoch is 1970-01-01, a Thursday")
    func epoch() throws {
        let epoch = CivilDate(daysSinceEpoch: 0)
        #expect(epoch.description == "1970-01-01")
        #expect(epoch.weekday == .thursday)
        #expect(try CivilDate(year: 1970, month: 1, day: 1) == epoch)
    }

    @Test("ISO and day-first text parse to the same date and format back")
    func parsing() throws {
        let iso = try CivilDate(iso: "2024-02-29")
        let dayFirst = try CivilDate(parsing: "29/02/2024", format: .dayMonthYear)
        #expect(iso == dayFirst)
        #expect(iso.formatted(.dayMonthYear) == "29/02/2024")
    }

    @Test("a day that does not exist is an error naming it", arguments: ["2023-02-29", "2024-13-01", "2024-04-31"])
    func invalidDay(text: String) {
        #expect(throws: CivilDateError.self) { try CivilDate(iso: text) }
    }
}
