import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Track: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The 30/60/90-day review: the actuals against the plan, and the rest of the plan given them.",
            discussion: """
                Reads the playbook's `actuals:` (what the reviews counted, cumulative from day 0), \
                gives each the plan's p10-p50-p90 for its day and a verdict (ahead, on track, behind, \
                far behind), then every checkpoint, objective, quota and salary cut as the plan \
                had it at day 0 beside the same chance given the actuals, and what the actuals say \
                of each uncertain assumption. Conditioning weights each simulated run by how likely \
                it makes the actuals (the README's "Tracking" says how, and what it assumes). \
                Exit status: 0; 1 when the playbook cannot be read, or when no run of the plan \
                can produce the actuals; 2 for a usage error, a playbook without actuals or an \
                actual the model cannot track.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, markdown
        }

        @Argument(help: "The playbook, with `actuals:`.")
        var file: String

        @OptionGroup var simulation: SimulationOptions

        @Option(help: "Output format: text, json or markdown.")
        var format: Format = .text

        func run() throws {
            let plan = try Simulate.readPlan(file)
            let tracker: Tracker
            do {
                tracker = try Tracker(plan)
            } catch {
                let mark = error.location.mark
                let place = error.location == .file ? file : "\(file):\(mark.line):\(mark.column)"
                throw UsageError(message: "track: \(place.displaySafe): \(error.message.displaySafe)")
            }
            let runs = simulation.runs, seed = simulation.seed
            // The plan's runs, and the conditioned runs with their replicates of each stream's past.
            let plain = SimulationSet.cost(of: plan, sensitivity: false, runs: runs)
            try Simulate.checkBudget([plain, SimulationBudget.Cost(draws: tracker.draws(runs: runs), bytes: plain.bytes)], command: "track")
            let (tracking, isImpossible) = Self.track(tracker, runs: runs, seed: seed, threads: simulation.threads)
            guard !isImpossible else {
                Terminal.standardError.write("\(Tool.name): track: " + Tracking.noRunMatches(runs) + "\n")
                throw ExitCode(1)
            }
            switch format {
            case .text: Terminal.standardOutput.write(tracking.text())
            case .json: Terminal.standardOutput.write(tracking.json(path: file).rendered())
            case .markdown: Terminal.standardOutput.write(tracking.markdown(title: plan.launch.title))
            }
        }

        /// The plan's runs and the conditioned runs, their blocks over every core
        /// (one after another with `--threads 1`); and whether no run matches the actuals.
        static func track(_ tracker: Tracker, runs: Int, seed: UInt64, threads: Int?) -> (tracking: Tracking, isImpossible: Bool) {
            let blocks = Array(0..<Simulator.blockCount(runs: runs))
            func map<T: Sendable>(_ block: @Sendable (Int) -> T) -> [T] { threads == 1 ? blocks.map(block) : blocks.parallelMap(block) }
            let plan = map { tracker.simulator.runBlock($0, runs: runs, seed: seed) }
            let conditioned = map { tracker.runBlock($0, runs: runs, seed: seed) }
            return (tracker.tracking(plan: plan, conditioned: conditioned, seed: seed), Tracker.isImpossible(conditioned))
        }
    }
}
