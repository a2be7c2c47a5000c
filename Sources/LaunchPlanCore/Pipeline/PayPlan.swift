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

    /// Base salary over the horizon, pro rata by day from the selling start;
    /// when `adjusted`, changed by the adjustment's percent from the day after the review.
    public func base(adjusted: Bool) -> Double {
        var base = annualBase * Double(max(0, horizonDays - sellingFrom)) / 365
        if adjusted, let adjustment {
            let after = max(0, horizonDays - max(sellingFrom, adjustment.reviewDay.value + 1))
            base += annualBase * Double(after) / 365 * adjustment.baseSalaryChangePercent / 100
        }
        return base
    }

    /// What the draw pays, given the commission earned in each 30-day period from the selling start.
    public func drawPaid(earnedByPeriod earned: [Double]) -> Double {
        draw?.paid(earnedByPeriod: earned, startDay: sellingFrom) ?? 0
    }
}

extension CompPlan {
    /// The service lines that pay this person on the deals they close for `service`.
    public func ownSalesLines(on service: ServiceID) -> [CommissionLine] {
        commissions.filter { $0.metric.value.isService && $0.credit == .ownSales && $0.service?.value == service }
    }
}
