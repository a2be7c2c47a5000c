import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A quota that can be hit by accident.
package struct QuotaTooEasy: PlanRule {
    package static let description = RuleDescription(
        id: .quotaTooEasy, severity: .warning,
        summary: "Expected quota attainment is 150 % or more.",
        rationale: """
            A quota the pipeline beats by half without trying holds nobody accountable: it \
            pays accelerators for the ordinary and tells the team that the numbers are not \
            serious. Set the quota where the plan's own assumptions put the expected result.
            """,
        fix: "Raise the target toward what the plan expects, or bring `by_day` forward.",
        reads: RuleDescription.quotaAttainmentReads,
        readsModel: true,
        triggering: [.quota("↓{metric: new-mrr, target: 500, by_day: 90}")],
        passing: [.quota("{metric: new-mrr, target: 1000, by_day: 90}")])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.compensation.compactMap { comp in
            guard let quota = comp.quota, let attainment = model.quotaAttainment(of: comp.role.value), attainment >= 1.5 else { return nil }
            return finding(
                "the model expects `\(comp.role.value)` to reach about \(NumberText.percent(attainment)) of their `\(quota.metric.value.rawValue)` quota of \(NumberText.amount(quota.target.value)) by day \(quota.byDay.value)",
                at: quota.location)
        }
    }

    package func trace(_ finding: Finding, plan: Playbook, model: ExpectationModel) -> [TraceStep] {
        quotaTrace(finding, plan: plan, model: model)
    }
}

extension RuleID {
    public static let quotaTooEasy = RuleID("quota-too-easy")
}
