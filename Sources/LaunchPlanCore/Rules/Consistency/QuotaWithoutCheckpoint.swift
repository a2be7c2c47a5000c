import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A quota nobody looks at until it is due.
package struct QuotaWithoutCheckpoint: PlanRule {
    package static let description = RuleDescription(
        id: .quotaWithoutCheckpoint, severity: .warning,
        summary: "A quota has no checkpoint on its metric on or before its day.",
        rationale: """
            A quota that no checkpoint tracks is first looked at on the day it is due, when \
            it is too late to help the person reach it. Put the quota's metric on a \
            checkpoint (cumulative, for the whole dealership) on or before that day.
            """,
        fix: "Add the quota's metric and service to a checkpoint's `expect` on or before the quota's `by_day`.",
        reads: [
            "compensation.*.quota.metric",
            "compensation.*.quota.service",
            "compensation.*.quota.by_day",
            "milestones[].day",
            "milestones[].expect[].metric",
            "milestones[].expect[].service",
        ],
        triggering: [.quota("↓{metric: new-mrr, target: 1000, by_day: 90}")],
        passing: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", milestones: """
                milestones:
                  - {id: day-90, day: 90, owner: sales-manager, expect: [{metric: new-mrr, target: 1000}]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.compensation.compactMap { comp in
            guard let quota = comp.quota else { return nil }
            let tracked = plan.milestones.contains { milestone in
                milestone.day.value <= quota.byDay.value && milestone.expect.contains {
                    $0.metric.value == quota.metric.value && $0.service?.value == quota.service?.value
                }
            }
            guard !tracked else { return nil }
            return finding("no checkpoint on or before day \(quota.byDay.value) looks at `\(quota.metric.value.rawValue)`, the metric of `\(comp.role.value)`'s quota",
                           at: quota.location)
        }
    }
}

extension RuleID {
    public static let quotaWithoutCheckpoint = RuleID("quota-without-checkpoint")
}
