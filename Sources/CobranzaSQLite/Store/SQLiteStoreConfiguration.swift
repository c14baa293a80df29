/// How a ``SQLiteCollectionStore`` opens and uses its database file.
///
/// ```swift
/// var configuration = SQLiteStoreConfiguration()
/// configuration.busyTimeoutSeconds = 10  // several worker processes share the file
/// let store = try SQLiteCollectionStore(path: "/var/lib/cobranza/cobranza.sqlite", configuration: configuration)
/// ```
public struct SQLiteStoreConfiguration: Sendable {
    /// How committed transactions reach the disk (`PRAGMA synchronous`).
    public enum Durability: String, Sendable, Hashable, CaseIterable {
        /// `FULL`: a committed unit of work survives a process crash and a power loss or operating-system
        /// crash; every commit waits for the disk (an `fsync` of the WAL).
        case full = "FULL"
        /// `NORMAL`, the default: a committed unit of work survives a crash or kill of the process (the WAL
        /// is in the operating system's cache and is replayed on the next open); a power loss or operating-
        /// system crash may roll back the last commits, never corrupt the file. The WAL is synced at
        /// checkpoints only, so small commits (outbox claims and deliveries) cost no `fsync` each.
        case normal = "NORMAL"
    }

    /// How long a call waits for another process's write lock before giving up on one attempt, in seconds.
    public var busyTimeoutSeconds: Double
    /// How many more times a unit of work is retried, from the start, when the database stayed busy for a
    /// whole timeout; after that the call fails with ``Cobranza/StoreError/unavailable(reason:)``.
    public var busyRetries: Int
    /// How committed transactions reach the disk: ``Durability/normal`` unless set; choose
    /// ``Durability/full`` when a power loss must not lose the last units of work.
    public var durability: Durability
    /// Rows per multi-row `INSERT` in bulk writes (capped so no statement binds more than 999 values).
    public var batchSize: Int
    /// The most memory the connection's page cache may use, in KiB (`PRAGMA cache_size`). Taken as pages
    /// are used; a cache that holds the indexes being written keeps a large import off the disk until
    /// commit.
    public var cacheSizeKiB: Int
    /// How many pages the write-ahead log grows to before a commit copies them into the database file
    /// (`PRAGMA wal_autocheckpoint`; a page is 4 KiB). With ``Durability/normal`` each such checkpoint waits
    /// for two `fsync`s, so a larger log makes a day of small commits (claims and deliveries) wait less often,
    /// and copies a page changed many times once; the log file keeps its largest size on disk, and a crash
    /// leaves more of it to replay on the next open. SQLite's own default is 1 000 pages.
    public var checkpointPages: Int

    /// Called on the store's queue, inside the open transaction, after each batch of rows a unit of work
    /// writes, with the number of rows written so far. For crash tests only.
    @_spi(Testing) public var rowsWritten: (@Sendable (Int) -> Void)?

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - busyTimeoutSeconds: The wait for another process's lock per attempt.
    ///   - busyRetries: Retries of a unit of work after a busy timeout.
    ///   - durability: How commits reach the disk.
    ///   - batchSize: Rows per multi-row insert in bulk writes.
    ///   - cacheSizeKiB: The page cache's limit in KiB.
    ///   - checkpointPages: The write-ahead log's size, in pages, that starts a checkpoint.
    public init(
        busyTimeoutSeconds: Double = 5, busyRetries: Int = 3, durability: Durability = .normal, batchSize: Int = 64,
        cacheSizeKiB: Int = 65_536, checkpointPages: Int = 16_384
    ) {
        self.busyTimeoutSeconds = busyTimeoutSeconds
        self.busyRetries = busyRetries
        self.durability = durability
        self.batchSize = batchSize
        self.cacheSizeKiB = cacheSizeKiB
        self.checkpointPages = checkpointPages
    }
}
