import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Pay judged before any deal can have closed.
package struct ReviewBeforeFirstClose: PlanRule {
    package static let description = RuleDescription(
        id: .reviewBeforeFirstClose, severity: .error,
        summary: "A performance review falls before the role's first deal can close.",
        rationale: """
            A managed-services deal takes at least `cycle_days.min` days from first \
            appointment to signature. Reviewing pay before the role's start day plus that \
            minimum judges the person on a number that cannot yet exist, and the best \
            candidates will read the clause that way.
            """,
        fix: "Move `review_day` to at least the start day plus `cycle_days.min`, or later.",
        reads: [
            "compensation.*.performance_adjustment.review_day",
            "roles.*.status",
            "roles.*.start_day",
            "assumptions.cycle_days.min",
        ],
        triggering: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    quota: {metric: new-mrr, target: 6000, by_day: 90}
                    performance_adjustment: {review_day: ↓20, below_attainment_percent: 80, base_salary_change_percent: -15}
                """),
            .playbook(roles: Example.hiredBeforeLaunch, compensation: """
                compensation:
                  mps-specialist:
                    quota: {metric: new-mrr, target: 6000, by_day: 90}
                    performance_adjustment: {review_day: ↓15, below_attainment_percent: 80, base_salary_change_percent: -15}
                """),
        ],
        passing: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    quota: {metric: new-mrr, target: 6000, by_day: 90}
                    performance_adjustment: {review_day: 90, below_attainment_percent: 80, base_salary_change_percent: -15}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.compensation.compactMap { comp in
            guard let adjustment = comp.performanceAdjustment else { return nil }
            let (start, firstClose) = plan.firstClose(of: comp.role.value)
            guard Double(adjustment.reviewDay.value) < firstClose else { return nil }
            return finding(
                "`\(comp.role.value)` is reviewed on day \(adjustment.reviewDay.value), but sells from day \(start) and no deal closes in under \(NumberText.amount(firstClose - Double(start))) days: the first close is day \(NumberText.amount(firstClose)) at the earliest",
                at: adjustment.reviewDay.location)
        }
    }
}

extension RuleID {
    public static let reviewBeforeFirstClose = RuleID("review-before-first-close")
}
