import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

extension Advice {
    /// The plans the simulator confirms, all with the same seed (common random
    /// numbers, so a difference is the change's and not noise): as planned,
    /// after each distinct proposal (one lever at one value is simulated once,
    /// whichever findings it was proposed for), after the combined proposal.
    /// Only the primary objective is read, so no distributions are kept.
    public var simulators: [Simulator] {
        simulated.plans.map { Simulator($0, keepsDistributions: false) }
    }

    /// The distinct plans, and for each proposal the index of its plan.
    var simulated: (plans: [Playbook], proposal: [Int]) {
        var plans = [plan]
        var index: [String: Int] = [:]
        let proposal = proposals.map { p in
            let key = "\(p.keyPath)=\(p.to)"
            if let known = index[key] { return known }
            plans.append(p.plan)
            index[key] = plans.count - 1
            return plans.count - 1
        }
        return (plans + [combined.plan], proposal)
    }

    /// Records the primary objective's chance from `blocks[i]`, the blocks of `simulators[i]`.
    public mutating func record(_ blocks: [[BlockResult]], simulators: [Simulator], runs: Int, seed: UInt64) {
        let chances = zip(simulators, blocks).map { $0.firstObjective($1[...])?.probability }
        let layout = simulated
        guard chances.count == layout.plans.count else { return }
        probability = chances[0]
        for index in proposals.indices { proposals[index].probability = chances[layout.proposal[index]] }
        combined.probability = chances[layout.plans.count - 1]
        self.runs = runs
        self.seed = seed
    }

    /// The advice simulated on the calling thread (tests; the command line spreads the blocks over threads).
    public func simulatedSerially(runs: Int, seed: UInt64) -> Advice {
        let simulators = self.simulators
        var advice = self
        advice.record(simulators.map { simulator in (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: seed) } },
                      simulators: simulators, runs: runs, seed: seed)
        return advice
    }
}
