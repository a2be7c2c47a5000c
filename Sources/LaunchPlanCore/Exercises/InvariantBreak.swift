import LaunchPlanSupport

/// An invariant a participant's plan does not keep: which, what changed, and
/// why it matters (what the facilitator would say), for the grade to print.
public struct InvariantBreak: Sendable, Equatable {
    /// The invariant's name (`quota-kept`).
    public var invariant: String
    /// What the plan lost, naming its parts ("`mps-specialist` has no new-mrr quota now").
    public var message: String
    /// Why keeping it matters, in a dealer's words.
    public var why: String
}
