import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanValidation
import LaunchPlanSimulation
import LaunchPlanExercises

extension ExerciseGrade {
    /// `exercise check`: the verdict's parts in the order a participant reads
    /// them (the exercise's findings, what the change brought, the invariants,
    /// the chance of the objective, the size of the change), then PASS or FAIL
    /// with the reasons. Findings still there are printed as `validate` prints them.
    public func text(exercise: Exercise, color: Bool = false) -> String {
        let style = TextStyle(enabled: color)
        var lines = QuotedLines(file)
        var out = style.bold("Exercise \(exercise.id): \(exercise.title)") + " (\(exercise.difficulty.rawValue)), checking \(file.path.displaySafe)\n\n"
        out += "Target findings: \(resolved.count) of \(targetCount) resolved\n"
        for finding in resolved {
            out += "  resolved: \(finding.rule.id) (line \(finding.location.mark.line) of the original)\n"
        }
        out += "\n"
        out += section("Still there", remaining, style: style, lines: &lines)
        out += section("New errors", newErrors, style: style, lines: &lines)
        out += section("New warnings (shown, not failing)", newWarnings, style: style, lines: &lines)
        let invariants = exercise.allInvariants
        out += "Invariants: \(invariants.count - broken.count) of \(invariants.count) kept\n"
        for item in broken {
            out += "  broken: \(item.invariant): \(item.message.displaySafe)\n    why it matters: \(item.why)\n"
        }
        out += "\n" + chanceLine(exercise) + "\n"
        out += "Changed: " + (changed.map { Report.count($0.count, "key path") } ?? "not measured (the file is not YAML)") + "\n\n"
        out += style.bold(verdict) + "\n"
        return out
    }

    private func section(_ title: String, _ findings: [Finding], style: TextStyle, lines: inout QuotedLines) -> String {
        guard !findings.isEmpty else { return "\(title): none\n\n" }
        var out = "\(title): \(findings.count)\n\n"
        for finding in findings { out += finding.text(in: file, style: style, lines: &lines) }
        return out
    }

    /// The primary objective's chance before and after, with the runs and seed both used.
    package func chanceLine(_ exercise: Exercise) -> String {
        func shown(_ chance: Double?) -> String { chance.map(NumberText.percent) ?? "not simulated" }
        var how = ""
        if case .monteCarlo(let runs, let seed)? = simulation {
            how = " (simulated, \(NumberText.amount(Double(runs))) runs, seed \(seed), the same for both)"
        }
        var line = "Chance of objective `\(exercise.objective)`\(how): \(shown(chanceBefore)) before, \(shown(chanceAfter)) after"
        if chanceAfter == nil, !isReadable { line += " (the file cannot be read as a playbook)" }
        return line
    }

    /// "PASS: ..." or "FAIL: ..." with every reason.
    public var verdict: String {
        if passed { return "PASS: every target finding resolved, no new errors, every invariant kept." }
        var reasons: [String] = []
        if !isReadable { reasons.append("the file cannot be read as a playbook") }
        if !remaining.isEmpty { reasons.append("\(Report.count(remaining.count, "target finding")) still there") }
        if !newErrors.isEmpty { reasons.append("\(Report.count(newErrors.count, "new error"))") }
        if !broken.isEmpty { reasons.append("invariant\(broken.count == 1 ? "" : "s") broken: " + broken.map(\.invariant).joined(separator: ", ")) }
        return "FAIL: " + reasons.joined(separator: "; ") + "."
    }

    /// `exercise check --format json`.
    public func json(exercise: Exercise) -> JSONValue {
        func place(_ finding: Finding) -> JSONValue {
            .object([("rule", .string(finding.rule.id)), ("line", .int(finding.location.mark.line)),
                     ("column", .int(finding.location.mark.column)), ("key_path", .string(finding.location.keyPath.description))])
        }
        func chance(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        var runs: JSONValue = .null, seed: JSONValue = .null
        if case .monteCarlo(let r, let s)? = simulation { runs = .int(r); seed = .string(String(s)) }
        return .object([
            ("exercise", .string(exercise.id.rawValue)),
            ("file", .string(file.path)),
            ("passed", .bool(passed)),
            ("readable", .bool(isReadable)),
            ("targets", .object([("total", .int(targetCount)), ("resolved", .array(resolved.map(place))), ("remaining", .array(remaining.map(\.json)))])),
            ("new_errors", .array(newErrors.map(\.json))),
            ("new_warnings", .array(newWarnings.map(\.json))),
            ("invariants", .object([
                ("kept", .array(exercise.allInvariants.map(\.name).filter { name in !broken.contains { $0.invariant == name } }.map(JSONValue.string))),
                ("broken", .array(broken.map { .object([("invariant", .string($0.invariant)), ("message", .string($0.message)), ("why", .string($0.why))]) })),
            ])),
            ("objective", .object([("id", .string(exercise.objective.rawValue)), ("probability_before", chance(chanceBefore)),
                                   ("probability_after", chance(chanceAfter)), ("runs", runs), ("seed", seed)])),
            ("changed_key_paths", changed.map { .array($0.map { .string($0.description) }) } ?? .null),
        ])
    }
}
