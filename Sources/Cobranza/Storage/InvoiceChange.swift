/// A write of one invoice in a ``ChangeSet``.
public enum InvoiceChange: Sendable, Hashable {
    /// Insert, or replace whatever is stored under the same id (imports from the ERP).
    case upsert(Invoice)
    /// Replace the stored invoice only if it still equals `expected` — what the writer read. Otherwise the
    /// whole unit of work fails with ``StoreError/conflict(_:id:reason:)`` and the writer reads again.
    /// This is how two workers applying payments to one invoice never lose an update.
    case update(Invoice, expected: Invoice)

    /// The invoice written.
    public var invoice: Invoice {
        switch self {
        case .upsert(let invoice), .update(let invoice, _): return invoice
        }
    }
}
