import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// The findings of one `validate` run over one or more files.
public struct Report: Sendable {
    public var files: [FileReport]
    /// The project config file whose rule levels applied (as the command line
    /// names it), nil when none did: every output names it, so a rule turned
    /// off by a planted config is never invisible.
    public var config: String?

    public init(files: [FileReport], config: String? = nil) {
        self.files = files
        self.config = config
    }

    public struct Summary: Equatable, Sendable {
        public var files = 0
        public var errors = 0
        public var warnings = 0
        public var infos = 0
        public var waived = 0
    }

    /// Waived findings count only as waived, not toward their severity.
    public var summary: Summary {
        var summary = Summary(files: files.count)
        for finding in files.flatMap(\.findings) {
            if finding.isWaived {
                summary.waived += 1
                continue
            }
            switch finding.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .info: summary.infos += 1
            }
        }
        return summary
    }

    /// 1 when an active finding is at or above `failOn`, else 0 (the README, "Exit codes").
    public func exitCode(failOn: FailOn) -> Int32 {
        guard let threshold = failOn.severity else { return 0 }
        let failing = files.contains { file in
            file.findings.contains { !$0.isWaived && $0.severity >= threshold }
        }
        return failing ? 1 : 0
    }
}

/// The lowest severity that makes `validate` exit 1 (`--fail-on`).
public enum FailOn: String, CaseIterable, Sendable {
    case error, warning, info, never

    package var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}
