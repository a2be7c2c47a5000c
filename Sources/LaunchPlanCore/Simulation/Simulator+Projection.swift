import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Simulator {
    /// Combines blocks (in block order) into what `simulate` reports.
    /// - Parameter ranksImportance: rank the uncertain assumptions (`Projection.importance`);
    ///   the counterfactual's ranking is never shown.
    public func projection(_ blocks: [BlockResult], seed: UInt64, ranksImportance: Bool = true) -> Projection {
        let runs = blocks.reduce(0) { $0 + $1.runs }
        func estimate(_ query: Int) -> Projection.Estimate {
            guard queries[query].isModeled, runs > 0 else { return .expected(nil) }
            var values = blocks.flatMap { $0.queryValues[query] }
            let (p10, p50, p90) = Self.percentiles(&values)
            return Projection.Estimate(mean: blocks.reduce(0.0) { $0 + $1.querySums[query] } / Double(runs),
                                       probability: Double(blocks.reduce(0) { $0 + $1.queryHits[query] }) / Double(runs),
                                       p10: p10, p50: p50, p90: p90)
        }
        let (checkpoints, objectives) = Projection.outline(plan) { query, _, _, _, _ in estimate(query) }
        // The trajectory queries follow the outline's, service by service.
        let days = Projection.trajectoryDays(horizon: plan.launch.horizonDays)
        var trajectories: [Projection.Trajectory] = []
        var next = outlineQueries
        while !days.isEmpty, next + days.count <= observationQueries.lowerBound, let service = queries[next].service {
            trajectories.append(Projection.Trajectory(service: service, points: days.indices.map { (days[$0], estimate(next + $0)) }))
            next += days.count
        }
        let roleOutcomes = roles.enumerated().map { r, role -> Projection.RoleOutcome in
            var outcome = Projection.RoleOutcome(role: role.role, plan: plan)
            let samples = blocks.reduce(0) { $0 + $1.samples[r] }
            guard let seller = role.seller, samples > 0 else { return outcome }
            func sum(_ values: Swift.KeyPath<BlockResult, [Double]>) -> Double { blocks.reduce(0.0) { $0 + $1[keyPath: values][r] } / Double(samples) }
            var attainment = blocks.flatMap { $0.attainment[r] }
            var pay = blocks.flatMap { $0.pay[r] }
            let a = Self.percentiles(&attainment)
            let p = Self.percentiles(&pay)
            outcome.quotaAttainment = Projection.Estimate(mean: sum(\.attainmentSums), probability: nil, p10: a.0, p50: a.1, p90: a.2)
            if outcome.adjustment != nil {
                outcome.adjustmentProbability = Double(blocks.reduce(0) { $0 + $1.adjustments[r] }) / Double(samples)
            }
            outcome.pay = Projection.Estimate(mean: sum(\.paySums), probability: nil, p10: p.0, p50: p.1, p90: p.2)
            outcome.base = sum(\.baseSums)
            outcome.serviceCommission = sum(\.serviceSums)
            outcome.hardwareCommission = sum(\.hardwareSums)
            outcome.draw = sum(\.drawSums)
            outcome.hardwareDiversion = expectation.model.sellers[seller].diversion.share
            let payPlan = expectation.model.sellers[seller].pay
            outcome.payByPeriod = (0..<(blocks.first?.payByPeriod[r].count ?? 0)).map { period in
                var values = blocks.flatMap { $0.payByPeriod[r][period] }
                let (p10, p50, p90) = Self.percentiles(&values)
                let mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
                return Projection.PayPeriod(days: payPlan.days(ofPeriod: period), pay: Projection.Estimate(mean: mean, probability: nil, p10: p10, p50: p50, p90: p90))
            }
            return outcome
        }
        var projection = Projection(mode: .monteCarlo(runs: runs, seed: seed), plan: plan, checkpoints: checkpoints, objectives: objectives, roles: roleOutcomes)
        projection.trajectories = trajectories
        if ranksImportance { projection.importance = importance(blocks) }
        return projection
    }

    /// The uncertain assumptions' importance to the first objective, from
    /// the kept draws and values; empty without ranges or a modelled objective.
    package func importance(_ blocks: [BlockResult]) -> [Projection.ImportanceEntry] {
        let first = outlineQueries - plan.objectives.count
        guard let uncertain, let objective = plan.objectives.first, queries[first].isModeled, keepsDistributions else { return [] }
        let values = uncertain.entries.indices.map { index in blocks.flatMap { $0.assumptionDraws[index] } }
        return Importance.entries(uncertain, values: values, outcomes: blocks.flatMap { $0.queryValues[first] }, target: objective.target.value)
    }

    /// The probability of reaching the first objective, and its mean as a
    /// share of its target: all a sensitivity variant is needed for (no
    /// percentiles to select).
    package func firstObjective(_ blocks: ArraySlice<BlockResult>) -> (probability: Double, share: Double)? {
        let runs = blocks.reduce(0) { $0 + $1.runs }
        let first = outlineQueries - plan.objectives.count
        guard let objective = plan.objectives.first, queries[first].isModeled, runs > 0 else { return nil }
        let mean = blocks.reduce(0.0) { $0 + $1.querySums[first] } / Double(runs)
        return (Double(blocks.reduce(0) { $0 + $1.queryHits[first] }) / Double(runs), mean / objective.target.value)
    }

    /// Nearest-rank 10th, 50th and 90th percentiles (the value at rank
    /// ceil(p x n)), by selection rather than a full sort.
    package static func percentiles(_ values: inout [Double]) -> (Double?, Double?, Double?) {
        guard !values.isEmpty else { return (nil, nil, nil) }
        func rank(_ p: Double) -> Int { max(0, Int(saturating: (p * Double(values.count)).rounded(.up)) - 1) }
        let ranks = [rank(0.1), rank(0.5), rank(0.9)]
        var results: [Double] = []
        var low = 0
        for k in ranks {
            select(&values, k, from: low)
            results.append(values[k])
            low = k
        }
        return (results[0], results[1], results[2])
    }

    /// Puts the k-th smallest of values[from...] at index k (Hoare's
    /// selection with a median-of-three pivot); deterministic.
    package static func select(_ values: inout [Double], _ k: Int, from start: Int) {
        var low = start
        var high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return }
        }
    }
}
