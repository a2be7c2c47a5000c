import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// A finding the owner has knowingly accepted.
public struct Waiver: Sendable {
    public var rule: Located<String>
    /// Matches findings at this key path or below; nil matches anywhere.
    public var at: KeyPath?
    public var reason: String
    /// Last plan day the waiver holds.
    public var untilDay: Int?
    public var location: SourceLocation
}
