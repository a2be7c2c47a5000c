/// Everything one `simulate` of a plan runs with the same seed: the plan, its
/// counterfactual (without the hardware lines that undermine a quota) and the
/// sensitivity variants; and how their blocks combine into one `Projection`.
public struct SimulationSet: Sendable {
    public let simulators: [Simulator]
    let hasCounterfactual: Bool
    let assumptions: [String]

    public init(_ plan: Playbook, sensitivity: Bool) {
        var plans = [plan]
        let offending = ExpectationModel(plan).underminingHardwareLinePaths
        hasCounterfactual = !offending.isEmpty
        if hasCounterfactual { plans.append(plan.removingCommissionLines(offending)) }
        let variants = sensitivity && !plan.objectives.isEmpty ? Sensitivity.variants(of: plan) : []
        assumptions = variants.map(\.assumption)
        plans += variants.flatMap { [$0.low, $0.high] }
        simulators = plans.map(Simulator.init)
    }

    /// `blocks[i]` are the blocks of `simulators[i]`, in block order.
    public func projection(_ blocks: [[BlockResult]], seed: UInt64) -> Projection {
        var projection = simulators[0].projection(blocks[0], seed: seed)
        var next = 1
        if hasCounterfactual {
            projection.counterfactual = [simulators[1].projection(blocks[1], seed: seed)]
            next = 2
        }
        projection.sensitivity = Sensitivity.ranked(assumptions.enumerated().map { i, name in
            let low = simulators[next + 2 * i].projection(blocks[next + 2 * i], seed: seed)
            let high = simulators[next + 2 * i + 1].projection(blocks[next + 2 * i + 1], seed: seed)
            return Projection.SensitivityEntry(assumption: name, low: low.objectives.first?.estimate.probability,
                                               high: high.objectives.first?.estimate.probability)
        })
        return projection
    }

    /// Runs every block on the calling thread (tests, and the reference the
    /// parallel runner must match).
    public func runSerially(runs: Int, seed: UInt64) -> Projection {
        projection(simulators.map { simulator in
            (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: seed) }
        }, seed: seed)
    }
}
