import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What a change to a playbook does: findings introduced and resolved, and every chance that moved beyond noise.",
            discussion: """
                Validates both versions (findings matched by rule and key path, so moved text is no change) \
                and simulates both with the same seed and common random numbers: run i of each draws \
                every role's pipeline from the same random numbers, and each change comes with the \
                standard error of its per-run differences. Only a change beyond two standard errors is \
                called better or worse; --runs narrows the band. A version given as git:REV:path is read \
                with `git show REV:path`. Exit status: 0, or 1 when a --fail-on condition holds; 2 for a \
                usage error or a version that cannot be read (a missing revision or path).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case markdown, json
        }

        @Argument(help: ArgumentHelp("The playbook before the change: a file, or git:REV:path.", valueName: "base"))
        var base: String

        @Argument(help: ArgumentHelp("The playbook after the change: a file, or git:REV:path.", valueName: "head"))
        var head: String

        @Option(help: "Output format: markdown (for a pull-request comment) or json.")
        var format: Format = .markdown

        @Option(name: .customLong("fail-on"), help: ArgumentHelp("""
            Exit 1 when the head introduces an active error (introduced), or when the primary \
            objective's chance drops beyond noise (worse); repeatable.
            """, valueName: "introduced|worse"))
        var failOn: [PlaybookDiff.Failure] = []

        @OptionGroup var simulation: SimulationOptions

        @OptionGroup var check: CheckOptions

        func run() async throws {
            let config = try check.projectConfig()
            let validator = try check.validator(config: config)
            let base = validator.validate(try Self.read(self.base, limits: validator.limits))
            let head = validator.validate(try Self.read(self.head, limits: validator.limits))
            var change: ProjectionChange?
            if PlaybookDiff.isSimulable(base), PlaybookDiff.isSimulable(head), let basePlan = base.playbook, let headPlan = head.playbook {
                try Simulate.checkBudget([basePlan, headPlan].map { SimulationSet.cost(of: $0, sensitivity: false, runs: simulation.runs) }, command: "diff")
                let simulators = [basePlan, headPlan].map { Simulator($0, streams: .perRunAndRole) }
                let progress = Progress(enabled: Terminal.standardError.isTerminal)
                let blocks = await BlockRunner(threads: simulation.threads ?? Simulate.cores, seed: simulation.seed)
                    .run(simulators, runs: [simulation.runs, simulation.runs], progress: progress)
                progress.finish()
                change = ProjectionChange(base: simulators[0], blocks: blocks[0], head: simulators[1], blocks: blocks[1], seed: simulation.seed)
            }
            let diff = PlaybookDiff(base: base, head: head, projection: change)
            Terminal.standardOutput.write(format == .json ? diff.json().rendered() : diff.markdown())
            throw ExitCode(diff.exitCode(failOn: failOn))
        }

        /// A file (or `-`), or `git:REV:path`.
        static func read(_ argument: String, limits: InputLimits) throws(UsageError) -> PlaybookSource {
            if let revision = try GitRevision(argument: argument) { return try revision.read(limits: limits) }
            return try PlaybookFiles.read(argument, limits: limits)
        }
    }
}

extension PlaybookDiff.Failure: ExpressibleByArgument {}
