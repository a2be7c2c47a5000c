import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// What really happened, recorded at a review: a cumulative count (or MRR)
/// from day 0 to `day`, for the dealership's sellers of a service, or for one
/// selling role. `validate` compares each with the plan's band for that day
/// (`off-track`); `track` conditions the projection on all of them.
public struct Actual: Sendable {
    public var day: Located<Int>
    public var metric: Located<Metric>
    public var service: Located<ServiceID>?
    /// Nil: the whole dealership's count for the service; else one selling role's (all its persons).
    public var role: Located<RoleID>?
    public var value: Located<Double>
    public var location: SourceLocation

    /// What an actual can record: the pipeline's service metrics (the reps' hardware is outside the model).
    public static let metrics: [Metric] = Metric.allCases.filter(\.isService)

    /// The stream an actual belongs to: one service, the dealership's or one role's.
    public var stream: Stream? { service.map { Stream(service: $0.value, role: role?.value) } }

    public struct Stream: Hashable, Sendable {
        public var service: ServiceID
        public var role: RoleID?
    }
}

extension Metric {
    /// The funnel's order: each count is at most the one before it on the same day
    /// (touches >= conversations; appointments >= assessments >= proposals >= agreements;
    /// pipeline MRR >= new MRR). Appointments come from referrals and introductions too, so not from conversations alone.
    package var funnelPredecessor: Metric? {
        switch self {
        case .conversations: .touches
        case .assessments: .appointments
        case .proposals: .assessments
        case .agreements: .proposals
        case .newMRR: .pipelineMRR
        default: nil
        }
    }
}
