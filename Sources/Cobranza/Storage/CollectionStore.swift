/// Everything Cobranza keeps: customers, invoices, payments, the activity log, tasks and the outbox,
/// written through atomic units of work.
///
/// Integrators implement it on their database; Cobranza ships ``InMemoryCollectionStore`` (reference and
/// tests) and a SQLite store. Reads come from the focused protocols it refines, each batch- and
/// page-friendly; every write goes through ``commit(_:)``.
///
/// ## Implementation requirements
/// - ``commit(_:)`` applies a ``ChangeSet`` atomically: all of it, or — when it throws — none of it.
///   Validate everything the set's rules demand (unique keys, references, conditional updates, outbox
///   claims) before writing, or write inside a transaction that is rolled back.
/// - Conditions are checked before uniqueness and references: a set whose conditional update or outbox
///   claim no longer holds fails with ``StoreError/conflict(_:id:reason:)``, even if it also repeats a key.
///   (The outbox dispatcher relies on it to tell a lost claim from a bug.)
/// - Concurrent commits are serializable: a conditional update (``InvoiceChange/update(_:expected:)``)
///   that races another write to the same invoice fails with ``StoreError/conflict(_:id:reason:)``.
/// - Every conformer must pass the store conformance suite in `CobranzaTesting`
///   (`StoreConformanceSuite`), which checks these rules and the ordering of every read.
///
/// ## Conforming to the protocol
/// ```swift
/// @Test(arguments: StoreConformanceCheck.allCases)
/// func myStoreKeepsTheContract(_ check: StoreConformanceCheck) async throws {
///     let suite = StoreConformanceSuite { try await MyDatabaseStore(url: temporaryDatabaseURL()) }
///     try await suite.run(check)
/// }
/// ```
public protocol CollectionStore: CustomerStore, InvoiceStore, PaymentStore, ActivityLog, TaskStore, Outbox,
    AlertCursorStore
{
    /// Applies a unit of work atomically.
    ///
    /// - Parameter changes: Everything to write.
    /// - Returns: What was skipped and the positions given to appended activities.
    /// - Throws: ``StoreError``; nothing was written.
    @discardableResult
    func commit(_ changes: ChangeSet) async throws -> CommitResult
}
