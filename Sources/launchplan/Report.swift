import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct ReportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write the owner's report: one self-contained HTML page (or Markdown) with the verdict, the numbers and the findings.",
            discussion: """
                Validates and simulates the playbook (as `validate` and `simulate` do, sensitivity \
                included) and writes one HTML file that needs nothing else: no network, no scripts. \
                `--format markdown` writes the same verdict, findings and tables as Markdown for an \
                email or a pull request, each chart as its data table. \
                The file is replaced only once the new one is complete. Exit status: 0 when the plan \
                has no error, 1 when it has (the report is written either way), 2 for a usage error \
                or a path that cannot be read or written.
                """
        )

        @Argument(help: "The playbook.")
        var file: String

        @Option(name: [.customShort("o"), .customLong("output")],
                help: ArgumentHelp("Where to write the report; `-` for standard output. Default: report.html, or report.md with --format markdown.", valueName: "file"))
        var output: String?

        @Option(help: "The report's format: \(ReportFormat.allValueStrings.joined(separator: ", ")).")
        var format: ReportFormat = .html

        @OptionGroup var simulation: SimulationOptions
        var runs: Int { simulation.runs }
        var seed: UInt64 { simulation.seed }
        var threads: Int? { simulation.threads }

        func run() async throws {
            let validator = Validator()
            let checked = validator.validate(try PlaybookFiles.read(file, limits: validator.limits))
            guard !checked.findings.contains(where: \.rule.isReading), let plan = checked.playbook else {
                // A plan that cannot be read has no numbers to show: the findings go to stderr, as simulate's do.
                Terminal.standardError.write(Report(files: [checked]).text(color: Terminal.standardError.wantsColor))
                throw ExitCode(1)
            }
            // With actuals, the review's runs too (an actual the model cannot track is already a finding, `off-track`).
            let tracker = try? Tracker(plan)
            let tracking = tracker.map { [SimulationSet.cost(of: plan, sensitivity: false, runs: runs), SimulationBudget.Cost(draws: $0.draws(runs: runs), bytes: 0)] } ?? []
            try Simulate.checkBudget([SimulationSet.cost(of: plan, sensitivity: true, runs: runs)] + tracking, command: "report")
            let set = SimulationSet(plan, sensitivity: true, reportDetail: true)
            let progress = Progress(enabled: Terminal.standardError.isTerminal)
            let blocks = await BlockRunner(threads: threads ?? Simulate.cores, seed: seed).run(set.simulators, runs: set.runs(runs), progress: progress)
            progress.finish()
            let review = tracker.map { Track.track($0, runs: runs, seed: seed, threads: threads).tracking }
            let report = OwnerReport(file: checked, plan: plan, projection: set.projection(blocks, seed: seed), tracking: review)
            let text = format == .html ? report.html() : report.markdown()
            let output = output ?? (format == .html ? "report.html" : "report.md")
            if output == "-" {
                Terminal.standardOutput.write(text)
            } else {
                try AtomicFile.write(text, to: output, replacing: .always)
                Terminal.standardError.write("\(Tool.name): wrote \(output.displaySafe) (\(report.isReady ? "ready to hire" : "fix these first"))\n")
            }
            throw ExitCode(report.isReady ? 0 : 1)
        }
    }
}

/// What `report` writes: the page, or the same report as Markdown.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown
}
