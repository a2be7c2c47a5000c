import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A later checkpoint expecting less than an earlier one.
package struct CheckpointRegression: PlanRule {
    package static let description = RuleDescription(
        id: .checkpointRegression, severity: .error,
        summary: "A later checkpoint expects less of a metric than an earlier one.",
        rationale: """
            Checkpoint expectations are cumulative from day 0: 6 proposals by day 60 \
            includes those of day 30. A later checkpoint that expects fewer is a typo or a \
            per-period number in a cumulative field, and either way the team is measured \
            against the wrong bar.
            """,
        fix: "Write the cumulative number from day 0 to the checkpoint's day.",
        reads: [
            "milestones[].id",
            "milestones[].day",
            "milestones[].expect[].metric",
            "milestones[].expect[].service",
            "milestones[].expect[].target",
        ],
        triggering: [
            .playbook(milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: proposals, target: 6}]}
                  - {id: day-60, day: 60, owner: sales-manager, expect: [{metric: proposals, target: ↓4}]}
                """),
        ],
        passing: [
            .playbook(milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: proposals, target: 2}]}
                  - {id: day-60, day: 60, owner: sales-manager, expect: [{metric: proposals, target: 6}]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        let checkpoints = plan.milestones.filter(\.isCheckpoint).sorted { $0.day.value < $1.day.value }
        var findings: [Finding] = []
        for (i, later) in checkpoints.enumerated() {
            for expectation in later.expect {
                let earlier = checkpoints[..<i].filter { $0.day.value < later.day.value }.flatMap { milestone in
                    milestone.expect.filter { $0.metric.value == expectation.metric.value && $0.service?.value == expectation.service?.value }
                        .map { (milestone, $0) }
                }.max { $0.1.target.value < $1.1.target.value }
                guard let (milestone, before) = earlier, expectation.target.value < before.target.value else { continue }
                findings.append(finding(
                    "checkpoint `\(later.id.value)` (day \(later.day.value)) expects \(NumberText.amount(expectation.target.value)) \(expectation.metric.value.rawValue), less than the \(NumberText.amount(before.target.value)) that `\(milestone.id.value)` expects by day \(milestone.day.value); expectations count from day 0",
                    at: expectation.target.location, related: [.init(before.target.location, note: "the earlier expectation")]))
            }
        }
        return findings
    }
}

extension RuleID {
    public static let checkpointRegression = RuleID("checkpoint-regression")
}
