#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress bar on standard error, shown only on a terminal and only once a
/// run has taken more than a second. While it may be on screen,
/// Ctrl-C erases it before exiting, so the shell prompt does not land on a
/// half-drawn bar.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let started = ContinuousClock.now
    private var shown = false
    private var lastPercent = -1

    init(enabled: Bool) {
        self.enabled = enabled
        if enabled { signal(SIGINT, eraseAndExit) }
    }

    /// Called from the task group's collecting loop only.
    func update(done: Int, of total: Int) {
        guard enabled, ContinuousClock.now - started > .seconds(1) else { return }
        let percent = done * 100 / max(1, total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        shown = true
        let width = 30
        let filled = percent * width / 100
        Terminal.standardError.write("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(percent) %")
    }

    func finish() {
        if shown { Terminal.standardError.write(String(describing: erasedLine)) }
        if enabled { signal(SIGINT, SIG_DFL) }
    }
}

/// Blanks the bar's line: wider than the bar and its percentage. Computed, not
/// stored, so that the signal handler reads no lazily initialised global.
private var erasedLine: StaticString { "\r                                        \r" }

/// The SIGINT handler: only async-signal-safe calls (write, _exit), and a
/// static string, so nothing is allocated; 130 is 128 + SIGINT, what a shell
/// reports for a job ended by Ctrl-C.
private func eraseAndExit(_: Int32) {
    _ = write(2, erasedLine.utf8Start, erasedLine.utf8CodeUnitCount)
    _exit(130)
}
