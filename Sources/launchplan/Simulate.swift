#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Simulate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Project the pipeline: how likely each checkpoint and objective is, quota attainment and pay.",
            discussion: """
                Monte Carlo runs of the pipeline model the README describes (seeded: the same playbook, seed and \
                runs give the same output with any number of threads), with the counterfactual \
                plan when hardware-clause-undermines-quota fires, and the sensitivity of the \
                first objective's probability to each assumption. --expected prints the \
                expectation model's means instead. A playbook with reading findings is refused \
                with those findings (exit 1). A simulation whose estimated work or memory is over \
                the budget (\(NumberText.scientific(SimulationBudget.standard.draws)) random draws, \(SimulationBudget.megabytes(SimulationBudget.standard.bytes)) MB) is refused before it starts, with both \
                numbers (exit 2).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv
        }

        @Argument(help: "The playbook.")
        var file: String

        @OptionGroup var simulation: SimulationOptions
        var runs: Int { simulation.runs }
        var seed: UInt64 { simulation.seed }
        var threads: Int? { simulation.threads }

        @Option(help: ArgumentHelp("Simulate another playbook with the same seed and show both.", valueName: "other.yaml"))
        var compare: String?

        @Flag(name: .customLong("no-sensitivity"), help: "Skip the sensitivity analysis.")
        var noSensitivity = false

        @Flag(help: "The expectation model's means, without randomness.")
        var expected = false

        @Flag(name: .customLong("show-defaults"), help: """
            List the assumptions that take the format's defaults, with their values \
            (text; JSON has them in defaults_used, CSV in its assumption rows).
            """)
        var showDefaults = false

        @Option(help: "Output format: text, json or csv.")
        var format: Format = .text

        func run() async throws {
            let main = try Self.readPlan(file)
            let other = try compare.map(Self.readPlan)
            var projections: [Projection] = []
            if expected {
                projections = [main, other].compactMap { $0 }.map(Projection.expected)
            } else {
                let plans = [main, other].compactMap { $0 }
                try Self.checkBudget(plans.map { SimulationSet.cost(of: $0, sensitivity: !noSensitivity, runs: runs) })
                let progress = Progress(enabled: Terminal.standardError.isTerminal)
                for plan in plans {
                    projections.append(await simulate(plan, progress: progress))
                }
                progress.finish()
            }
            let comparison = Comparison(zip([file, compare ?? ""], projections).map(Comparison.Entry.init))
            let output = switch format {
            case .text: comparison.text(showingDefaults: showDefaults)
            case .json: comparison.json().rendered()
            case .csv: comparison.csv()
            }
            Terminal.standardOutput.write(output)
        }

        /// The plan, its counterfactual and its sensitivity variants, all with
        /// the same seed, their blocks spread over the threads.
        func simulate(_ plan: Playbook, progress: Progress) async -> Projection {
            let set = SimulationSet(plan, sensitivity: !noSensitivity)
            let blocks = await BlockRunner(threads: threads ?? Self.cores, seed: seed).run(set.simulators, runs: set.runs(runs), progress: progress)
            return set.projection(blocks, seed: seed)
        }

        /// Refuses (exit 2, one line) a simulation whose estimated cost is over
        /// `SimulationBudget.standard`, before anything runs.
        static func checkBudget(_ costs: [SimulationBudget.Cost], command: String = "simulate") throws {
            if let refusal = SimulationBudget.standard.refusal(of: .total(costs)) {
                throw UsageError(message: "\(command): " + refusal)
            }
        }

        /// Reads a playbook through the reader `validate` starts with (load and
        /// decode, no plan rules); reading findings refuse it (exit 1).
        static func readPlan(_ path: String) throws -> Playbook {
            let validator = Validator()
            let report = validator.read(try PlaybookFiles.read(path, limits: validator.limits))
            guard report.findings.isEmpty, let playbook = report.playbook else {
                Terminal.standardError.write(Report(files: [report]).text(color: Terminal.standardError.wantsColor))
                throw ExitCode(1)
            }
            return playbook
        }

        static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
    }
}
