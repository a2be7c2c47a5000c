import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Reps own the accounts and earn nothing when managed services are sold there.
package struct NoCreditForAccountOwner: PlanRule {
    package static let description = RuleDescription(
        id: .noCreditForAccountOwner, severity: .warning,
        summary: "Reps own a segment where another role sells a service, and are paid nothing on it.",
        rationale: """
            A rep who owns the installed base and earns nothing when managed print is sold \
            there has every reason to say "don't work in my accounts": the specialist can only \
            cost the rep time and, the rep fears, a hardware deal. Pay the rep on managed \
            services sold in their accounts (co-sell credit) or on introductions, and the rep \
            opens the door instead of guarding it.
            """,
        fix: "Add a commission line to the rep's plan for the service with `credit: in-owned-accounts` or `credit: introductions`.",
        reads: [
            "territory.segments.*.owner",
            "roles.*.kind",
            "compensation.*.commissions[].metric",
            "compensation.*.commissions[].service",
            "compensation.*.commissions[].credit",
            "compensation.*.commissions[].segments",
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].sells",
            "territory.rules[].access",
        ],
        triggering: [
            .playbook(roles: Example.rolesWithReps, compensation: """
                compensation:
                  reps: {base_salary: 36000, commissions: [{metric: hardware-gp, percent: 10}]}
                """, territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800, owner: ↓reps}
                  rules:
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}
                """),
        ],
        passing: [
            .playbook(roles: Example.rolesWithReps, compensation: """
                compensation:
                  reps:
                    base_salary: 36000
                    commissions:
                      - {metric: hardware-gp, percent: 10}
                      - {metric: new-mrr, credit: in-owned-accounts, multiple: 0.5}
                """, territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800, owner: reps}
                  rules:
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        var findings: [Finding] = []
        for segment in plan.territory.segments {
            guard let owner = segment.owner, let ownerRole = plan.role(owner.value), ownerRole.kind == .accountRep else { continue }
            let lines = plan.compPlan(for: owner.value)?.commissions ?? []
            for rule in plan.grants(in: segment.id.value).map(\.rule) where rule.role.value != owner.value {
                for case .service(let service) in rule.sells.map(\.value) {
                    let credited = lines.contains { line in
                        line.metric.value.isService && line.service?.value == service
                            && (line.credit == .inOwnedAccounts || line.credit == .introductions)
                            && (line.segments?.contains { $0.value == segment.id.value } ?? true)
                    }
                    if !credited {
                        findings.append(finding(
                            "`\(owner.value)` own `\(segment.id.value)`, where `\(rule.role.value)` sells `\(service)`, and their comp plan pays nothing on `\(service)` sold there or introduced by them",
                            at: owner.location, related: [.init(rule.location, note: "`\(rule.role.value)` sells `\(service)` here")]))
                    }
                }
            }
        }
        return findings
    }
}

extension RuleID {
    public static let noCreditForAccountOwner = RuleID("no-credit-for-account-owner")
}
