import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A quota the pipeline cannot reach.
package struct QuotaUnreachable: PlanRule {
    package static let description = RuleDescription(
        id: .quotaUnreachable, severity: .warning,
        summary: "Expected quota attainment at the quota's day is below 50 %.",
        rationale: """
            A quota the pipeline cannot reach is not a stretch goal: it tells the new hire \
            on day one that they will fail, and with a salary cut attached it makes the cut \
            all but certain. The expectation model puts the plan's own assumptions (touches, \
            funnel, sales cycle, deal size) together; if even its mean falls short by half, \
            the quota, the timing or the assumptions are wrong.
            """,
        fix: "Lower the target, move `by_day` later (or add a ramp), or open warmer accounts to the role.",
        reads: RuleDescription.quotaAttainmentReads,
        readsModel: true,
        triggering: [.quota("↓{metric: new-mrr, target: 3000, by_day: 90}")],
        passing: [.quota("{metric: new-mrr, target: 1000, by_day: 90}")])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.compensation.compactMap { comp in
            guard let quota = comp.quota, let attainment = model.quotaAttainment(of: comp.role.value), attainment < 0.5 else { return nil }
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
    public static let quotaUnreachable = RuleID("quota-unreachable")
}
