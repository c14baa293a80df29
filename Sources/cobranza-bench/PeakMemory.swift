import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's resident memory: its high-water mark, and on Linux a way to measure one part's own peak.
///
/// Each part of the benchmark is measured on its own: before a part, ``startNewPeak()`` hands the memory the
/// earlier parts freed back to the system (glibc keeps freed pages in its arenas otherwise) and resets the
/// kernel's high-water mark to the current resident size, so the part's ``highWaterMark()`` is what the part
/// itself needed on top of what was still alive (the generated portfolio, if the part uses it).
enum PeakMemory {
    /// glibc's `MALLOC_ARENA_MAX` when the environment sets it: how many heaps threads share. By default glibc
    /// gives threads up to eight heaps per core, and memory one heap freed is not reused by another, so a run
    /// whose work hops between threads (Swift's concurrency and the SQLite store's queue on Linux) keeps more
    /// resident than it holds; `Documentation/Performance.md` has the figures for 1, 2 and the default.
    static var mallocArenaMax: String? {
        ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"]
    }

    /// The process's peak resident memory in bytes since it started, as `getrusage` reports it.
    static func bytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)  // bytes on Apple platforms
        #else
        return Int(usage.ru_maxrss) * 1_024  // kilobytes on Linux
        #endif
    }

    /// The peak resident memory in bytes since the last ``startNewPeak()``: `VmHWM` of `/proc/self/status` on
    /// Linux, the whole process's peak (``bytes()``) where that file does not exist.
    static func highWaterMark() -> Int {
        statusField("VmHWM:") ?? bytes()
    }

    /// The resident memory in bytes now (`VmRSS` of `/proc/self/status`); `nil` where that file does not exist.
    static func residentNow() -> Int? {
        statusField("VmRSS:")
    }

    /// A size field of `/proc/self/status` ("VmHWM:  1234 kB") in bytes.
    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.dropFirst(name.count).split(whereSeparator: \.isWhitespace).first.flatMap {
                Int($0)
            }
            if let kilobytes { return kilobytes * 1_024 }
        }
        return nil
    }

    /// Returns freed heap memory to the system and starts a new high-water mark at the current resident size.
    ///
    /// - Returns: Whether the high-water mark was reset (Linux 4.0 or later); elsewhere
    ///   ``highWaterMark()`` stays the whole process's peak.
    @discardableResult
    static func startNewPeak() -> Bool {
        #if canImport(Glibc)
        // `malloc_trim` is glibc's, absent from the Swift module map: look it up by name (`RTLD_DEFAULT`).
        if let symbol = dlsym(nil, "malloc_trim") {
            typealias Trim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
        // Writing 5 to clear_refs resets the kernel's resident high-water mark (proc(5)).
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
    }
}
