import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// `waiver-unused`: not a `PlanRule`, since the waiver pass (Validation)
/// applies it after the rules ran, but described here so the one registry
/// lists it with the others.
public enum WaiverUnused {
    public static let description = RuleDescription(
        id: .waiverUnused, severity: .warning,
        summary: "A waiver matches no finding, or names a rule about reading the file.",
        rationale: """
            A waiver records that the owner knowingly accepts a finding. One that matches \
            nothing is left over from a plan that changed, or misspells the rule or the key \
            path, and silently waives nothing; one that names a reading rule tries to accept \
            a file the tool cannot read. Either way the record no longer says what it seems to.
            """,
        fix: "Remove the waiver, or correct its `rule` or `at`.",
        reads: [
            "waivers[].rule",
            "waivers[].at",
            "waivers[].until_day",
            "launch.start_date",
        ],
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

extension RuleID {
    public static let waiverUnused = RuleID("waiver-unused")
}
