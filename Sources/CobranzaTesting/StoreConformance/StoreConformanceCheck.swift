/// One rule of the storage contract that ``StoreConformanceSuite`` checks. Run each as its own test
/// (`@Test(arguments: StoreConformanceCheck.allCases)`) so a failure names the rule.
public enum StoreConformanceCheck: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Every kind of record reads back equal to what was written, custom fields and all.
    case roundTripsEveryRecord
    /// Upserts replace by id; nothing is duplicated.
    case upsertReplacesByID
    /// A commit with one bad write (a duplicate payment) writes nothing at all.
    case failedCommitWritesNothing
    /// Activity and payment ids are unique, in the store and within one change set.
    case appendOnlyRecordsAreUnique
    /// References must exist: invoice, payment, activity and task → customer; customer → collector;
    /// allocation → invoice.
    case referencesMustExist
    /// Inconsistent records (balance in another currency, negative balance, over-allocated payment) are refused.
    case inconsistentRecordsAreRefused
    /// A conditional invoice update fails when the invoice changed since it was read.
    case conditionalUpdatesDetectChanges
    /// Outbox keys are unique; a second enqueue is skipped and reported.
    case outboxKeysAreUnique
    /// Concurrent claims never hand one entry to two workers, and take the oldest first.
    case outboxClaimsAreExclusive
    /// A lapsed lease lets another worker take the entry; retries wait for their date.
    case outboxLeasesAndRetriesAreHonoured
    /// Only the worker holding the claim may record a result.
    case outboxUpdatesRequireTheClaim
    /// Invoice pages are ordered by (customer, id) and together hold every invoice exactly once.
    case invoicePagesAreOrderedAndComplete
    /// Invoice queries select exactly what `InvoiceQuery.matches(_:)` selects.
    case invoiceQueriesFilter
    /// Customer pages are ordered by id; batch reads omit missing ids.
    case customerReadsAreOrdered
    /// The activity log keeps commit order with growing positions, and filters by customer, kind and time.
    case activityLogKeepsOrder
    /// Payment and task queries filter and order as documented.
    case paymentAndTaskQueries
    /// Concurrent conditional updates of one invoice lose no update.
    case concurrentUpdatesLoseNothing
    /// The alert cursor is stored in the same unit of work as its digests, only over the cursor expected, and
    /// a failed commit leaves both unwritten.
    case alertCursorIsStoredWithItsDigests

    /// The check's name.
    public var description: String { rawValue }
}
