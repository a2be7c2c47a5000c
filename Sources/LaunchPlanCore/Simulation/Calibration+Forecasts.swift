import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Calibration.Launch {
    /// A past launch from its plan's own runs (`simulate`'s, without
    /// sensitivity): every checkpoint expectation, objective and quota the
    /// model projects, decided by the actuals where they can decide it.
    /// - Parameter blocks: `simulator`'s blocks, in block order; the simulator must keep distributions.
    package init(path: String, simulator: Simulator, blocks: [BlockResult], seed: UInt64) {
        let plan = simulator.plan
        let projection = simulator.projection(blocks, seed: seed, ranksImportance: false)
        let model = simulator.expectation.model
        let serviceSellers = { (service: ServiceID?) in Set(model.sellers.indices.filter { model.sellers[$0].service == service }) }
        func forecast(_ kind: Calibration.Forecast.Kind, _ id: String, _ metric: Metric, _ service: ServiceID?, _ day: Int, _ target: Double,
                      _ probability: Double?, counting sellers: Set<Int>?) -> Calibration.Forecast? {
            guard let probability else { return nil }
            let recorded = sellers.map { Self.recorded(plan, metric: metric, service: service, counting: $0, model: model) } ?? []
            return Calibration.Forecast(kind: kind, id: id, metric: metric, service: service, day: day, target: target, probability: probability,
                                        outcome: Calibration.outcome(target: target, day: day, recorded: recorded))
        }
        var forecasts: [Calibration.Forecast] = []
        for checkpoint in projection.checkpoints {
            for e in checkpoint.expectations {
                forecasts += [forecast(.checkpoint, checkpoint.milestone.rawValue, e.metric, e.service, checkpoint.day, e.target, e.estimate.probability,
                                       counting: serviceSellers(e.service))].compactMap { $0 }
            }
        }
        for o in projection.objectives {
            forecasts += [forecast(.objective, o.objective.rawValue, o.metric, o.service, o.byDay, o.target, o.estimate.probability,
                                   counting: serviceSellers(o.service))].compactMap { $0 }
        }
        for (r, role) in simulator.roles.enumerated() {
            guard let seller = role.seller, let quota = plan.compPlan(for: role.role)?.quota else { continue }
            let attainment = blocks.flatMap { $0.attainment[r] }
            guard !attainment.isEmpty else { continue }
            let chance = Double(attainment.filter { Query.reaches($0, 1) }.count) / Double(attainment.count)
            // A quota is one person's: only a role of one person has actuals that are that person's.
            let sellers: Set<Int>? = model.sellers[seller].role.headcount == 1 ? [seller] : nil
            forecasts += [forecast(.quota, role.role.rawValue, quota.metric.value, model.sellers[seller].service, quota.byDay.value, quota.target.value,
                                   chance, counting: sellers)].compactMap { $0 }
        }
        self.init(path: path, dealership: plan.dealership.name, lastDay: plan.actuals.map(\.day.value).max() ?? 0, forecasts: forecasts,
                  ratios: Self.ratios(plan, model: simulator.expectation))
    }

    /// The actuals of `metric` and `service` whose stream counts exactly
    /// `sellers`: the dealership's, or a role's when that role is the only
    /// seller the forecast counts (and the other way round for a quota).
    static func recorded(_ plan: Playbook, metric: Metric, service: ServiceID?, counting sellers: Set<Int>, model: PipelineModel) -> [(day: Int, value: Double)] {
        guard !sellers.isEmpty else { return [] }
        return plan.actuals.filter { actual in
            guard actual.metric.value == metric, let stream = actual.stream, stream.service == service else { return false }
            let query = Query(metric: metric, service: stream.service, day: actual.day.value, target: .infinity, role: stream.role)
            return Set(model.sellers.indices.filter { query.counts(model.sellers[$0]) }) == sellers
        }.map { ($0.day.value, $0.value.value) }
    }
}

extension Calibration {
    /// How the actuals decide a forecast of `target` by `day`, from the
    /// cumulative values recorded of the same count: one on or before the day
    /// that reaches the target means it happened (counts never fall); one on
    /// or after the day still short of it means it did not; anything else
    /// leaves it undecided (nil). "Reaches" is the simulator's own test (`Query.reaches`).
    package static func outcome(target: Double, day: Int, recorded: [(day: Int, value: Double)]) -> Outcome? {
        if recorded.contains(where: { $0.day <= day && Query.reaches($0.value, target) }) { return .happened }
        if recorded.contains(where: { $0.day >= day && !Query.reaches($0.value, target) }) { return .missed }
        return nil
    }
}
