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
    enum Standing: Equatable {
        case holds
        case expired(untilDay: Int, today: Int)
        /// `until_day` without `launch.start_date`: the day cannot be known, so
        /// the waiver fails closed rather than holding forever in silence.
        case undatable(untilDay: Int)
    }

    func standing(of waiver: Waiver, launch: Launch) -> Standing {
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
    func apply(_ waivers: [Waiver], to findings: [Finding], launch: Launch) -> [Finding] {
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
            let reading = RuleID.named(waiver.rule.value)?.isReading == true
            findings.append(Finding(
                rule: .waiverUnused,
                message: reading
                    ? "this waiver names `\(waiver.rule.value)`, a rule about reading the file; those findings cannot be waived"
                    : "this waiver of `\(waiver.rule.value)`\(waiver.at.map { " at `\($0)`" } ?? "") matches no finding",
                at: waiver.location,
                fix: reading ? "Remove the waiver and fix the file." : "Remove the waiver, or correct its `rule` or `at`."))
        }
        return findings
    }
}

extension WaiverPolicy {
    /// `waiver-unused` is applied with the waivers, after the rules ran; its
    /// description sits here with the mechanism.
    public static let unusedDescription = RuleDescription(
        id: .waiverUnused,
        summary: "A waiver matches no finding, or names a rule about reading the file.",
        rationale: """
            A waiver records that the owner knowingly accepts a finding. One that matches \
            nothing is left over from a plan that changed, or misspells the rule or the key \
            path, and silently waives nothing; one that names a reading rule tries to accept \
            a file the tool cannot read. Either way the record no longer says what it seems to.
            """,
        fix: "Remove the waiver, or correct its `rule` or `at`.",
        triggering: [
            Example.playbook(milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
                waivers:
                  - ↓{rule: permission-without-sla, reason: The owner answers the same day}
                """),
        ],
        passing: [
            Example.playbook(milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
                waivers:
                  - {rule: missing-checkpoint, reason: The owner reviews the launch weekly}
                """),
        ])
}
