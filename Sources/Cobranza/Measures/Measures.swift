import Foundation

/// Computes the collection measures of a portfolio — aging, DSO (standard and countback), best possible DSO,
/// average days delinquent, collection effectiveness index, delinquency rate, days to collect, promise-kept
/// rate, cadence-step effectiveness, collector productivity, disputes by department — and each collector's
/// daily work queue, from the stored history.
///
/// Everything comes out of one run: the payments are grouped by customer once, the activity log is read
/// once in time order, the invoices once, the tasks once. Balances at past dates are reconstructed from the
/// invoices and the dated payment allocations, never read from today's balances, so any period can be
/// measured after the fact. `Documentation/Measures.md` defines every measure.
///
/// ```swift
/// let request = MeasuresRequest(asOf: clock.today, period: .month(containing: clock.today.adding(months: -1)))
/// let report = try Measures.report(input, request: request, timeZone: clock.timeZone)
/// report.receivables.first?.daysSalesOutstanding   // days, or nil without credit sales
/// report.workQueue(for: "ana")?.entries.first       // whom Ana calls first today
/// ```
public enum Measures {
    /// Computes every measure for a request.
    ///
    /// - Complexity: O(*i* + *p* + *a* log *a* + *t*) for *i* invoices, *p* allocations, *a* activities
    ///   (the sort only when the log is out of time order) and *t* tasks.
    /// - Parameters:
    ///   - input: The stored history.
    ///   - request: What to measure.
    ///   - timeZone: The company's time zone, which decides the day of each activity.
    ///   - calendar: The business days, for contacts per business day.
    /// - Returns: The report.
    /// - Throws: ``MeasuresError``: an invalid request, an allocation in another currency than its invoice,
    ///   or a total too large for 64-bit minor units.
    public static func report(
        _ input: MeasuresInput, request: MeasuresRequest, timeZone: TimeZone,
        calendar: any BusinessCalendar = WorkweekCalendar.mondayToFriday
    ) throws(MeasuresError) -> MeasuresReport {
        do {
            try request.validate()
        } catch {
            throw .invalidRequest(error)
        }
        var computation = try run(input, request: request, timeZone: timeZone, calendar: calendar, reassigning: [:])
        // A payment applied to another customer's invoice (never done by PaymentApplication, possible in
        // imported data) is found on the first run; the second run files it under the invoice's customer.
        let misplaced = computation.misplacedAllocations(input.invoices)
        if !misplaced.isEmpty {
            computation = try run(
                input, request: request, timeZone: timeZone, calendar: calendar, reassigning: misplaced)
        }
        return try computation.report()
    }

    private static func run(
        _ input: MeasuresInput, request: MeasuresRequest, timeZone: TimeZone, calendar: any BusinessCalendar,
        reassigning misplaced: [InvoiceID: CustomerID]
    ) throws(MeasuresError) -> MeasuresComputation {
        var computation = MeasuresComputation(request: request, input: input, timeZone: timeZone, calendar: calendar)
        computation.reassignedInvoices = misplaced
        computation.index(input)
        computation.groupPayments()
        computation.readActivities()
        try computation.readInvoices(input.invoices)
        computation.readTasks(input.tasks)
        return computation
    }
}
