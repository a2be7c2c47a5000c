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

    @Option(help: ArgumentHelp("Project config file (default: .launchplan.yml in the working directory or the nearest folder above it).", valueName: "file"))
    var config: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
    }

    /// The validator these options ask for; reads the config file.
    func validator() throws -> Validator {
        var settings = RuleSettings()
        if let path = config ?? Self.findConfig() {
            let source = try PlaybookFiles.read(path, limits: .standard)
            do {
                settings = try RuleSettings.config(source.bytes, path: path)
            } catch {
                throw UsageError(message: error.message)
            }
        }
        var commandLine = RuleSettings()
        for rule in rules {
            do {
                try commandLine.set(assignment: rule)
            } catch {
                throw UsageError(message: error.message)
            }
        }
        let date = today.flatMap(CalendarDate.init) ?? Self.currentDate()
        return Validator(settings: settings.overridden(by: commandLine),
                         waiverPolicy: WaiverPolicy(ignoreWaivers: ignoreWaivers, today: date))
    }

    /// `.launchplan.yml` in the working directory or the nearest folder above it.
    static func findConfig() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        var folder = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        while true {
            let candidate = (folder == "/" ? "" : folder) + "/.launchplan.yml"
            if access(candidate, F_OK) == 0 { return candidate }
            guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
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
