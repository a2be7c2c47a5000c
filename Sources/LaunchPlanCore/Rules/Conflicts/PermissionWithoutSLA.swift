import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Permission to work an account with no deadline for the answer.
package struct PermissionWithoutSLA: PlanRule {
    package static let description = RuleDescription(
        id: .permissionWithoutSLA, severity: .warning,
        summary: "A territory rule requires permission but sets no approval SLA.",
        rationale: """
            "Check with the rep before every call" without a deadline means the rep decides \
            when, and whether, the specialist may work the installed base. Requests sit for \
            days, the specialist falls back on cold calls, and the quota slips for reasons \
            nobody will own. An approval SLA turns permission into a process.
            """,
        fix: "Add `approval_sla_days` (two or three days is usual), or use `access: notify`.",
        reads: [
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].access",
            "territory.rules[].approval_sla_days",
        ],
        triggering: [
            .playbook(territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800}
                  rules:
                    - ↓{role: mps-specialist, segment: installed-base, sells: [managed-print], access: permission}
                """),
        ],
        passing: [
            .playbook(territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800}
                  rules:
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: permission, approval_sla_days: 2}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.territory.rules.filter { $0.access == .permission && $0.approvalSLADays == nil }.map { rule in
            finding("`\(rule.role.value)` needs permission for every account in `\(rule.segment.value)`, and nobody has to answer by any day",
                    at: rule.location)
        }
    }
}

extension RuleID {
    public static let permissionWithoutSLA = RuleID("permission-without-sla")
}
