import Foundation

/// Turns activity timestamps into civil dates in the company's time zone, asking the time zone for its
/// offset once per quarter hour of time rather than once per activity (offsets change on quarter-hour
/// boundaries), so a million activities cost a million dictionary lookups, not a million time-zone queries.
struct CivilDayConverter {
    let timeZone: TimeZone
    private var offsets: [Int: Int] = [:]
    /// The quarter hour converted last and its offset: a log in time order has runs in one quarter.
    private var lastQuarter = Int.min
    private var lastOffset = 0

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    mutating func day(of instant: Date) -> CivilDate {
        let seconds = instant.timeIntervalSince1970
        let quarter = Int((seconds / 900).rounded(.down))
        let offset: Int
        if quarter == lastQuarter {
            offset = lastOffset
        } else if let cached = offsets[quarter] {
            offset = cached
        } else {
            offset = timeZone.secondsFromGMT(for: instant)
            offsets[quarter] = offset
        }
        (lastQuarter, lastOffset) = (quarter, offset)
        return CivilDate(daysSinceEpoch: Int(((seconds + Double(offset)) / 86_400).rounded(.down)))
    }
}
