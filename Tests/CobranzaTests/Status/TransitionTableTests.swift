import Cobranza
import CobranzaTesting
import Testing

/// The transition table, written out by hand. Columns are the statuses in this order:
/// normal, promised, payment_reported, disputed, in_clarification, paying, negotiating, payment_plan,
/// refused_to_pay, legal, uncollectible, paid, cancelled. A `.` is allowed; a letter is the reason a forbidden
/// transition gives: c closed, a already in status, d dispute open, g dispute not downgraded, n no dispute,
/// p replaced by payment plan, l in legal proceedings, m no promise, o no payment plan, r no reported payment.
private let table: [(CollectionEventKind, String)] = [
    (.promise, "...dd..p.lccc"),
    (.reportPayment, "...dd..p.lccc"),
    (.openDispute, ".......p.lccc"),
    (.requestClarification, "...g...p.lccc"),
    (.resolveDispute, "nnn..nnnnnccc"),
    (.negotiate, "...dd.ap.lccc"),
    (.startPaying, "...dda.p.lccc"),
    (.agreePaymentPlan, "...dd..a..ccc"),
    (.refuseToPay, "...dd..palccc"),
    (.sendToLegal, "...dd..p.accc"),
    (.writeOff, ".......p..ccc"),
    (.payInFull, "..........ccc"),
    (.cancel, "..........ccc"),
    (.breakPromise, "m.mmmmmmmmccc"),
    (.keepPromise, "m.mmmmmmmmccc"),
    (.defaultPlan, "ooooooo.ooccc"),
    (.resume, "a..dd..p..ccc"),
    (.contact, "..........ccc"),
    (.flagUncredited, "rr.rrrrrrrccc"),
]

private let columns: [CollectionStatusKind] = [
    .normal, .promised, .paymentReported, .disputed, .inClarification, .paying, .negotiating, .paymentPlan,
    .refusedToPay, .legal, .uncollectible, .paid, .cancelled,
]

private let reasons: [Character: TransitionError.Reason] = [
    "c": .closed, "a": .alreadyInStatus, "d": .disputeOpen, "g": .disputeNotDowngraded, "n": .noDispute,
    "p": .replacedByPaymentPlan, "l": .inLegalProceedings, "m": .noPromise, "o": .noPaymentPlan,
    "r": .noReportedPayment,
]

/// Where each allowed event leads, by hand (`nil`: the status does not change).
private let targets: [CollectionEventKind: CollectionStatusKind?] = [
    .promise: .promised, .reportPayment: .paymentReported, .openDispute: .disputed,
    .requestClarification: .inClarification, .resolveDispute: .normal, .negotiate: .negotiating,
    .startPaying: .paying, .agreePaymentPlan: .paymentPlan, .refuseToPay: .refusedToPay, .sendToLegal: .legal,
    .writeOff: .uncollectible, .payInFull: .paid, .cancel: .cancelled, .breakPromise: .normal,
    .keepPromise: .normal, .defaultPlan: .normal, .resume: .normal, .contact: nil, .flagUncredited: nil,
]

/// A status of each kind, with data.
private func sample(_ kind: CollectionStatusKind) -> CollectionStatus {
    let dispute = Dispute(departmentID: Department.salesID, reason: "precio", openedOn: Fixtures.day(-3))
    switch kind {
    case .normal: return .normal
    case .promised: return .promised(PaymentPromise(date: Fixtures.day(4)))
    case .paymentReported: return .paymentReported(on: Fixtures.day(-1))
    case .disputed: return .disputed(dispute)
    case .inClarification: return .inClarification(dispute)
    case .paying: return .paying
    case .negotiating: return .negotiating
    case .paymentPlan: return .paymentPlan(agreementID: "CV-1")
    case .refusedToPay: return .refusedToPay
    case .legal: return .legal
    case .uncollectible: return .uncollectible
    case .paid: return .paid
    case .cancelled: return .cancelled
    }
}

