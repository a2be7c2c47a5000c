import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

/// What a change to a playbook does (`launchplan diff BASE HEAD`): the
/// findings introduced, resolved, changed and unchanged, and, when both
/// versions can be simulated, the change in every chance, expected value and
/// hire's pay, each judged against its Monte Carlo noise. The writers turn
/// it into Markdown for a pull-request comment and JSON.
public struct PlaybookDiff: Sendable {
    /// The two versions, validated (findings after waivers and rule levels).
    public var base: FileReport
    public var head: FileReport
    public var findings: FindingChanges
    /// Nil when a version has reading findings (there is no plan to simulate).
    public var projection: ProjectionChange?

    public init(base: FileReport, head: FileReport, projection: ProjectionChange?) {
        self.base = base
        self.head = head
        findings = FindingChanges(base: base.findings, head: head.findings)
        self.projection = projection
    }

    /// What makes `diff` exit 1 (`--fail-on`, repeatable).
    public enum Failure: String, CaseIterable, Sendable {
        /// The head has an active error the base did not.
        case introduced
        /// The primary objective's chance drops beyond noise.
        case worse
    }

    /// The primary objective's chance dropped by more than two standard errors.
    public var primaryObjectiveWorse: Bool {
        projection?.primaryObjective?.probability.direction == -1
    }

    /// 1 when one of `failures` holds, else 0.
    public func exitCode(failOn failures: [Failure]) -> Int32 {
        let failing = failures.contains { failure in
            switch failure {
            case .introduced: findings.introducesError
            case .worse: primaryObjectiveWorse
            }
        }
        return failing ? 1 : 0
    }

    /// Whether a version can be simulated: it decoded without reading findings.
    public static func isSimulable(_ file: FileReport) -> Bool {
        file.playbook != nil && !file.findings.contains(where: \.rule.isReading)
    }
}
