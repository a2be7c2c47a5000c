import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A draw that stops before the first commission can arrive.
package struct DrawEndsBeforeFirstClose: PlanRule {
    package static let description = RuleDescription(
        id: .drawEndsBeforeFirstClose, severity: .warning,
        summary: "A draw ends before the role's first deal can close.",
        rationale: """
            A draw carries a new seller until commissions arrive. One that stops before the \
            first managed-services deal can possibly close leaves the person on base alone at \
            the hardest point of the launch, which is when good hires start looking elsewhere.
            """,
        fix: "Run the draw to at least the start day plus `cycle_days.min`, better to the first expected closes.",
        reads: [
            "compensation.*.draw.until_day",
            "roles.*.status",
            "roles.*.start_day",
            "assumptions.cycle_days.min",
        ],
        triggering: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    draw: {monthly: 2000, until_day: ↓20}
                """),
            .playbook(roles: Example.hiredBeforeLaunch, compensation: """
                compensation:
                  mps-specialist:
                    draw: {monthly: 2000, until_day: ↓15}
                """),
        ],
        passing: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    draw: {monthly: 2000, until_day: 120}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.compensation.compactMap { comp in
            guard let draw = comp.draw else { return nil }
            let firstClose = plan.firstClose(of: comp.role.value).day
            guard Double(draw.untilDay.value) < firstClose else { return nil }
            return finding(
                "the draw of `\(comp.role.value)` ends on day \(draw.untilDay.value), before the first deal can close (day \(NumberText.amount(firstClose)) at the earliest)",
                at: draw.untilDay.location)
        }
    }
}

extension RuleID {
    public static let drawEndsBeforeFirstClose = RuleID("draw-ends-before-first-close")
}
