import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The expectation model: means of the pipeline in closed form (no
/// randomness), so that the validator's findings are stable (the pipeline model,
/// "From appointment to agreement").
public struct ExpectationModel: Sendable {
    public let model: PipelineModel

    public init(_ model: PipelineModel) {
        self.model = model
    }

    public init(_ playbook: Playbook) {
        self.init(PipelineModel(playbook))
    }

    package var assumptions: Assumptions { model.playbook.assumptions }

    /// The seller for a role id, if the role builds pipeline.
    public func sellerIndex(of role: RoleID) -> Int? {
        model.sellers.firstIndex { $0.role.id.value == role }
    }

    /// A metric of one person of seller `index`, cumulative from day 0 to `day` included.
    public func perPerson(_ metric: Metric, seller index: Int, byDay day: Int) -> Double {
        let days = model.days[index]
        let seller = model.sellers[index]
        let last = min(day, days.serviceTouches.count - 1)
        guard last >= 0 else { return 0 }
        switch metric {
        case .touches: return days.serviceTouches[0...last].reduce(0, +)
        case .conversations:
            return (0...last).reduce(0.0) { total, d in
                total + days.customerTouches[d] * seller.customerConversationRate + days.prospectTouches[d] * seller.prospectConversationRate
            }
        case .hardwareGP:
            return days.hardwareTouches[0...last].reduce(0, +) / assumptions.hardware.touchesPerSale * assumptions.hardware.grossProfit
        case .appointments, .assessments, .proposals, .agreements, .pipelineMRR, .newMRR:
            guard let (stage, countsMRR) = metric.pipelineStage else { return 0 }
            let appointments = days.appointments
            var total = 0.0
            if stage == .appointment {
                total = appointments[0...last].reduce(0, +)
            } else {
                // Each day's appointments reach the stage with its probability, at its share of the cycle.
                let cycle = assumptions.cycleDays
                for x in 0...last where appointments[x] > 0 {
                    total += appointments[x] * cycle.cdf(Double(day - x) / stage.cycleFraction)
                }
                total *= assumptions.stages.reachProbabilities[stage.rawValue]
            }
            return countsMRR ? total * assumptions.dealMRR.mean : total
        }
    }

    /// A metric for the whole dealership: every person of every seller of the
    /// service (every seller for `hardware-gp`).
    public func dealership(_ metric: Metric, service: ServiceID?, byDay day: Int) -> Double {
        model.sellers.indices.reduce(0.0) { total, index in
            let seller = model.sellers[index]
            guard metric == .hardwareGP || seller.service == service else { return total }
            return total + perPerson(metric, seller: index, byDay: day) * Double(seller.role.headcount)
        }
    }

    /// Expected quota attainment of one person of a role (1 = 100 %), at the
    /// quota's `by_day`, or at `day` against the ramp share through that day.
    /// Nil when the role builds no pipeline for the quota's metric and service.
    public func quotaAttainment(of role: RoleID, atDay day: Int? = nil) -> Double? {
        guard let quota = model.playbook.compPlan(for: role)?.quota, let index = sellerIndex(of: role),
              quota.metric.value.isService, model.sellers[index].service == quota.service?.value else { return nil }
        let due = day ?? quota.byDay.value
        let target = quota.target.value * (due < quota.byDay.value ? quota.rampShare(through: due) : 1)
        guard target > 0 else { return nil }
        // Attainment counts sales up to the quota's day, even at a later review.
        return perPerson(quota.metric.value, seller: index, byDay: min(due, quota.byDay.value)) / target
    }

    /// One person's appointments from `source`, from the start to `day`.
    public func appointments(seller index: Int, from source: AppointmentSource, byDay day: Int) -> Double {
        let values = model.days[index].appointments(from: source)
        let last = min(day, model.days[index].serviceTouches.count - 1)
        return last >= 0 ? values[0...last].reduce(0, +) : 0
    }

    /// One person's appointments by source, from the start to `day`.
    public func appointmentSources(seller index: Int, byDay day: Int) -> (customers: Double, prospects: Double, referrals: Double, introductions: Double) {
        let count = { (source: AppointmentSource) in appointments(seller: index, from: source, byDay: day) }
        return (count(.customers), count(.prospects), count(.referrals), count(.introductions))
    }
}

extension Quota {
    /// The share of the target expected through `day`: the first ramp step
    /// reaching that day, or the full target without one.
    public func rampShare(through day: Int) -> Double {
        let step = ramp.sorted { $0.throughDay < $1.throughDay }.first { $0.throughDay >= day }
        return (step?.percent ?? 100) / 100
    }
}
