import Cobranza
import Foundation

/// Small, realistic records for tests: an Argentine customer base with pesos, built deterministically.
///
/// ```swift
/// let customer = Fixtures.customer("C-1")
/// let invoice = Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(10), amount: 100_000)
/// ```
public enum Fixtures {
    /// The first day fixtures use, 2024-03-01 (a Friday).
    public static let baseDate = CivilDate(daysSinceEpoch: 19_783)

    /// The instant fixtures use as "now": 2024-03-01 12:00 UTC.
    public static let baseInstant = Date(timeIntervalSince1970: 1_709_294_400)

    /// A date `offset` days after ``baseDate``.
    ///
    /// - Parameter offset: Days after 2024-03-01.
    /// - Returns: The date.
    public static func day(_ offset: Int) -> CivilDate { baseDate.adding(days: offset) }

    /// An instant `offset` seconds after ``baseInstant``.
    ///
    /// - Parameter offset: Seconds after the base instant.
    /// - Returns: The instant.
    public static func instant(_ offset: TimeInterval) -> Date { baseInstant.addingTimeInterval(offset) }

    /// A collector.
    ///
    /// - Parameter id: The identifier.
    /// - Returns: A collector with a name, email and phone.
    public static func collector(_ id: CollectorID = "ana") -> Collector {
        Collector(id: id, name: "Ana \(id)", email: "\(id)@cobranza.example", phone: "+54 11 5555-0000")
    }

    /// A customer with a billing and an escalation contact.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - collector: The assigned collector, which must exist in the store.
    /// - Returns: A customer.
    public static func customer(_ id: CustomerID, collector: CollectorID? = nil) -> Customer {
        Customer(
            id: id, name: "Cliente \(id) SRL", taxID: "30-\(id)",
            contacts: [
                Contact(name: "Laura Gómez", role: .billing, email: "pagos@\(id).example", locale: "es-AR"),
                Contact(name: "Jorge Pérez", role: .escalation, email: "gerencia@\(id).example", locale: "es-AR"),
            ],
            collectorID: collector, creditLimit: Money(minorUnits: 10_000_000, currency: .ars),
            customerSince: day(-720), customFields: ["segment": "retail"])
    }

    /// An invoice in pesos, issued 30 days before it is due.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - customer: The customer.
    ///   - due: The due date.
    ///   - amount: The amount in centavos.
    ///   - balance: The balance in centavos; `nil` for the full amount.
    ///   - currency: The currency.
    /// - Returns: An invoice.
    public static func invoice(
        _ id: InvoiceID, customer: CustomerID, due: CivilDate = baseDate, amount: Int64 = 100_000,
        balance: Int64? = nil, currency: Currency = .ars
    ) -> Invoice {
        Invoice(
            id: id, number: "A-0001-\(id)", customerID: customer, issueDate: due.adding(days: -30), dueDate: due,
            amount: Money(minorUnits: amount, currency: currency),
            balance: Money(minorUnits: balance ?? amount, currency: currency), customFields: ["po": "OC-\(id)"])
    }

    /// A note activity.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - customer: The customer.
    ///   - offset: Seconds after ``baseInstant``.
    ///   - kind: The kind.
    /// - Returns: An activity.
    public static func activity(
        _ id: ActivityID, customer: CustomerID, at offset: TimeInterval = 0, kind: ActivityKind = .note
    ) -> Activity {
        Activity(
            id: id, timestamp: instant(offset), performedBy: .collector("ana"), customerID: customer,
            invoiceIDs: ["FA-1"], kind: kind, channel: .phoneCall,
            overdueBalances: [Money(minorUnits: 5_000, currency: .ars)], daysLate: 12, portfolioStage: .administrative,
            previousStatus: .normal, newStatus: .normal, nextActionDate: day(3),
            amount: Money(minorUnits: 5_000, currency: .ars), comment: "Llamado; pide reenviar la factura")
    }

    /// A reminder email to a customer.
    ///
    /// - Parameter customer: The customer.
    /// - Returns: A message.
    public static func message(to customer: CustomerID) -> OutgoingMessage {
        OutgoingMessage(
            recipient: .customer(customer), channel: .email, to: ["pagos@\(customer).example"],
            subject: "Recordatorio de pago", body: "Estimada Laura: …", htmlBody: "<p>Estimada Laura: …</p>",
            invoiceIDs: ["FA-1"], purpose: "friendly", locale: "es-AR")
    }

    /// An outbox entry with a message to a customer.
    ///
    /// - Parameters:
    ///   - key: The idempotency key.
    ///   - customer: The customer.
    ///   - offset: Seconds after ``baseInstant``.
    /// - Returns: A pending entry.
    public static func outboxEntry(_ key: IdempotencyKey, customer: CustomerID, at offset: TimeInterval = 0)
        -> OutboxEntry
    {
        OutboxEntry(key: key, message: message(to: customer), createdAt: instant(offset))
    }

    /// A call task for a collector.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - customer: The customer.
    ///   - due: The due date.
    ///   - collector: The assignee.
    /// - Returns: An open task.
    public static func task(_ id: TaskID, customer: CustomerID, due: CivilDate, collector: CollectorID = "ana")
        -> FollowUpTask
    {
        FollowUpTask(
            id: id, customerID: customer, invoiceIDs: ["FA-1"], assignee: .collector(collector), dueDate: due,
            kind: .call, reason: "Llamar para confirmar fecha de pago", createdAt: baseInstant)
    }
}
