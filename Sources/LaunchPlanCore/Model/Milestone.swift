import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// A readiness step before day 0, or a checkpoint (a milestone with expectations).
public struct Milestone: Sendable {
    public var id: Located<MilestoneID>
    public var day: Located<Int>
    public var owner: Located<RoleID>
    public var title: String?
    public var delivers: [Located<ReadinessItem>]
    public var expect: [Expectation]
    /// Ids of milestones that must come first.
    public var needs: [Located<MilestoneID>]
    public var location: SourceLocation

    public var isCheckpoint: Bool { !expect.isEmpty }

    /// Memberwise, for the levers that add a milestone (advice).
    package init(id: Located<MilestoneID>, day: Located<Int>, owner: Located<RoleID>, title: String?, delivers: [Located<ReadinessItem>],
                 expect: [Expectation], needs: [Located<MilestoneID>], location: SourceLocation) {
        self.id = id
        self.day = day
        self.owner = owner
        self.title = title
        self.delivers = delivers
        self.expect = expect
        self.needs = needs
        self.location = location
    }
}

/// What a checkpoint expects, cumulative from day 0 to its day, for the whole dealership.
public struct Expectation: Sendable {
    public var metric: Located<Metric>
    public var service: Located<ServiceID>?
    public var target: Located<Double>
    public var location: SourceLocation
}
