import Foundation
import Testing

/// The address-sanitizer pass of CI (`.ci/run` sets `LAUNCHPLAN_SANITIZED`)
/// runs every test but the few that check Monte Carlo statistics over 100,000
/// runs or more: they test numbers, not memory, and run at full size in the
/// plain pass, while smaller tests drive the same code under the sanitizer.
/// Swift Testing lists them as skipped, with this reason.
enum SanitizerRun {
    static let isOn = ProcessInfo.processInfo.environment["LAUNCHPLAN_SANITIZED"] != nil
    static let reason: Comment = "Monte Carlo statistics over 100,000 runs or more: checked in the plain run of swift test"
}
