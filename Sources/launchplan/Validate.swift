import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read playbooks and report every problem, with position and fix.",
            discussion: """
                Exit status: 0 when nothing is at or above --fail-on, 1 when something is, \
                2 for a usage error or a path that cannot be read.
                """
        )

        @Argument(help: ArgumentHelp("Playbook files, or directories searched for *.yaml and *.yml.", valueName: "path"))
        var paths: [String]

        @Option(help: "Output format: text, json, sarif, github (workflow commands) or junit.")
        var format: FindingFormat = .text

        @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
        var failOn: FailOn = .error

        @OptionGroup var check: CheckOptions

        func run() throws {
            let validator = try check.validator()
            // Read and check the files on all cores; the first unreadable one (in order) is the error.
            let outcomes = try PlaybookFiles.files(paths).parallelMap { path -> Result<FileReport, UsageError> in
                Result { try validator.validate(PlaybookFiles.read(path, limits: validator.limits)) }.mapError { $0 as? UsageError ?? UsageError(message: "\($0)") }
            }
            let report = Report(files: try outcomes.map { try $0.get() })
            let output = Terminal.standardOutput
            switch format {
            case .text: output.write(report.text(color: output.wantsColor))
            case .json: output.write(report.json().rendered())
            case .sarif: output.write(report.sarif(relativeTo: Terminal.workingDirectory).rendered())
            case .github: output.write(report.github())
            case .junit: output.write(report.junit())
            }
            throw ExitCode(report.exitCode(failOn: failOn))
        }
    }
}

enum FindingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, junit
}

extension FailOn: ExpressibleByArgument {}
