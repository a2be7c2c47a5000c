import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// One lever moved just far enough to clear one finding, with what it does:
/// the finding's number before and after, what it costs a year, the other
/// findings it clears or brings, and (once simulated) the chance of the
/// primary objective after it.
public struct Proposal: Sendable {
    public var finding: Finding
    public var kind: LeverKind
    /// What the lever changes, in the owner's words.
    public var lever: String
    public var keyPath: KeyPath
    public var from: Setting
    public var to: Setting
    public var before: FindingMeasure?
    public var after: FindingMeasure?
    /// Added pay a year (negative: a saving), from the pay model.
    public var costPerYear: Double
    /// False when the cost is over the owner's `--budget`.
    public var withinBudget: Bool
    /// How the value was found: "bisection" or "scan", and how many changed plans were checked.
    public var search: String
    public var alsoClears: [Finding]
    public var introduces: [Finding]
    /// The change to the text; nil when it cannot be made in place.
    public var edits: [TextEdit]?
    /// The plan with the change.
    public var plan: Playbook
    /// The simulated chance of the primary objective with the change; nil before simulating or without a modelled objective.
    public var probability: Double?
    /// How big the change is (0 to 1), for choosing among levers.
    var size: Double
}

/// The changes that together clear every error (and the warnings the owner's
/// limits allow), as few and as small as possible, and what is left.
public struct CombinedProposal: Sendable {
    public struct Change: Sendable {
        public var kind: LeverKind
        public var lever: String
        public var keyPath: KeyPath
        public var from: Setting
        public var to: Setting
        public var costPerYear: Double
        /// The findings it was chosen for: the ones it cleared when added.
        public var clears: [Finding]
        var edits: [TextEdit]?
    }

    public var changes: [Change]
    public var plan: Playbook
    /// The playbook's text with every change made; nil when some change cannot be made in place.
    public var patched: [UInt8]?
    /// The findings of the patched playbook (as `validate` reads it), or of the changed plan without one.
    public var remaining: [Finding]
    public var costPerYear: Double
    public var probability: Double?
}
