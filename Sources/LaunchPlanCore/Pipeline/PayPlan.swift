import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// How one person of a selling role is paid (the pipeline model, "Pay"), built once
/// per seller: the one pay computation. The expectation model hands it mean
/// attainment and mean commissions, the simulator each run's.
public struct PayPlan: Sendable {
    /// Annual base salary.
    public let annualBase: Double
    public let adjustment: PerformanceAdjustment?
    /// The lines paying on the deals this person closes for the seller's service
    /// (`own-sales` credit); the only service lines a seller's own pipeline earns on.
    public let serviceLines: [CommissionLine]
    /// The hardware-gp lines that pay where the person may sell hardware (`HardwareDiversion.lines`).
    public let hardwareLines: [CommissionLine]
    public let draw: Draw?
    /// The first day the pipeline counts for the role, and the plan's horizon.
    public let sellingFrom: Int
    public let horizonDays: Int
    /// The selling days of the horizon, cut into pay periods and runs of the same lines.
    public let ranges: [PayRange]

    public init(_ comp: CompPlan?, service: ServiceID, hardwareLines: [CommissionLine] = [], sellingFrom: Int, horizonDays: Int) {
        annualBase = comp?.baseSalary?.value ?? 0
        adjustment = comp?.performanceAdjustment
        serviceLines = comp?.ownSalesLines(on: service) ?? []
        self.hardwareLines = hardwareLines
        draw = comp?.draw
        self.sellingFrom = sellingFrom
        self.horizonDays = horizonDays
        ranges = PayRange.ranges(start: sellingFrom, horizon: horizonDays, service: serviceLines, hardware: hardwareLines)
    }

    /// How many 30-day pay periods the selling days of the horizon span.
    public var periods: Int { max(0, (horizonDays - sellingFrom + 29) / 30) }

    /// Whether attainment at the review (1 = 100 %) triggers the performance adjustment.
    public func isAdjusted(reviewedAttainment: Double) -> Bool {
        guard let adjustment else { return false }
        return reviewedAttainment * 100 < adjustment.belowAttainmentPercent
    }

    /// The days of pay period `period`: 30 days from the selling start, the
    /// last period cut at the horizon.
    public func days(ofPeriod period: Int) -> ClosedRange<Int> {
        let first = sellingFrom + 30 * period
        return first...(min(horizonDays, first + 30) - 1)
    }

    /// Base salary over the horizon, pro rata by day from the selling start;
    /// when `adjusted`, changed by the adjustment's percent from the day after the review.
    public func base(adjusted: Bool) -> Double {
        (0..<periods).reduce(0.0) { $0 + base(inPeriod: $1, adjusted: adjusted) }
    }

    /// Base salary paid in one pay period (the same rule as `base(adjusted:)`, period by period).
    public func base(inPeriod period: Int, adjusted: Bool) -> Double {
        let days = days(ofPeriod: period)
        var base = annualBase * Double(days.count) / 365
        if adjusted, let adjustment {
            let cut = max(days.lowerBound, adjustment.reviewDay.value + 1)
            if cut <= days.upperBound {
                base += annualBase * Double(days.upperBound - cut + 1) / 365 * adjustment.baseSalaryChangePercent / 100
            }
        }
        return base
    }

    /// What the draw pays, given the commission earned in each 30-day period from the selling start.
    public func drawPaid(earnedByPeriod earned: [Double]) -> Double {
        draw?.paid(earnedByPeriod: earned, startDay: sellingFrom) ?? 0
    }

    /// Each period's pay into `pay` (resized to `periods`): base, the
    /// commission `earned` there, and the draw's top-up or repayment.
    public func payByPeriod(earned: [Double], adjusted: Bool, into pay: inout [Double]) {
        if pay.count != periods { pay = Array(repeating: 0, count: periods) }
        for period in pay.indices { pay[period] = base(inPeriod: period, adjusted: adjusted) + earned[period] }
        draw?.payments(earnedByPeriod: earned, startDay: sellingFrom) { period, payment in pay[period] += payment }
    }
}

extension CompPlan {
    /// The service lines that pay this person on the deals they close for `service`.
    public func ownSalesLines(on service: ServiceID) -> [CommissionLine] {
        commissions.filter { $0.metric.value.isService && $0.credit == .ownSales && $0.service?.value == service }
    }
}
