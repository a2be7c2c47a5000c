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
                Monte Carlo runs of the model of SIMULATOR.md (seeded: the same playbook, seed and \
                runs give the same output with any number of threads), with the counterfactual \
                plan when hardware-clause-undermines-quota fires, and the sensitivity of the \
                first objective's probability to each assumption. --expected prints the \
                expectation model's means instead. A playbook with reading findings is refused \
                with those findings (exit 1).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv
        }

        @Argument(help: "The playbook.")
        var file: String

        @Option(help: "Number of runs (at least 1).")
        var runs = 10_000

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        @Option(help: "Threads to use (default: all cores).")
        var threads: Int?

        @Option(help: ArgumentHelp("Simulate another playbook with the same seed and show both.", valueName: "other.yaml"))
        var compare: String?

        @Flag(name: .customLong("no-sensitivity"), help: "Skip the sensitivity analysis.")
        var noSensitivity = false

        @Flag(help: "The expectation model's means, without randomness.")
        var expected = false

        @Option(help: "Output format: text, json or csv.")
        var format: Format = .text

        func validate() throws {
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1, not \(runs)") }
            if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
        }

        func run() async throws {
            let main = try Self.readPlan(file)
            let other = try compare.map(Self.readPlan)
            var projections: [Projection] = []
            if expected {
                projections = [main, other].compactMap { $0 }.map(Projection.expected)
            } else {
                let progress = Progress(enabled: Terminal.standardError.isTerminal)
                for plan in [main, other].compactMap({ $0 }) {
                    projections.append(await simulate(plan, progress: progress))
                }
                progress.finish()
            }
            let output: String
            switch format {
            case .text:
                output = projections.count == 1 ? projections[0].text()
                    : zip([file, compare ?? ""], projections).map { "== \($0)\n" + $1.text() }.joined(separator: "\n")
            case .json:
                output = projections.count == 1 ? projections[0].json().rendered()
                    : JSONValue.object([("compare", .array(zip([file, compare ?? ""], projections).map { path, projection in
                        guard case .object(let members) = projection.json() else { return .null }
                        return .object([("path", .string(path))] + members)
                    }))]).rendered()
            case .csv:
                output = Projection.csvHeader + zip([file, compare ?? ""], projections).map { $1.csvRows(plan: $0) }.joined()
            }
            Terminal.standardOutput.write(output)
        }

        /// The plan, its counterfactual and its sensitivity variants, all with
        /// the same seed, their blocks spread over the threads.
        func simulate(_ plan: Playbook, progress: Progress) async -> Projection {
            let set = SimulationSet(plan, sensitivity: !noSensitivity)
            let blocks = await BlockRunner(threads: threads ?? Self.cores, runs: runs, seed: seed).run(set.simulators, progress: progress)
            return set.projection(blocks, seed: seed)
        }

        /// Reads and checks a playbook; reading findings refuse it (exit 1).
        static func readPlan(_ path: String) throws -> Playbook {
            let validator = Validator()
            let report = validator.validate(try PlaybookFiles.read(path, limits: validator.limits))
            let reading = report.findings.filter { $0.rule.isReading }
            guard reading.isEmpty, let playbook = report.playbook else {
                let refused = FileReport(path: report.path, findings: reading, playbook: nil, source: report.source)
                Terminal.standardError.write(Report(files: [refused]).text(color: Terminal.standardError.wantsColor))
                throw ExitCode(1)
            }
            return playbook
        }

        static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
    }
}
