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
        let horizon = model.horizonDays
        let seller = model.sellers[index]
        let pay = seller.pay
        let start = seller.role.sellingFrom
        let a = assumptions

        // Commission earned in days [from, to] (inclusive), by line kind.
        func service(from: Int, to: Int) -> Double {
            guard to >= from else { return 0 }
            return pay.serviceLines.reduce(0.0) { total, line in
                let first = max(from, line.fromDay ?? from), last = min(to, line.untilDay ?? to)
                guard last >= first else { return total }
                let agreements = perPerson(.agreements, seller: index, byDay: last) - perPerson(.agreements, seller: index, byDay: first - 1)
                return total + agreements * line.commission(onAgreementOf: a.dealMRR.mean) * segmentShare(line, seller: index)
            }
        }
        func hardware(from: Int, to: Int) -> Double {
            guard to >= from else { return 0 }
            let lines = seller.diversion.lines
            return lines.reduce(0.0) { total, line in
                let first = max(from, line.fromDay ?? from), last = min(to, line.untilDay ?? to)
                guard last >= first else { return total }
                let sales = (first...last).reduce(0.0) { $0 + (model.days[index].hardwareTouches.indices.contains($1) ? model.days[index].hardwareTouches[$1] : 0) }
                    / a.hardware.touchesPerSale
                return total + sales * line.commission(onHardwareSaleOf: a.hardware.grossProfit)
            }
        }

        // The all-or-nothing adjustment judged on mean attainment (the simulator judges each run's).
        let triggered = pay.adjustment.flatMap { quotaAttainment(of: role, atDay: $0.reviewDay.value) }
            .map { pay.isAdjusted(reviewedAttainment: $0) } ?? false

        let periods = stride(from: start, to: horizon, by: 30).map { first in
            service(from: first, to: min(horizon - 1, first + 29)) + hardware(from: first, to: min(horizon - 1, first + 29))
        }
        return ExpectedPay(base: pay.base(adjusted: triggered), serviceCommission: service(from: start, to: horizon - 1),
                           hardwareCommission: hardware(from: start, to: horizon - 1), draw: pay.drawPaid(earnedByPeriod: periods), adjustmentTriggered: triggered)
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
