import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// An objective no one's quota adds up to.
package struct QuotaObjectiveGap: PlanRule {
    package static let description = RuleDescription(
        id: .quotaObjectiveGap, severity: .warning,
        summary: "The quotas on an objective's metric add up to less than its target.",
        rationale: """
            The owner commits the business to an objective; people deliver quotas. When the \
            quotas on the same metric, due by the objective's day, add up to less than the \
            objective, the gap belongs to nobody: everyone can make their number while the \
            launch misses its own.
            """,
        fix: "Raise or add quotas on the metric (per person, times headcount) until they cover the objective.",
        reads: [
            "objectives.*.metric",
            "objectives.*.service",
            "objectives.*.target",
            "objectives.*.by_day",
            "compensation.*.quota.metric",
            "compensation.*.quota.service",
            "compensation.*.quota.target",
            "compensation.*.quota.by_day",
            "roles.*.headcount",
        ],
        triggering: [
            .playbook(objectives: "objectives:\n  mps-mrr: {metric: new-mrr, target: ↓6000, by_day: 90, owner: owner}", compensation: """
                compensation:
                  mps-specialist:
                    quota: {metric: new-mrr, target: 4000, by_day: 90}
                """),
        ],
        passing: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    quota: {metric: new-mrr, target: 6000, by_day: 90}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.objectives.compactMap { objective in
            let metric = objective.metric.value
            // A service metric with no service was reported by reading (missing
            // or unreadable `service`): one typo, one finding, not also "uncovered".
            guard [.newMRR, .agreements, .hardwareGP].contains(metric), !(metric.isService && objective.service == nil) else { return nil }
            let covered = plan.compensation.reduce(0.0) { total, comp in
                guard let quota = comp.quota, quota.metric.value == metric, quota.service?.value == objective.service?.value,
                      quota.byDay.value <= objective.byDay.value else { return total }
                return total + quota.target.value * Double(plan.role(comp.role.value)?.headcount ?? 1)
            }
            guard covered < objective.target.value else { return nil }
            let carried = covered == 0 ? "no one carries a quota on it" : "the quotas on it add up to \(NumberText.amount(covered))"
            return finding(
                "objective `\(objective.id.value)` is \(NumberText.amount(objective.target.value)) \(metric.rawValue) by day \(objective.byDay.value), but \(carried) by then",
                at: objective.target.location)
        }
    }
}

extension RuleID {
    public static let quotaObjectiveGap = RuleID("quota-objective-gap")
}
