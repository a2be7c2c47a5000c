import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Project the pipeline: checkpoints, objectives, quota attainment and pay.",
            discussion: """
                --expected prints the expectation model's means (no randomness). The Monte Carlo \
                simulation (probabilities and percentiles) is not built yet. A playbook with \
                reading findings is refused with those findings (exit 1).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The playbook.")
        var file: String

        @Flag(help: "The expectation model's means, without randomness.")
        var expected = false

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            guard expected else {
                throw UsageError(message: "the Monte Carlo simulation is not built yet; run `launchplan simulate --expected \(file)` for the expectation model's means")
            }
            let validator = Validator()
            let report = validator.validate(try PlaybookFiles.read(file, limits: validator.limits))
            let reading = report.findings.filter { $0.rule.isReading }
            guard reading.isEmpty, let playbook = report.playbook else {
                let refused = FileReport(path: report.path, findings: reading, playbook: nil, source: report.source)
                Terminal.standardError.write(Report(files: [refused]).text(color: Terminal.standardError.wantsColor))
                throw ExitCode(1)
            }
            let projection = Projection.expected(playbook)
            Terminal.standardOutput.write(format == .json ? projection.json().rendered() : projection.text())
        }
    }
}
