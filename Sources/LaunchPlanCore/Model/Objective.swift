import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// What the owner commits the business to: `target` of `metric` by `byDay`.
public struct Objective: Sendable {
    public var id: Located<ObjectiveID>
    public var metric: Located<Metric>
    /// For service metrics: the service (filled in when only one is declared).
    public var service: Located<ServiceID>?
    public var target: Located<Double>
    public var byDay: Located<Int>
    /// The accountable role's id.
    public var owner: Located<RoleID>
    public var description: String?
    public var location: SourceLocation
}
