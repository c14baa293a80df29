import Cobranza
import Foundation

// Amounts are parsed in an explicit style; the currency fixes how many decimals are allowed.
let fromERP = try Money(parsing: "1.234,56", currency: .ars, style: .commaDecimal)
let fromCSV = try Money(parsing: "1234.56", currency: .ars, style: .plain)
let fromMexico = try Money(parsing: "1,234.56", currency: .mxn, style: .dotDecimal)
print(fromERP == fromCSV, fromERP.minorUnits, fromMexico.plainDecimalString)

// Text in the wrong style or currency is an error that names it, never a silent guess.
for (text, currency, style) in [("1.234,56", Currency.ars, AmountStyle.plain), ("10,50", .clp, .commaDecimal)] {
    do {
        _ = try Money(parsing: text, currency: currency, style: style)
    } catch {
        print(error)
    }
}

// Arithmetic stays within one currency.
let balance = try fromERP.subtracting(Money(minorUnits: 34_56, currency: .ars))
do {
    _ = try balance.adding(Money(minorUnits: 100, currency: .usd))
} catch {
    print(error)
}

// Formatting per locale is written by hand, so it is the same on every platform.
let amounts = [
    balance, Money(minorUnits: -99_50, currency: .usd), Money(minorUnits: 1_234_567, currency: .clp),
    Money(minorUnits: 1_234_567, currency: .kwd),
]
for locale in ["es-AR", "es-CL", "en-US", "es-ES"] {
    print(
        locale.padding(toLength: 6, withPad: " ", startingAt: 0),
        amounts.map { $0.formatted(locale: locale) }.joined(separator: " | "))
}

// Due dates are civil dates: a day count, with calendar arithmetic in integers.
let due = try CivilDate(parsing: "31/01/2026", format: .dayMonthYear)
print(due, due.weekday, due.adding(months: 1), due.adding(days: 30), try CivilDate(iso: "2028-02-10").endOfMonth)

// "Due today" is not overdue; the day after is one day late.
let invoice = Invoice(
    id: "FA-0001", number: "A-0001-00001234", customerID: "C-001", issueDate: due.adding(days: -30), dueDate: due,
    amount: fromERP)
for day in [due, due.adding(days: 1), due.adding(days: 7)] {
    print(day, invoice.isOverdue(asOf: day), invoice.daysLate(asOf: day))
}

// A clock turns an instant into today's date in the company's time zone, not the server's.
let buenosAires = TimeZone(secondsFromGMT: -3 * 3_600) ?? .gmt
let clock = ManualClock(today: due, hour: 22, timeZone: buenosAires)
print(clock.today, CivilDate(instant: clock.now, in: .gmt))
clock.advance(days: 1)
print(clock.today)

// Business days come from a calendar you configure; holidays are data, not a library release.
let json = Data(#"{"name": "AR 2026 (excerpt)", "holidays": ["2026-02-16", "2026-02-17", "2026-03-24"]}"#.utf8)
let calendar = try JSONDecoder().decode(WorkweekCalendar.self, from: json)
let fridayBeforeCarnival = try CivilDate(iso: "2026-02-13")
print(
    calendar.nextBusinessDay(after: fridayBeforeCarnival),
    calendar.adding(businessDays: 5, to: fridayBeforeCarnival),
    calendar.businessDays(from: fridayBeforeCarnival, to: try CivilDate(iso: "2026-02-27")))
