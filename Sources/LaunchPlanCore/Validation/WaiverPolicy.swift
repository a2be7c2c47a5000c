import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// How waivers are honoured: `--ignore-waivers` (a CI pipeline that refuses
/// plans leaning on waivers) and "today", for waivers with `until_day`.
public struct WaiverPolicy: Sendable {
    /// Report waived findings as active.
    public var ignoreWaivers: Bool
    /// The date waivers' `until_day` is judged against (counted from `launch.start_date`).
    public var today: CalendarDate?

    public init(ignoreWaivers: Bool = false, today: CalendarDate? = nil) {
        self.ignoreWaivers = ignoreWaivers
        self.today = today
    }

    /// Whether a waiver holds today.
    package enum Standing: Equatable {
        case holds
        case expired(untilDay: Int, today: Int)
        /// `until_day` without `launch.start_date`: the day cannot be known, so
        /// the waiver fails closed rather than holding forever in silence.
        case undatable(untilDay: Int)
    }

    package func standing(of waiver: Waiver, launch: Launch) -> Standing {
        guard let until = waiver.untilDay else { return .holds }
        guard let start = launch.startDate else { return .undatable(untilDay: until) }
        guard let today else { return .holds }
        let day = start.days(until: today)
        return day > until ? .expired(untilDay: until, today: day) : .holds
    }

    /// Marks the findings the playbook's waivers accept and reports waivers that
    /// accept nothing (`waiver-unused`). Reading findings are never waived.
    /// Every waiver that matches a finding counts as used, even when an
    /// earlier one already waives it; the first that holds today waives it.
    package func apply(_ waivers: [Waiver], to findings: [Finding], launch: Launch) -> [Finding] {
        var findings = findings
        var used = Array(repeating: false, count: waivers.count)
        let standings = waivers.map { standing(of: $0, launch: launch) }
        for index in findings.indices where !findings[index].rule.isReading {
            let finding = findings[index]
            let matching = waivers.indices.filter { w in
                waivers[w].rule.value == finding.rule.id && (waivers[w].at?.contains(finding.location.keyPath) ?? true)
            }
            guard let first = matching.first else { continue }
            for w in matching { used[w] = true }
            if let holding = matching.first(where: { standings[$0] == .holds }) {
                if !ignoreWaivers { findings[index].waiver = waivers[holding].reason }
                continue
            }
            switch standings[first] {
            case .expired(let until, let today):
                findings[index].message += " (its waiver expired on day \(until); today is day \(today))"
                findings[index].related.append(.init(waivers[first].location, note: "the expired waiver"))
            case .undatable(let until):
                findings[index].message += " (its waiver holds until day \(until), but the plan has no `launch.start_date`, so that day cannot be dated and the waiver is not honoured)"
                findings[index].related.append(.init(waivers[first].location, note: "the waiver that cannot be dated; add `launch.start_date` or remove its `until_day`"))
            case .holds:
                break
            }
        }
        for (index, waiver) in waivers.enumerated() where !used[index] {
            guard let rule = Catalogue.description(named: waiver.rule.value) else {
                findings.append(Self.unknownRule(waiver.rule))
                continue
            }
            let reading = rule.kind == .reading
            findings.append(Finding(
                rule: .waiverUnused, severity: WaiverUnused.description.severity,
                message: reading
                    ? "this waiver names `\(waiver.rule.value)`, a rule about reading the file; those findings cannot be waived"
                    : "this waiver of `\(waiver.rule.value)`\(waiver.at.map { " at `\($0)`" } ?? "") matches no finding",
                at: waiver.location,
                fix: reading ? "Remove the waiver and fix the file." : "Remove the waiver, or correct its `rule` or `at`."))
        }
        return findings
    }

    /// A waiver naming no rule of the catalogue: one finding, `unknown-reference`
    /// with "did you mean", and not also `waiver-unused`.
    package static func unknownRule(_ rule: Located<String>) -> Finding {
        let shown = Suggestion.echo(rule.value)
        let suggestion = Suggestion.closest(to: rule.value, among: Catalogue.descriptions.map(\.id.id))
        return Finding(
            rule: .unknownReference,
            message: "the rule `\(shown)` is not declared in the rule catalogue (`launchplan rules`)" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
            at: rule.location,
            fix: suggestion.map { "Write `\($0)`." } ?? "Name a rule that `launchplan rules` lists.")
    }
}
