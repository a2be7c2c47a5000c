import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// A decoded playbook: the plan as Swift values with defaults applied. Built
/// from what could be read even when the file has findings; entries missing
/// a required key are left out, so rules work on what is there.
public struct Playbook: Sendable {
    public var dealership: Dealership
    public var launch: Launch
    /// In file order.
    public var roles: [Role]
    public var objectives: [Objective]
    public var compensation: [CompPlan]
    public var territory: Territory
    public var milestones: [Milestone]
    public var assumptions: Assumptions
    public var waivers: [Waiver]
    /// What happened so far, recorded at the reviews (empty before the launch).
    public var actuals: [Actual] = []
    /// Where each top-level key stands (`milestones`, `objectives`, …), for
    /// findings about a section as a whole.
    public var sections: [String: SourceLocation]
    /// Where reading found a problem: a value there was written but could not
    /// be decoded, so it is missing from the plan without being absent from
    /// the file. Rules about something absent ask `isUnreadable` first: one
    /// typo, one finding.
    public var unreadable: [KeyPath] = []

    /// Whether reading found a problem at `path` or below it.
    public func isUnreadable(at path: KeyPath) -> Bool {
        unreadable.contains { path.contains($0) }
    }

    public func role(_ id: RoleID) -> Role? { roles.first { $0.id.value == id } }
    public func compPlan(for roleID: RoleID) -> CompPlan? { compensation.first { $0.role.value == roleID } }
    public func segment(_ id: SegmentID) -> Segment? { territory.segments.first { $0.id.value == id } }
    public func milestone(_ id: MilestoneID) -> Milestone? { milestones.first { $0.id.value == id } }
}
