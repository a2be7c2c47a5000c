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

    /// Marks the findings the playbook's waivers accept and reports waivers that
    /// accept nothing (`waiver-unused`). Reading findings are never waived.
    func apply(_ waivers: [Waiver], to findings: [Finding], launch: Launch) -> [Finding] {
        var findings = findings
        var used = Array(repeating: false, count: waivers.count)
        let todayDay = today.flatMap { today in launch.startDate.map { $0.days(until: today) } }
        for index in findings.indices where !findings[index].rule.isReading {
            let finding = findings[index]
            guard let w = waivers.firstIndex(where: { waiver in
                waiver.rule.value == finding.rule.id && (waiver.at?.contains(finding.location.keyPath) ?? true)
            }) else { continue }
            used[w] = true
            let waiver = waivers[w]
            if let until = waiver.untilDay, let todayDay, todayDay > until {
                findings[index].message += " (its waiver expired on day \(until); today is day \(todayDay))"
                findings[index].related.append(.init(waiver.location, note: "the expired waiver"))
            } else if !ignoreWaivers {
                findings[index].waiver = waiver.reason
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