/// An event of each kind, with data.
private func sample(_ kind: CollectionEventKind) -> CollectionEvent {
    let dispute = Dispute(departmentID: Department.billingID, reason: "no recibida", openedOn: Fixtures.day(0))
    switch kind {
    case .promise: return .promise(PaymentPromise(date: Fixtures.day(9), amount: StatusWorld.ars(5_000)))
    case .reportPayment: return .reportPayment(on: Fixtures.day(-2))
    case .openDispute: return .openDispute(dispute)
    case .requestClarification: return .requestClarification(dispute)
    case .resolveDispute: return .resolveDispute
    case .negotiate: return .negotiate
    case .startPaying: return .startPaying
    case .agreePaymentPlan: return .agreePaymentPlan(agreementID: "CV-9")
    case .refuseToPay: return .refuseToPay
    case .sendToLegal: return .sendToLegal
    case .writeOff: return .writeOff
    case .payInFull: return .payInFull
    case .cancel: return .cancel
    case .breakPromise: return .breakPromise
    case .keepPromise: return .keepPromise
    case .defaultPlan: return .defaultPlan
    case .resume: return .resume
    case .contact: return .contact
    case .flagUncredited: return .flagUncredited
    }
}

struct TransitionPair: Sendable, CustomTestStringConvertible {
    var event: CollectionEventKind
    var from: CollectionStatusKind
    var expected: Character
    var testDescription: String { "\(event.rawValue) from \(from.rawValue)" }
}

private let allPairs: [TransitionPair] = table.flatMap { event, row in
    zip(columns, row).map { TransitionPair(event: event, from: $0, expected: $1) }
}

@Suite("Collection state machine")
struct TransitionTableTests {
    @Test("the hand-written table covers every event and every status")
    func tableIsComplete() {
        #expect(table.map(\.0) == CollectionEventKind.allCases)
        #expect(
            Set(columns) == Set(CollectionStatusKind.allCases) && columns.count == CollectionStatusKind.allCases.count)
        #expect(table.allSatisfy { $0.1.count == columns.count })
        #expect(allPairs.count == 19 * 13)
    }

    @Test(
        "every allowed transition leads where the table says, carrying the event's data",
        arguments: allPairs.filter { $0.expected == "." })
    func allowed(_ pair: TransitionPair) throws {
        let from = sample(pair.from)
        let event = sample(pair.event)
        #expect(CollectionStateMachine.isAllowed(pair.event, from: pair.from))
        let to = try CollectionStateMachine.transition(from: from, on: event)
        let expectedKind = (targets[pair.event] ?? nil) ?? pair.from
        #expect(to.kind == expectedKind)
        #expect(CollectionStateMachine.target(of: pair.event, from: pair.from) == expectedKind)
        switch event {
        case .promise(let promise): #expect(to == .promised(promise))
        case .reportPayment(let date): #expect(to == .paymentReported(on: date))
        case .openDispute(let dispute): #expect(to == .disputed(dispute))
        case .requestClarification(let dispute): #expect(to == .inClarification(dispute))
        case .agreePaymentPlan(let id): #expect(to == .paymentPlan(agreementID: id))
        case .contact, .flagUncredited: #expect(to == from)
        default: break
        }
    }

    @Test(
        "every forbidden transition is a typed error naming status, event and reason",
        arguments: allPairs.filter { $0.expected != "." })
    func forbidden(_ pair: TransitionPair) throws {
        #expect(!CollectionStateMachine.isAllowed(pair.event, from: pair.from))
        #expect(CollectionStateMachine.target(of: pair.event, from: pair.from) == nil)
        let expected = TransitionError(from: pair.from, event: pair.event, reason: try #require(reasons[pair.expected]))
        #expect(throws: expected) {
            try CollectionStateMachine.transition(from: sample(pair.from), on: sample(pair.event))
        }
    }

    @Test("closed statuses are terminal and the allowed-event list matches the table")
    func allowedEvents() {
        for status in CollectionStatusKind.allCases where status.isClosed {
            #expect(CollectionStateMachine.allowedEvents(from: status).isEmpty)
        }
        #expect(
            CollectionStateMachine.allowedEvents(from: .paymentPlan) == [.payInFull, .cancel, .defaultPlan, .contact])
        #expect(
            CollectionStateMachine.allowedEvents(from: .legal) == [
                .agreePaymentPlan, .writeOff, .payInFull, .cancel, .resume, .contact,
            ])
    }

    @Test("the error reads as a sentence")
    func description() {
        let error = TransitionError(from: .paid, event: .negotiate, reason: .closed)
        #expect(error.description == "Event 'negotiate' is not allowed in status 'paid': the invoice is closed")
    }
}
