import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// How one selling role builds pipeline for one service (the pipeline model, "Who
/// builds pipeline"): everything about its touches and appointments that does
/// not change from day to day. All rates are per person.
public struct Seller: Sendable {
    public var role: Role
    /// The service the role's pipeline is counted for: its quota's service, else
    /// its first focus service, else the first service a rule lets it sell.
    public var service: ServiceID
    /// Share of service touches aimed at customers (after permission grants).
    public var customerShare: Double
    /// The best access among the customers segments it reaches for the service.
    public var customerAccess: Access?
    /// Customers segments it reaches for the service, and prospects segments it may sell in.
    public var customerSegments: [Segment]
    public var prospectSegments: [Segment]
    /// Days each customer appointment waits under `access: permission`.
    public var permissionDelay: Int
    /// The most customer touches one person makes over the horizon.
    public var customerTouchCap: Double
    /// Appointments per touch, and conversations per touch, by segment kind.
    public var customerAppointmentRate: Double
    public var prospectAppointmentRate: Double
    public var customerConversationRate: Double
    public var prospectConversationRate: Double
    /// Appointments a day from referrals and from reps' introductions, every day from the start.
    public var referralsPerDay: Double
    public var introductionsPerDay: Double
    /// The rep roles whose introductions reach this seller, with their owned customers segments.
    public var introducers: [(rep: RoleID, segments: [SegmentID])]
    public var diversion: HardwareDiversion
    /// How one person is paid: the one pay computation for both models.
    public var pay: PayPlan

    /// Touch-weighted appointments per touch on the first ramped day (`a` of the diversion rule).
    public var blendedAppointmentRate: Double {
        customerShare * customerAppointmentRate + (prospectSegments.isEmpty ? 0 : (1 - customerShare) * prospectAppointmentRate)
    }
}
