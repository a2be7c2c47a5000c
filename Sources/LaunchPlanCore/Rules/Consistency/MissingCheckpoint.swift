import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// No checkpoint near day 30, 60 or 90.
package struct MissingCheckpoint: PlanRule {
    package static let description = RuleDescription(
        id: .missingCheckpoint, severity: .warning,
        summary: "No checkpoint within 7 days of day 30, 60 or 90 inside the horizon.",
        rationale: """
            The 30/60/90-day plan is how the owner and the new hire agree what "on track" \
            means before money and patience run out. Without a checkpoint at each step, the \
            first honest look at the launch comes when it is already late to change course.
            """,
        fix: "Add a milestone with `expect` at (or within 7 days of) the missing day.",
        reads: [
            "milestones[].day",
            "milestones[].expect[]",
            "launch.horizon_days",
        ],
        triggering: [
            .playbook(milestones: """
                ↓↓milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
                """),
        ],
        passing: [
            .playbook(milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
                  - {id: day-60, day: 63, owner: sales-manager, expect: [{metric: proposals, target: 4}]}
                  - {id: day-90, day: 90, owner: owner, expect: [{metric: pipeline-mrr, target: 6000}]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        let days = plan.milestones.filter(\.isCheckpoint).map(\.day.value)
        let at = plan.sections["milestones"] ?? .file
        return [30, 60, 90].filter { $0 <= plan.launch.horizonDays }.compactMap { target in
            guard !days.contains(where: { abs($0 - target) <= 7 }) else { return nil }
            return finding("no checkpoint within 7 days of day \(target): nobody will look at the launch's numbers then", at: at)
        }
    }
}

extension RuleID {
    public static let missingCheckpoint = RuleID("missing-checkpoint")
}
