import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The owner's limits on the advice.
public struct AdviceLimits: Sendable {
    /// Lever kinds held fixed (`--keep quota,headcount`).
    public var keep: Set<LeverKind>
    /// The most the changes may add to pay a year (`--budget`); nil for no cap.
    public var budget: Double?
    /// Whether the combined proposal also clears warnings, after the errors.
    public var warnings: Bool

    public init(keep: Set<LeverKind> = [], budget: Double? = nil, warnings: Bool = true) {
        self.keep = keep
        self.budget = budget
        self.warnings = warnings
    }
}

/// What `launchplan advise` answers: for every finding a lever can move, the
/// smallest change to each lever that clears it; the combined proposal; and
/// the primary objective's chance before and after each.
public struct Advice: Sendable {
    public var path: String
    public var plan: Playbook
    public var source: PlaybookText
    public var limits: AdviceLimits
    /// The plan's active findings, in the spec's order.
    public var findings: [Finding]
    /// Every single-lever proposal, by finding in the findings' order, nearest first.
    public var proposals: [Proposal]
    /// Findings no lever clears (or only levers the owner keeps fixed).
    public var unaddressed: [Finding]
    /// Findings past `Advisor.maximumFindings` (the least serious), not searched.
    public var notAdvised: [Finding]
    public var combined: CombinedProposal
    /// The chance of the primary objective as planned, once simulated.
    public var probability: Double?
    /// The simulation behind the probabilities, once simulated.
    public var runs: Int?
    public var seed: UInt64?

    /// The primary objective: the plan's first.
    public var objective: Objective? { plan.objectives.first }

    /// The combined proposal as a unified diff of the playbook (`git apply`, `patch -p1`).
    public var patch: String {
        combined.patched.map { UnifiedDiff.make(path: path, old: source.bytes, new: $0) } ?? ""
    }
}
