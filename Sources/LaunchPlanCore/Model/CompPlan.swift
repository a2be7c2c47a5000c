import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// How one person in a role is paid; amounts are per person.
public struct CompPlan: Sendable {
    /// The role id this plan belongs to.
    public var role: Located<RoleID>
    /// Annual base salary.
    public var baseSalary: Located<Double>?
    public var quota: Quota?
    public var commissions: [CommissionLine]
    public var draw: Draw?
    public var performanceAdjustment: PerformanceAdjustment?
    public var location: SourceLocation

    /// Memberwise, for the levers that add a comp plan (advice).
    package init(role: Located<RoleID>, baseSalary: Located<Double>?, quota: Quota?, commissions: [CommissionLine],
                 draw: Draw?, performanceAdjustment: PerformanceAdjustment?, location: SourceLocation) {
        self.role = role
        self.baseSalary = baseSalary
        self.quota = quota
        self.commissions = commissions
        self.draw = draw
        self.performanceAdjustment = performanceAdjustment
        self.location = location
    }
}

/// The number one person is measured on, cumulative from day 0 to `byDay`.
public struct Quota: Sendable {
    public var metric: Located<Metric>
    public var service: Located<ServiceID>?
    public var target: Located<Double>
    public var byDay: Located<Int>
    /// The share of `target` expected through given days while ramping.
    public var ramp: [RampStep]
    public var location: SourceLocation
}

public struct RampStep: Sendable {
    public var throughDay: Int
    /// 0 to 100.
    public var percent: Double
    public var location: SourceLocation
}

/// A draw against commissions: each 30-day period topped up to `monthly`.
public struct Draw: Sendable {
    public var monthly: Double
    public var untilDay: Located<Int>
    /// Paid back out of later commissions.
    public var recoverable: Bool
    public var location: SourceLocation
}

/// "Your salary goes down if you miss your numbers."
public struct PerformanceAdjustment: Sendable {
    public var reviewDay: Located<Int>
    /// Attainment below this percent of quota triggers the change.
    public var belowAttainmentPercent: Double
    /// Usually negative.
    public var baseSalaryChangePercent: Double
    public var location: SourceLocation
}
