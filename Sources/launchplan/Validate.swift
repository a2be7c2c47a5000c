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

        @Option(help: "Output format (github: GitHub Actions workflow commands).")
        var format: FindingFormat = .text

        @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
        var failOn: FailOn = .error

        @Option(help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.")
        var color: ColorChoice = .auto

        @Option(name: .customLong("stdin-filename"),
                help: ArgumentHelp("The path to show for standard input (`-`) in findings, as editors and pre-commit hooks pass it.", valueName: "name"))
        var stdinFilename: String?

        @OptionGroup var check: CheckOptions

        func validate() throws {
            if stdinFilename != nil, !paths.contains("-") {
                throw ValidationError("--stdin-filename names standard input: give `-` among the paths")
            }
        }

        func run() throws {
            let config = try check.projectConfig()
            let validator = try check.validator(config: config)
            // Read and check the files on all cores. Each report keeps only what
            // the output needs (findings and the lines they quote): the decoded
            // plan is dropped as soon as the file is checked.
            let named = paths.map { path in
                path == "-" && stdinFilename != nil ? PlaybookPath(standardInputNamed: PlaybookPath.shown(Array(stdinFilename!.utf8))) : PlaybookPath(argument: path)
            }
            let checked = PlaybookFiles.find(named).parallelMap { found in
                found.flatMap { path -> Result<FileReport, UnreadablePath> in
                    Result { () throws(UnreadablePath) in
                        var report = validator.validate(try PlaybookFiles.read(path, limits: validator.limits))
                        report.playbook = nil
                        return report
                    }
                }
            }
            let files = checked.compactMap { try? $0.get() }
            let unreadable = checked.compactMap { outcome in if case .failure(let problem) = outcome { problem } else { nil } }
            let report = Report(files: files, config: config?.path.shown)
            // Nothing on standard output when nothing could be read (exit 2).
            if !files.isEmpty {
                let output = Terminal.standardOutput
                switch format {
                case .text: output.write(report.text(color: output.wantsColor(color)))
                case .json: output.write(report.json().rendered())
                case .sarif: output.write(report.sarif(relativeTo: Terminal.workingDirectory).rendered())
                case .github: output.write(report.github())
                case .junit: output.write(report.junit(failOn: failOn))
                }
            }
            // Every path that could not be read is named, and the exit status says so.
            for problem in unreadable {
                Terminal.standardError.write("\(Tool.name): error: \(problem.message)\n")
            }
            throw ExitCode(unreadable.isEmpty ? report.exitCode(failOn: failOn) : 2)
        }
    }
}

enum FindingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, junit
}

extension FailOn: ExpressibleByArgument {}
