import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// What one person of a selling role is expected to earn over the horizon
/// (SIMULATOR.md, "Pay"), split the way owners ask about it.
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
    public func pay(of role: String) -> ExpectedPay? {
        guard let index = sellerIndex(of: role) else { return nil }
        let plan = model.playbook
        let horizon = model.horizonDays
        let comp = plan.compPlan(for: role)
        let seller = model.sellers[index]
        let start = seller.role.sellingFrom
        let a = assumptions

        // Commission earned in days [from, to] (inclusive), by line kind.
        func service(from: Int, to: Int) -> Double {
            guard to >= from else { return 0 }
            let lines = (comp?.commissions ?? []).filter { $0.metric.value.isService && $0.credit == .ownSales && $0.service?.value == seller.service }
            return lines.reduce(0.0) { total, line in
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

        var base = (comp?.baseSalary?.value ?? 0) * Double(max(0, horizon - start)) / 365
        var triggered = false
        if let adjustment = comp?.performanceAdjustment, let attainment = quotaAttainment(of: role, atDay: adjustment.reviewDay.value),
           attainment * 100 < adjustment.belowAttainmentPercent {
            triggered = true
            let after = max(0, horizon - max(start, adjustment.reviewDay.value + 1))
            base += (comp?.baseSalary?.value ?? 0) * Double(after) / 365 * adjustment.baseSalaryChangePercent / 100
        }

        let periods = stride(from: start, to: horizon, by: 30).map { first in
            service(from: first, to: min(horizon - 1, first + 29)) + hardware(from: first, to: min(horizon - 1, first + 29))
        }
        let drawPaid = comp?.draw?.paid(earnedByPeriod: periods, startDay: start) ?? 0
        return ExpectedPay(base: base, serviceCommission: service(from: start, to: horizon - 1),
                           hardwareCommission: hardware(from: start, to: horizon - 1), draw: drawPaid, adjustmentTriggered: triggered)
    }

    /// The share of a seller's deals that fall in the segments a line pays in
    /// (by where the appointments came from; customers split by accounts).
    package func segmentShare(_ line: CommissionLine, seller index: Int) -> Double {
        guard let segments = line.segments?.map(\.value) else { return 1 }
        let seller = model.sellers[index]
        let sources = appointmentSources(seller: index, byDay: model.horizonDays)
        let total = sources.customers + sources.prospects + sources.referrals + sources.introductions
        guard total > 0 else { return 0 }
        let accounts = seller.customerSegments.reduce(0.0) { $0 + Double($1.accounts ?? 0) }
        let customers = seller.customerSegments.filter { segments.contains($0.id.value) }
            .reduce(0.0) { $0 + (accounts > 0 ? Double($1.accounts ?? 0) / accounts : 1 / Double(seller.customerSegments.count)) }
        let prospects = seller.prospectSegments.isEmpty ? 0
            : Double(seller.prospectSegments.filter { segments.contains($0.id.value) }.count) / Double(seller.prospectSegments.count)
        let introduced = seller.introducers.contains { $0.segments.contains(where: segments.contains) } ? 1.0 : 0
        return (sources.customers * customers + sources.prospects * prospects + sources.introductions * introduced) / total
    }
}
