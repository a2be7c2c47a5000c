import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Advise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What would make this plan work: the smallest change to each lever that clears each finding, and one combined proposal.",
            discussion: """
                For each finding a lever can move (a target or due day, a review day, an approval SLA, \
                a rule's access, a commission line's end or the line itself, a co-sell credit for the \
                reps, headcount, a draw's end, a briefing, an escalation path), the nearest value that \
                clears it on the expectation model, with the finding's number before and after, the \
                added pay a year from the pay model, and the simulated chance of the primary objective \
                before and after (same seed). Then the few changes that together clear every error and \
                as many warnings as the limits allow. --format patch prints them as a unified diff of \
                the playbook (git apply, patch -p1) that keeps its comments, order and style; -o writes \
                the changed playbook. Exit status: 0 when the combined proposal leaves no error, 1 when \
                errors remain, 2 for a usage error, a path that cannot be read or written, or a file \
                that does not read as a playbook (its first problem in one line).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, markdown, patch
        }

        @Argument(help: "The playbook.")
        var file: String

        @Option(help: "Output format: text, json, markdown or patch (the combined proposal as a unified diff).")
        var format: Format = .text

        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write the playbook with the combined proposal made to this file (atomically); `-` prints it.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Lever kinds to hold fixed, comma-separated: \(LeverKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kinds"))
        var keep: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("The most the changes may add to pay a year, in the plan's currency.", valueName: "amount"))
        var budget: Double?

        @Flag(name: .customLong("errors-only"), help: "The combined proposal clears errors only and leaves the warnings.")
        var errorsOnly = false

        @Option(parsing: .unconditional, help: "Runs of the confirming simulation, 1 to 100,000.")
        var runs = 2_000

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        @Option(help: "Threads to use (default: all cores).")
        var threads: Int?

        func validate() throws {
            guard runs >= 1, runs <= 100_000 else { throw ValidationError("--runs must be from 1 to 100000, not \(runs)") }
            if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
            if let budget, !(budget.isFinite && budget >= 0) { throw ValidationError("--budget must be a number of 0 or more") }
            _ = try kept()
        }

        func kept() throws -> Set<LeverKind> {
            var kinds: Set<LeverKind> = []
            for name in (keep ?? "").split(separator: ",").map({ String($0.filter { $0 != " " }) }) where !name.isEmpty {
                guard let kind = LeverKind(rawValue: name) else {
                    throw ValidationError("--keep: no lever kind `\(name)`; the kinds are \(LeverKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kinds.insert(kind)
            }
            return kinds
        }

        func run() async throws {
            let validator = Validator()
            let source = try PlaybookFiles.read(file, limits: validator.limits)
            let read = validator.read(source)
            // Advice needs a plan that reads cleanly: the first reading problem, in one line, is a usage error.
            if let problem = read.findings.sorted(by: Finding.ordered).first {
                let more = read.findings.count > 1 ? " (and \(read.findings.count - 1) more; `\(Tool.name) validate` lists them)" : ""
                throw UsageError(message: "advise: '\(file)' does not read as a playbook: \(file):\(problem.location.mark.line):\(problem.location.mark.column): \(problem.message) [\(problem.rule.id)]\(more)")
            }
            guard let plan = read.playbook,
                  var advice = Advisor.advise(path: file, bytes: source.bytes, plan: plan,
                                              limits: AdviceLimits(keep: try kept(), budget: budget, warnings: !errorsOnly)) else {
                throw UsageError(message: "advise: '\(file)' does not read as a playbook")
            }
            if format != .patch {
                let simulators = advice.simulators
                let counts = Array(repeating: runs, count: simulators.count)
                let blocks = await BlockRunner(threads: threads ?? Simulate.cores, seed: seed)
                    .run(simulators, runs: counts, progress: Progress(enabled: false))
                advice.record(blocks, simulators: simulators, runs: runs, seed: seed)
            }
            if let output {
                guard let patched = advice.combined.patched else {
                    throw UsageError(message: "advise: the combined proposal cannot be written into '\(file)' in place")
                }
                let text = String(decoding: patched, as: UTF8.self)
                if output == "-" { Terminal.standardOutput.write(text) } else { try AtomicFile.write(text, to: output, replacing: .always) }
            }
            if output != "-" {
                switch format {
                case .text: Terminal.standardOutput.write(advice.text())
                case .json: Terminal.standardOutput.write(advice.json().rendered())
                case .markdown: Terminal.standardOutput.write(advice.markdown())
                case .patch: Terminal.standardOutput.write(advice.patch)
                }
            }
            throw ExitCode(advice.combined.remaining.contains { $0.severity == .error } ? 1 : 0)
        }
    }
}
