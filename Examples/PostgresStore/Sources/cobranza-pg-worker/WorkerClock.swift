import Cobranza
import Foundation

/// A clock that runs at real speed from an agreed start: `start` at the wall instant `epoch`. Every worker of
/// one test or measurement gets the same pair, so their leases are comparable and they expire in real time,
/// while the day run is a fixed date.
struct WorkerClock: Clock {
    let start: Date
    let epoch: Date
    let timeZone: TimeZone

    var now: Date { start.addingTimeInterval(Date().timeIntervalSince(epoch)) }
}
