/// Times a piece of work with the monotonic clock and keeps its result alive so it is not optimised away.
enum Stopwatch {
    static func measure<T>(_ work: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        return (seconds(clock.now - start), result)
    }

    static func measure<T>(_ work: () async throws -> T) async rethrows -> (seconds: Double, result: T) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await work()
        return (seconds(clock.now - start), result)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
