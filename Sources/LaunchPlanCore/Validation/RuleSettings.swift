import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// Per-rule severity overrides: from `.launchplan.yml` and `--rule ID=LEVEL`,
/// applied in one place after the rules ran. Reading rules cannot be changed.
public struct RuleSettings: Sendable, Equatable {
    public enum Level: String, CaseIterable, Sendable {
        case off, info, warning, error

        var severity: Severity? {
            switch self {
            case .off: nil
            case .info: .info
            case .warning: .warning
            case .error: .error
            }
        }
    }

    /// Rule id to level.
    public private(set) var levels: [String: Level] = [:]

    public init() {}

    /// Why a setting was refused, said for the command line.
    public struct Problem: Error, Equatable {
        public var message: String
    }

    /// Sets a rule's level; later settings win (the command line after the config file).
    public mutating func set(_ id: String, _ levelText: String) throws(Problem) {
        guard let rule = Catalogue.description(named: id) else {
            let hint = Suggestion.closest(to: id, among: Catalogue.descriptions.map(\.id.id)).map { "; did you mean `\($0)`?" } ?? ""
            throw Problem(message: "unknown rule `\(Suggestion.echo(id))`\(hint)")
        }
        guard rule.kind != .reading else {
            throw Problem(message: "`\(id)` is about reading the file; its findings cannot be turned off or changed")
        }
        guard let level = Level(rawValue: levelText) else {
            throw Problem(message: "`\(Suggestion.echo(levelText))` is not a level for `\(id)`; use off, info, warning or error")
        }
        levels[id] = level
    }

    /// Parses `ID=LEVEL` (the `--rule` option).
    public mutating func set(assignment: String) throws(Problem) {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw Problem(message: "`--rule \(Suggestion.echo(assignment))` must be ID=off|info|warning|error") }
        try set(parts[0], parts[1])
    }

    /// Reads a project config file (`.launchplan.yml`):
    /// `rules: {permission-without-sla: off, quota-too-easy: error}`.
    public static func config(_ bytes: [UInt8], path: String) throws(Problem) -> RuleSettings {
        let loaded = YAMLLoader().load(bytes)
        if let first = loaded.findings.first {
            throw Problem(message: "\(path):\(first.location.mark.line):\(first.location.mark.column): \(first.message)")
        }
        var settings = RuleSettings()
        guard let root = loaded.root else { return settings }
        guard let pairs = root.mapping else { throw Problem(message: "\(path):\(root.mark.line):\(root.mark.column): the config is a mapping with the key `rules`") }
        for pair in pairs {
            let at = "\(path):\(pair.key.mark.line):\(pair.key.mark.column)"
            guard pair.key.scalar?.text == "rules" else {
                throw Problem(message: "\(at): unknown key `\(Suggestion.echo(pair.key.scalar?.text ?? "?"))`; the config has only `rules`")
            }
            guard let rules = pair.value.mapping else { throw Problem(message: "\(at): `rules` maps rule ids to off, info, warning or error") }
            for rule in rules {
                do {
                    try settings.set(rule.key.scalar?.text ?? "?", rule.value.scalar?.text ?? "?")
                } catch {
                    throw Problem(message: "\(path):\(rule.key.mark.line):\(rule.key.mark.column): \(error.message)")
                }
            }
        }
        return settings
    }

    /// Merges `other` over these settings.
    public func overridden(by other: RuleSettings) -> RuleSettings {
        var merged = self
        merged.levels.merge(other.levels) { $1 }
        return merged
    }

    /// Applies the levels: findings of rules turned off are dropped.
    package func apply(to findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard let level = levels[finding.rule.id] else { return finding }
            guard let severity = level.severity else { return nil }
            var changed = finding
            changed.severity = severity
            return changed
        }
    }
}
