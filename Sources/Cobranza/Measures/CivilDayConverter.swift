import Foundation

/// Turns activity timestamps into civil dates in the company's time zone, asking the time zone for its
/// offset once per quarter hour of time rather than once per activity (offsets change on quarter-hour
/// boundaries), so a million activities cost a million dictionary lookups, not a million time-zone queries.
struct CivilDayConverter {
    let timeZone: TimeZone
    private var offsets: [Int: Int] = [:]

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    mutating func day(of instant: Date) -> CivilDate {
        let seconds = instant.timeIntervalSince1970
        let quarter = Int((seconds / 900).rounded(.down))
        let offset: Int
        if let cached = offsets[quarter] {
            offset = cached
        } else {
            offset = timeZone.secondsFromGMT(for: instant)
            offsets[quarter] = offset
        }
        return CivilDate(daysSinceEpoch: Int(((seconds + Double(offset)) / 86_400).rounded(.down)))
    }
}
