import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A specialist or appointment setter hired without a comp plan.
package struct HireWithoutCompPlan: PlanRule {
    package static let description = RuleDescription(
        id: .hireWithoutCompPlan, severity: .error,
        summary: "A specialist or inside-sales role to be hired has no comp plan.",
        rationale: """
            Nobody good accepts a sales job without knowing how they are paid, and a comp plan \
            written after the hire is written under pressure, usually with the hardware \
            commission "just until the pipeline builds" that pulls the new hire away from \
            managed services. Decide the comp plan before the job is advertised.
            """,
        fix: "Add a `compensation` entry for the role: base salary, quota and commission lines.",
        reads: [
            "roles.*.kind",
            "roles.*.status",
            "compensation.*",
        ],
        triggering: [
            .playbook(roles: """
                roles:
                  owner: {kind: owner}
                  sales-manager: {kind: manager}
                  ↓mps-specialist: {kind: specialist, status: to-hire}
                """),
        ],
        passing: [
            .playbook(roles: """
                roles:
                  owner: {kind: owner}
                  sales-manager: {kind: manager}
                  mps-specialist: {kind: specialist, status: to-hire}
                """, compensation: """
                compensation:
                  mps-specialist: {base_salary: 60000, commissions: [{metric: new-mrr, multiple: 1.5}]}
                """),
            .playbook(),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.roles.filter { $0.status == .toHire && $0.kind.sellsServices && plan.compPlan(for: $0.id.value) == nil }
            .map { role in
                finding("`\(role.id.value)` is to be hired as \(role.kind == .specialist ? "a specialist" : "inside sales") but has no comp plan in `compensation`",
                        at: role.id.location)
            }
    }
}

extension RuleID {
    public static let hireWithoutCompPlan = RuleID("hire-without-comp-plan")
}
