/// The month index (year × 12 + month − 1) of a date by a look-up in the first days of the months before a
/// given month, instead of converting the day count to a calendar date for every invoice.
struct MonthTable {
    /// The month index of `starts[0]`.
    private let firstMonth: Int
    /// The day number of the first day of each month from ``firstMonth`` on, and of the month after the last.
    private let starts: [Int]

    /// A table of the `count` months ending with the month of `last`.
    ///
    /// - Parameters:
    ///   - last: A day of the last month in the table.
    ///   - count: How many months, at least 1.
    init(endingWith last: CivilDate, count: Int) {
        let (year, month, day) = last.components
        let lastMonth = year * 12 + month - 1
        let months = Swift.max(1, Swift.min(count, lastMonth + 1))
        var starts = [Int](repeating: 0, count: months + 1)
        starts[months - 1] = last.daysSinceEpoch - (day - 1)
        starts[months] = starts[months - 1] + CivilDate.daysInMonth(year: year, month: month)
        var index = months - 1
        while index > 0 {
            let previous = lastMonth - (months - index)
            starts[index - 1] = starts[index] - CivilDate.daysInMonth(year: previous / 12, month: previous % 12 + 1)
            index -= 1
        }
        self.firstMonth = lastMonth - months + 1
        self.starts = starts
    }

    /// The month index of a date: year × 12 + month − 1.
    ///
    /// - Parameter date: Any date; outside the table it is computed from the calendar date.
    /// - Returns: The month index.
    func monthIndex(_ date: CivilDate) -> Int {
        let day = date.daysSinceEpoch
        guard let first = starts.first, let end = starts.last, day >= first, day < end else {
            let (year, month, _) = date.components
            return year * 12 + month - 1
        }
        // No month is longer than 31 days, so this never overshoots.
        var offset = (day - first) / 31
        while starts[offset + 1] <= day { offset += 1 }
        return firstMonth + offset
    }
}
