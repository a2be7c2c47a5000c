#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LaunchPlanCore

/// Options that decide how findings are judged: rule levels (the project
/// config file, then `--rule`), waivers, and "today".
struct CheckOptions: ParsableArguments {
    @Option(name: .customLong("rule"), help: ArgumentHelp("Change a rule's severity or turn it off; repeatable. Overrides .launchplan.yml.", valueName: "id=off|info|warning|error"))
    var rules: [String] = []

    @Flag(name: .customLong("ignore-waivers"), help: "Report waived findings as active (for CI that refuses plans leaning on waivers).")
    var ignoreWaivers = false

    @Option(help: ArgumentHelp("The date waivers' until_day is judged against (default: today's date).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("Project config file (default: .launchplan.yml in the working directory, or the nearest folder above it within the same git repository).", valueName: "file"))
    var config: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
    }

    /// The config file `--config` names, or the one found; nil when none applies.
    func projectConfig() throws -> ProjectConfig? {
        guard let path = config.map(PlaybookPath.init(argument:)) ?? ProjectConfig.search() else { return nil }
        return try ProjectConfig.read(path)
    }

    /// The validator these options ask for: the config's rule levels, then `--rule`.
    func validator(config: ProjectConfig?) throws -> Validator {
        var commandLine = RuleSettings()
        for rule in rules {
            do {
                try commandLine.set(assignment: rule)
            } catch {
                throw UsageError(message: error.message)
            }
        }
        let date = today.flatMap(CalendarDate.init) ?? Self.currentDate()
        return Validator(settings: (config?.settings ?? RuleSettings()).overridden(by: commandLine),
                         waiverPolicy: WaiverPolicy(ignoreWaivers: ignoreWaivers, today: date))
    }

    /// Today's date in UTC: the clock is read here, at the edge, never in the core.
    static func currentDate() -> CalendarDate? {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let text = String(format: parts)
        return CalendarDate(text)
    }
}

private extension String {
    init(format parts: tm) {
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        self = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }
}
