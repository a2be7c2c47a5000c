import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// Day 0 and how far the plan runs.
public struct Launch: Sendable {
    public var title: String
    /// The calendar date of day 0, when given.
    public var startDate: CalendarDate?
    /// Days the plan and the simulation run (days `0 ..< horizonDays`), 1 to 730.
    public var horizonDays: Int
    public var location: SourceLocation
}
