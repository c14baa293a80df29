/// An async sequence of pages read from a store with keyset pagination: each page starts strictly after
/// the last element of the previous one, so no element is skipped or read twice even while the store
/// grows.
///
/// ```swift
/// for try await page in store.invoicePages(matching: .open, pageSize: 10_000) { … }
/// ```
public struct StorePages<Record: Sendable, Cursor: Sendable>: AsyncSequence, Sendable {
    /// Reads one page after a cursor.
    public typealias Fetch = @Sendable (_ cursor: Cursor?, _ limit: Int) async throws -> [Record]

    private let pageSize: Int
    private let cursorOf: @Sendable (Record) -> Cursor
    private let fetch: Fetch

    /// Creates a page sequence.
    ///
    /// - Parameters:
    ///   - pageSize: The page size; values below 1 read one element at a time.
    ///   - cursor: The cursor just after an element.
    ///   - fetch: Reads one page after a cursor.
    public init(pageSize: Int, cursor: @escaping @Sendable (Record) -> Cursor, fetch: @escaping Fetch) {
        self.pageSize = Swift.max(1, pageSize)
        self.cursorOf = cursor
        self.fetch = fetch
    }

    /// Reads every page and concatenates them.
    ///
    /// - Returns: All elements in order.
    /// - Throws: What the store throws.
    public func collect() async throws -> [Record] {
        // The pages are kept until the last one, then joined into one array of exactly their total size, each
        // page released as soon as it is copied: growing one array page by page would double its capacity
        // again and again, copying what it held each time and holding up to twice what it needs.
        var pages: [[Record]] = []
        var total = 0
        for try await page in self {
            pages.append(page)
            total += page.count
        }
        guard pages.count > 1 else { return pages.first ?? [] }
        var all: [Record] = []
        all.reserveCapacity(total)
        for index in pages.indices {
            all += pages[index]
            pages[index] = []
        }
        return all
    }

    /// Starts reading.
    ///
    /// - Returns: An iterator over the pages.
    public func makeAsyncIterator() -> Iterator {
        Iterator(pageSize: pageSize, cursorOf: cursorOf, fetch: fetch)
    }

    /// Reads the pages one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        let pageSize: Int
        let cursorOf: @Sendable (Record) -> Cursor
        let fetch: Fetch
        var cursor: Cursor?
        var finished = false

        init(pageSize: Int, cursorOf: @escaping @Sendable (Record) -> Cursor, fetch: @escaping Fetch) {
            self.pageSize = pageSize
            self.cursorOf = cursorOf
            self.fetch = fetch
        }

        /// The next non-empty page, or `nil` after the last.
        ///
        /// - Returns: A page.
        /// - Throws: What the store throws.
        public mutating func next() async throws -> [Record]? {
            guard !finished else { return nil }
            let page = try await fetch(cursor, pageSize)
            if page.count < pageSize { finished = true }
            guard let last = page.last else { return nil }
            cursor = cursorOf(last)
            return page
        }
    }
}
