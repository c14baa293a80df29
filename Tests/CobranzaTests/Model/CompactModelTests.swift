import Cobranza
import Foundation
import Testing

/// The packed ``Currency`` and the boxed status payloads (issue #11, memory) behave as the plain fields did.
@Suite("Compact model: packed currency, boxed status payloads")
struct CompactModelTests {
    static let known: [Currency] = Currency.known.values.sorted { $0.code < $1.code }

    @Test("every known currency gives back its code and digits, and is found again by its code")
    func knownCurrenciesRoundTrip() throws {
        #expect(Self.known.count == 17)
        for currency in Self.known {
            #expect(currency.code.utf8.count == 3)
            #expect(try Currency(code: currency.code) == currency)
            #expect(try Currency(code: currency.code.lowercased()) == currency)
        }
        #expect(Currency.ars.code == "ARS" && Currency.ars.minorUnitDigits == 2)
        #expect(Currency.clp.code == "CLP" && Currency.clp.minorUnitDigits == 0)
        #expect(Currency.kwd.code == "KWD" && Currency.kwd.minorUnitDigits == 3)
        #expect(Currency.clf.code == "CLF" && Currency.clf.minorUnitDigits == 4)
    }

    @Test("a currency outside the table keeps its code and digits; the same code with other digits differs")
    func customCurrency() throws {
        let xts = try Currency(code: "XTS", minorUnitDigits: 4)
        #expect(xts.code == "XTS")
        #expect(xts.minorUnitDigits == 4)
        #expect(xts.minorUnitsPerMajor == 10_000)
        let ars0 = try Currency(code: "ARS", minorUnitDigits: 0)
        #expect(ars0 != .ars)
        #expect(Set([ars0, .ars, try Currency(code: "ARS")]).count == 2)
        #expect(throws: MoneyError.self) { try Currency(code: "AR", minorUnitDigits: 2) }
        #expect(throws: MoneyError.self) { try Currency(code: "ars", minorUnitDigits: 2) }
        #expect(throws: MoneyError.self) { try Currency(code: "ARS", minorUnitDigits: 5) }
    }

    @Test("currencies order as their codes do")
    func ordering() throws {
        let all =
            Self.known + [try Currency(code: "AAA", minorUnitDigits: 0), try Currency(code: "ZZZ", minorUnitDigits: 4)]
        for lhs in all {
            for rhs in all {
                #expect((lhs < rhs) == (lhs.code < rhs.code), "\(lhs) < \(rhs)")
            }
        }
    }

    @Test("currency and money still encode as before")
    func coding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let money = Money(minorUnits: 150_000, currency: .kwd)
        #expect(
            String(decoding: try encoder.encode(money), as: UTF8.self) == #"{"currency":"KWD","minorUnits":150000}"#)
        #expect(try JSONDecoder().decode(Money.self, from: try encoder.encode(money)) == money)
    }

    @Test("statuses with boxed data compare, hash and switch by their data")
    func boxedStatuses() {
        let day = CivilDate(daysSinceEpoch: 20_000)
        let dispute = Dispute(departmentID: "billing", reason: "precio", openedOn: day)
        let statuses: [CollectionStatus] = [
            .normal, .promised(PaymentPromise(date: day)),
            .promised(PaymentPromise(date: day, amount: Money(minorUnits: 5, currency: .ars))),
            .paymentReported(on: day), .disputed(dispute), .inClarification(dispute),
            .paymentPlan(agreementID: "AG-1"), .paymentPlan(agreementID: "AG-2"), .paid,
        ]
        #expect(Set(statuses).count == statuses.count)
        #expect(
            CollectionStatus.disputed(dispute)
                == .disputed(Dispute(departmentID: "billing", reason: "precio", openedOn: day)))
        #expect(CollectionStatus.disputed(dispute) != .inClarification(dispute))
        guard case .disputed(let read) = statuses[4] else {
            Issue.record("not a dispute")
            return
        }
        #expect(read.reason == "precio")
        #expect(
            statuses.map(\.kind) == [
                .normal, .promised, .promised, .paymentReported, .disputed, .inClarification, .paymentPlan,
                .paymentPlan,
                .paid,
            ])
    }
}
