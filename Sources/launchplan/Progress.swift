/// A progress bar on standard error, shown only on a terminal and only once a
/// run has taken more than a second (CLI.md).
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let started = ContinuousClock.now
    private var shown = false
    private var lastPercent = -1

    init(enabled: Bool) {
        self.enabled = enabled
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
        if shown { Terminal.standardError.write("\r" + String(repeating: " ", count: 40) + "\r") }
    }
}
