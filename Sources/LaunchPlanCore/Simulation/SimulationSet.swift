import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Everything one `simulate` of a plan runs with the same seed: the plan, its
/// counterfactual (without the hardware lines that undermine a quota) and the
/// sensitivity variants; and how their blocks combine into one `Projection`.
public struct SimulationSet: Sendable {
    public let simulators: [Simulator]
    package let hasCounterfactual: Bool
    package let assumptions: [String]
    /// Per variant (low, high): the simulator index, or nil when scaling left the
    /// assumptions as they were (a zero, `auto`) or changed nothing the first
    /// objective counts (`Simulator.countsFirstObjective(like:)`): its result
    /// is the plan's own, so it is not run again.
    package let variantSimulators: [(low: Int?, high: Int?)]

    /// - Parameter reportDetail: the plan's simulator also estimates what only
    ///   the owner's report shows (`Simulator.init(_:keepsDistributions:reportDetail:)`).
    public init(_ plan: Playbook, sensitivity: Bool, reportDetail: Bool = false) {
        let layout = Self.layout(plan, sensitivity: sensitivity)
        hasCounterfactual = layout.hasCounterfactual
        assumptions = layout.assumptions
        // Only the plan and its counterfactual report percentiles.
        let distributions = hasCounterfactual ? 2 : 1
        let built = layout.plans.enumerated().map { Simulator($1, keepsDistributions: $0 < distributions, reportDetail: reportDetail && $0 == 0) }
        // A variant that counts the first objective as the plan does is the plan: not run again.
        var simulators = Array(built.prefix(distributions))
        var kept: [Int: Int] = [:]
        for index in built.indices.dropFirst(distributions) where !built[0].countsFirstObjective(like: built[index]) {
            kept[index] = simulators.count
            simulators.append(built[index])
        }
        self.simulators = simulators
        variantSimulators = layout.variants.map { (low: $0.low.flatMap { kept[$0] }, high: $0.high.flatMap { kept[$0] }) }
    }

    /// The plans to simulate, in simulator order: the plan, its counterfactual
    /// when there is one, then the sensitivity variants that change anything.
    package static func layout(_ plan: Playbook, sensitivity: Bool)
        -> (plans: [Playbook], hasCounterfactual: Bool, assumptions: [String], variants: [(low: Int?, high: Int?)]) {
        var plans = [plan]
        let offending = ExpectationModel(plan).underminingHardwareLinePaths
        if !offending.isEmpty { plans.append(plan.removingCommissionLines(offending)) }
        let hasCounterfactual = plans.count == 2
        let variants = sensitivity && !plan.objectives.isEmpty ? Sensitivity.variants(of: plan) : []
        var indices: [(low: Int?, high: Int?)] = []
        for variant in variants {
            func add(_ changed: Playbook) -> Int? {
                guard changed.assumptions != plan.assumptions else { return nil }

                plans.append(changed)
                return plans.count - 1
            }
            indices.append((add(variant.low), add(variant.high)))
        }
        return (plans, hasCounterfactual, variants.map(\.assumption), indices)
    }

    /// How many runs each simulator makes when the plan makes `runs`: the
    /// plan and its counterfactual all of them, a sensitivity variant
    /// `Sensitivity.runs(for:)`.
    public func runs(_ runs: Int) -> [Int] {
        simulators.indices.map { $0 < (hasCounterfactual ? 2 : 1) ? runs : Sensitivity.runs(for: runs) }
    }

    /// `blocks[i]` are the blocks of `simulators[i]`, in block order.
    public func projection(_ blocks: [[BlockResult]], seed: UInt64) -> Projection {
        var projection = simulators[0].projection(blocks[0], seed: seed)
        if hasCounterfactual {
            projection.counterfactual = [simulators[1].projection(blocks[1], seed: seed, ranksImportance: false)]
        }
        // A variant that changed nothing is the plan over the variants' runs (its first blocks).
        let runs = blocks[0].reduce(0) { $0 + $1.runs }
        let base = simulators[0].firstObjective(blocks[0].prefix(Simulator.blockCount(runs: Sensitivity.runs(for: runs))))
        func firstObjective(_ index: Int?) -> (probability: Double, share: Double)? {
            guard let index else { return base }
            return simulators[index].firstObjective(blocks[index][...])
        }
        projection.sensitivity = Sensitivity.ranked(zip(assumptions, variantSimulators).map { name, variant in
            let (low, high) = (firstObjective(variant.low), firstObjective(variant.high))
            return Projection.SensitivityEntry(assumption: name, low: low?.probability, high: high?.probability,
                                               lowShare: low?.share, highShare: high?.share)
        })
        return projection
    }

    /// Runs every block on the calling thread (tests, and the reference the
    /// parallel runner must match).
    public func runSerially(runs: Int, seed: UInt64) -> Projection {
        projection(zip(simulators, self.runs(runs)).map { simulator, runs in
            (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: seed) }
        }, seed: seed)
    }
}
