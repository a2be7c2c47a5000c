import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// One way a person earns on a metric, e.g. 1.5 x MRR on managed print, or
/// 8 % of hardware gross profit in the open market until day 90.
public struct CommissionLine: Sendable {
    public enum Rate: Sendable, Equatable {
        /// Times the deal's MRR.
        case multiple(Double)
        /// Percent of first-year contract value (12 x MRR), or of hardware gross profit.
        case percent(Double)
        /// Flat amount per agreement or per hardware sale.
        case amount(Double)
    }

    public var metric: Located<Metric>
    public var service: Located<ServiceID>?
    public var credit: CommissionCredit
    /// Segment ids the line pays in; nil means all segments.
    public var segments: [Located<SegmentID>]?
    public var rate: Rate
    /// First and last day the line applies; nil means the whole plan.
    public var fromDay: Int?
    public var untilDay: Int?
    public var location: SourceLocation

    /// Memberwise, for the levers that add a line to a plan (advice).
    package init(metric: Located<Metric>, service: Located<ServiceID>?, credit: CommissionCredit, segments: [Located<SegmentID>]?,
                 rate: Rate, fromDay: Int?, untilDay: Int?, location: SourceLocation) {
        self.metric = metric
        self.service = service
        self.credit = credit
        self.segments = segments
        self.rate = rate
        self.fromDay = fromDay
        self.untilDay = untilDay
        self.location = location
    }
}
