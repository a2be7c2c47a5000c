import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// What one person of a selling role is expected to earn over the horizon
/// (the pipeline model, "Pay"), split the way owners ask about it.
public struct ExpectedPay: Sendable, Equatable {
    /// Base salary pro rata by day, after any performance adjustment.
    public var base: Double
    /// Commission on managed-service deals.
    public var serviceCommission: Double
    /// Commission on hardware sales.
    public var hardwareCommission: Double
    /// Draw top-ups not paid back by the end of the horizon.
    public var draw: Double
    /// Whether the expected attainment triggers the performance adjustment.
    public var adjustmentTriggered: Bool

    public var total: Double { base + serviceCommission + hardwareCommission + draw }
}

extension ExpectationModel {
    /// Expected pay of one person of a selling role; nil for roles that build no pipeline.
    public func pay(of role: RoleID) -> ExpectedPay? {
        guard let index = sellerIndex(of: role) else { return nil }
        let seller = model.sellers[index]
        let pay = seller.pay
        let a = assumptions
        let days = model.days[index]
        let shares = pay.serviceLines.map { segmentShare($0, seller: index) }

        // Each range's expected agreements and hardware sales, paid by the lines in force there.
        var service = 0.0, hardware = 0.0
        var earned = Array(repeating: 0.0, count: pay.periods)
        for range in pay.ranges {
            let agreements = perPerson(.agreements, seller: index, byDay: range.days.upperBound)
                - perPerson(.agreements, seller: index, byDay: range.days.lowerBound - 1)
            let sales = range.days.reduce(0.0) { $0 + (days.hardwareTouches.indices.contains($1) ? days.hardwareTouches[$1] : 0) }
                / a.hardware.touchesPerSale
            let fromService = agreements * pay.serviceCommission(onAgreementOf: a.dealMRR.mean, in: range, shares: shares)
            let fromHardware = sales * pay.hardwareCommission(onSaleOf: a.hardware.grossProfit, in: range)
            service += fromService
            hardware += fromHardware
            earned[range.period] += fromService + fromHardware
        }

        // The all-or-nothing adjustment judged on mean attainment (the simulator judges each run's).
        let triggered = pay.adjustment.flatMap { quotaAttainment(of: role, atDay: $0.reviewDay.value) }
            .map { pay.isAdjusted(reviewedAttainment: $0) } ?? false
        return ExpectedPay(base: pay.base(adjusted: triggered), serviceCommission: service, hardwareCommission: hardware,
                           draw: pay.drawPaid(earnedByPeriod: earned), adjustmentTriggered: triggered)
    }

    /// The share of a seller's deals a line pays on, over the horizon's mix of
    /// sources (the simulator applies `Seller.share` to each deal's own source).
    package func segmentShare(_ line: CommissionLine, seller index: Int) -> Double {
        guard line.segments != nil else { return 1 }
        let seller = model.sellers[index]
        let counts = AppointmentSource.allCases.map { appointments(seller: index, from: $0, byDay: model.horizonDays) }
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        return zip(AppointmentSource.allCases, counts).reduce(0.0) { $0 + $1.1 * seller.share(of: line, from: $1.0) } / total
    }
}
