/// What kind of receivable a document is.
public enum InvoiceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An invoice (factura).
    case invoice
    /// One installment of a payment plan or a loan (cuota).
    case installment
    /// A debit note that adds to what the customer owes (nota de débito).
    case debitNote = "debit_note"
    /// A credit note in the customer's favour (nota de crédito); never reminded, never paid.
    case creditNote = "credit_note"

    /// Whether the document is something the customer owes (everything except a credit note).
    public var isReceivable: Bool { self != .creditNote }
}
