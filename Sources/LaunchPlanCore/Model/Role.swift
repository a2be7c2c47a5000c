import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// People of one kind in the launch (a role with headcount 6 is six reps).
public struct Role: Sendable {
    public var id: Located<RoleID>
    public var kind: RoleKind
    public var title: String?
    public var headcount: Int
    public var status: RoleStatus
    /// First day at work; 0 for `in-seat` roles, who are there throughout.
    public var startDay: Int
    /// Services the role focuses on (specialists).
    public var services: [Located<ServiceID>]
    public var location: SourceLocation

    /// The first day the pipeline counts for this role: its start day, or
    /// day 0 for one hired before the launch (the plan's days begin at 0).
    public var sellingFrom: Int { max(0, startDay) }
}
