import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Tracker {
    /// Runs the plan (`planBlocks`, the simulator's own blocks) and the
    /// conditioned runs one block after another, and combines them.
    package func track(runs: Int, seed: UInt64) -> Tracking {
        let blocks = Simulator.blockCount(runs: runs)
        let plan = (0..<blocks).map { simulator.runBlock($0, runs: runs, seed: seed) }
        let conditioned = (0..<blocks).map { runBlock($0, runs: runs, seed: seed) }
        return tracking(plan: plan, conditioned: conditioned, seed: seed)
    }

    /// Each actual against the plan's runs, and the conditioned projection.
    package func tracking(plan: [BlockResult], conditioned: [(result: BlockResult, logWeights: [Double])], seed: UInt64) -> Tracking {
        let runs = plan.reduce(0) { $0 + $1.runs }
        let weights = Self.normalized(conditioned.flatMap(\.logWeights))
        let blocks = conditioned.map(\.result)
        let sum = weights.reduce(0, +), squares = weights.reduce(0) { $0 + $1 * $1 }
        let posteriors: [Tracking.Posterior] = simulator.uncertain.map { uncertain in
            uncertain.entries.indices.map { index -> Tracking.Posterior in
                let entry = uncertain.entries[index]
                return Tracking.Posterior(assumption: entry.key, range: entry.range, plannedMean: entry.mean,
                                          estimate: Self.estimate(blocks.flatMap { $0.assumptionDraws[index] }, weights: weights, target: nil))
            }
        } ?? []
        return Tracking(observations: observations(plan, seed: seed), plan: projection(plan, weights: nil, seed: seed),
                        conditioned: projection(blocks, weights: weights, seed: seed), posteriors: posteriors, runs: runs, seed: seed,
                        effectiveRuns: squares > 0 ? sum * sum / squares : 0, lastDay: actuals.map(\.day.value).max() ?? 0)
    }

    /// Whether no conditioned run could produce the actuals (every weight 0).
    package static func isImpossible(_ conditioned: [(result: BlockResult, logWeights: [Double])]) -> Bool {
        !conditioned.contains { $0.logWeights.contains { $0 > -.infinity } }
    }

    /// Each actual against the plan's runs for its day. Touches and
    /// conversations are not random within a run, so each run's value is
    /// drawn as a Poisson count around it, as the conditioning reads them.
    package func observations(_ plan: [BlockResult], seed: UInt64) -> [Tracking.Observation] {
        var random = RandomSource(seed: seed, run: 0, stream: RandomSource.stream(named: "track-band:"))
        return zip(actuals, slots).map { actual, slot in
            var values = plan.flatMap { $0.queryValues[slot] }
            let metric = actual.metric.value
            if metric == .touches || metric == .conversations {
                for i in values.indices { values[i] = Double(random.poisson(values[i])) }
            }
            let value = actual.value.value
            let atOrBelow = values.isEmpty ? 1 : Double(values.filter { $0 <= value * (1 + 1e-9) }.count) / Double(values.count)
            let (p10, p50, p90) = Simulator.percentiles(&values)
            let band = Projection.Estimate(mean: nil, probability: nil, p10: p10, p50: p50, p90: p90)
            return Tracking.Observation(actual: actual, band: band, atOrBelow: atOrBelow, verdict: Tracking.Verdict(value, band: band, atOrBelow: atOrBelow))
        }
    }

    /// The outline and every role's quota, pay and salary cut, from runs
    /// weighted by `weights` (nil: equally, the plan at day 0).
    func projection(_ blocks: [BlockResult], weights: [Double]?, seed: UInt64) -> Projection {
        let sim = simulator
        let runs = blocks.reduce(0) { $0 + $1.runs }
        let weights = weights ?? Array(repeating: 1, count: runs)
        let (checkpoints, objectives) = Projection.outline(sim.plan) { query, _, _, _, target in
            guard sim.queries[query].isModeled else { return .expected(nil) }
            return Self.estimate(blocks.flatMap { $0.queryValues[query] }, weights: weights, target: target)
        }
        let roles = sim.roles.enumerated().map { r, role -> Projection.RoleOutcome in
            var outcome = Projection.RoleOutcome(role: role.role, plan: sim.plan)
            guard let seller = role.seller else { return outcome }
            let persons = sim.sellers[seller].personsSampled
            // Each sampled person carries the weight of their run.
            let personWeights = weights.flatMap { Array(repeating: $0, count: persons) }
            outcome.quotaAttainment = Self.estimate(blocks.flatMap { $0.attainment[r] }, weights: personWeights, target: 1)
            outcome.pay = Self.estimate(blocks.flatMap { $0.pay[r] }, weights: personWeights, target: nil)
            if outcome.adjustment != nil {
                outcome.adjustmentProbability = Self.estimate(blocks.flatMap { $0.adjusted[r].map { $0 ? 1 : 0 } }, weights: personWeights, target: 1).probability
            }
            return outcome
        }
        return Projection(mode: .monteCarlo(runs: runs, seed: seed), plan: sim.plan, checkpoints: checkpoints, objectives: objectives, roles: roles)
    }

    /// Weights from log weights, the largest 1 (0 for a run that cannot produce the actuals).
    static func normalized(_ logWeights: [Double]) -> [Double] {
        guard let top = logWeights.max(), top > -.infinity else { return logWeights.map { _ in 0 } }
        return logWeights.map { $0 - top < -700 ? 0 : exp($0 - top) }
    }

    /// The weighted mean, the weighted share reaching `target`, and weighted
    /// 10th/50th/90th percentiles (the smallest value whose cumulative weight reaches the share).
    static func estimate(_ values: [Double], weights: [Double], target: Double?) -> Projection.Estimate {
        let total = zip(values, weights).reduce(0.0) { $0 + $1.1 }
        guard total > 0, values.count == weights.count else { return Projection.Estimate(mean: nil, probability: nil, p10: nil, p50: nil, p90: nil) }
        let mean = zip(values, weights).reduce(0.0) { $0 + $1.0 * $1.1 } / total
        let probability = target.map { target in
            zip(values, weights).reduce(0.0) { $0 + (Query.reaches($1.0, target) ? $1.1 : 0) } / total
        }
        let order = values.indices.filter { weights[$0] > 0 }.sorted { values[$0] < values[$1] }
        func percentile(_ p: Double) -> Double? {
            var cumulative = 0.0
            for i in order {
                cumulative += weights[i]
                if cumulative >= p * total * (1 - 1e-12) { return values[i] }
            }
            return order.last.map { values[$0] }
        }
        return Projection.Estimate(mean: mean, probability: probability, p10: percentile(0.1), p50: percentile(0.5), p90: percentile(0.9))
    }
}
