import ArgumentParser
import LaunchPlanCore

/// The `launchplan` command tree. `run()` methods only wire reading, the core
/// and writing; the work lives in LaunchPlanCore.
struct LaunchPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: Tool.name,
        abstract: "Check an office-equipment dealership's managed-services launch plan before anyone is hired.",
        discussion: """
            A playbook (YAML) states the plan: objectives, roles, comp plans, territory and \
            account-ownership rules, readiness steps and 30/60/90-day checkpoints. \
            `launchplan validate` finds its problems with exact positions and a fix for each.
            """,
        version: Tool.version,
        subcommands: [Init.self, Validate.self, Simulate.self, Advise.self, ReportCommand.self, Diff.self, Track.self, Calibrate.self, ExerciseCommand.self, Rules.self, Explain.self, Schema.self]
    )

}

/// The entry point. Exit codes as the README documents them: 0 and 1 from the
/// commands, 2 for every usage error (argument-parser's own default would be 64).
@main
enum Main {
    static func main() async {
        Terminal.ignoreBrokenPipes()
        do {
            var command = try LaunchPlan.parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Terminal.exit(exit.rawValue)
        } catch let error as UsageError {
            // A usage error may quote a path or a config file: display-safe, like every text output.
            Terminal.standardError.write("\(Tool.name): error: \(error.message.displaySafe)\n")
            Terminal.exit(2)
        } catch let error as UnreadablePath {
            // A path that cannot be read is a usage error wherever it surfaces: one line, exit 2.
            Terminal.standardError.write("\(Tool.name): error: \(error.message.displaySafe)\n")
            Terminal.exit(2)
        } catch {
            let code = LaunchPlan.exitCode(for: error)
            if code == .success {
                Terminal.standardOutput.write(LaunchPlan.fullMessage(for: error) + "\n")
                Terminal.exit(0)
            }
            // One line, as the README promises; `--help` has the rest.
            let message = LaunchPlan.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
            Terminal.standardError.write("\(Tool.name): error: \(message.displaySafe) (see '\(Tool.name) --help')\n")
            Terminal.exit(2)
        }
    }
}

/// A problem with the command line or a path: one line on stderr, exit 2.
struct UsageError: Error {
    var message: String
}
