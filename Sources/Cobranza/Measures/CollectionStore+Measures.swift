import Foundation

extension CollectionStore {
    /// Reads the whole history — customers, collectors, departments, invoices, payments, the activity log and
    /// the open tasks — as the input of ``Measures/report(_:request:timeZone:calendar:)``.
    ///
    /// - Returns: The input.
    /// - Throws: ``StoreError``.
    public func measuresInput() async throws -> MeasuresInput {
        MeasuresInput(
            customers: try await allCustomers(), collectors: try await collectors(),
            departments: try await departments(), invoices: try await invoices(matching: .all),
            payments: try await payments(matching: .all),
            activities: try await activities(matching: .all).map(\.activity),
            tasks: try await tasks(matching: TaskQuery(openOnly: true)))
    }

    /// Reads the history and computes every measure for a request.
    ///
    /// ```swift
    /// let report = try await store.measures(
    ///     MeasuresRequest(asOf: clock.today, period: .days(30, endingOn: clock.today)), timeZone: clock.timeZone)
    /// ```
    ///
    /// - Parameters:
    ///   - request: What to measure.
    ///   - timeZone: The company's time zone.
    ///   - calendar: The business days.
    /// - Returns: The report.
    /// - Throws: ``StoreError`` from the store, ``MeasuresError`` from the computation.
    public func measures(
        _ request: MeasuresRequest, timeZone: TimeZone, calendar: any BusinessCalendar = WorkweekCalendar.mondayToFriday
    ) async throws -> MeasuresReport {
        try Measures.report(try await measuresInput(), request: request, timeZone: timeZone, calendar: calendar)
    }
}
