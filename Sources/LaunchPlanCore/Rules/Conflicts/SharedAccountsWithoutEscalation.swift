import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Several roles in one segment and nobody to settle their disputes.
package struct SharedAccountsWithoutEscalation: PlanRule {
    package static let description = RuleDescription(
        id: .sharedAccountsWithoutEscalation, severity: .error,
        summary: "Two or more roles work one segment and no escalation path is set.",
        rationale: """
            When a specialist and the reps both call on the same accounts, disputes are \
            certain: who found the deal, who gets paid, who may call whom. "We'll work it out \
            as we go along" means the loudest rep wins and the specialist learns to stay away. \
            Name who settles territory disputes, and how fast, before the first one happens.
            """,
        fix: "Add `territory.escalation` naming the manager or owner who settles disputes, with `sla_days`.",
        reads: [
            "territory.escalation",
            "territory.segments.*",
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].access",
            "roles.*.kind",
        ],
        triggering: [
            .playbook(roles: Example.rolesWithReps, territory: """
                territory:
                  segments:
                    ↓installed-base: {kind: customers, accounts: 800, owner: reps}
                  rules:
                    - {role: reps, segment: installed-base, sells: [hardware], access: open}
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}
                """),
        ],
        passing: [
            .playbook(roles: Example.rolesWithReps, territory: Example.sharedInstalledBase),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        // An escalation written with a mistake is reported by reading, not again as missing.
        guard plan.territory.escalation == nil, !plan.isUnreadable(at: KeyPath.root.appending("territory").appending("escalation")) else { return [] }
        // The fix names a role of this plan who can settle disputes: a manager, else the owner.
        let settler = (plan.roles.first { $0.kind == .manager } ?? plan.roles.first { $0.kind == .owner })?.id.value
        let fix = settler.map { "Add `territory.escalation: {role: \($0), sla_days: 2}` (or whoever settles disputes)." }
        return plan.territory.segments.compactMap { segment in
            let rules = plan.grants(in: segment.id.value).map(\.rule)
            var seen: Set<String> = []
            let roles = rules.map(\.role.value.rawValue).filter { seen.insert($0).inserted }
            guard roles.count >= 2 else { return nil }
            return finding(
                "\(Suggestion.list(roles, conjunction: "and")) \(roles.count == 2 ? "both" : "all") work `\(segment.id.value)` and `territory.escalation` names nobody to settle their disputes",
                at: segment.id.location, related: rules.map { .init($0.location, note: "`\($0.role.value)` has \($0.access.rawValue) access here") },
                fix: fix)
        }
    }
}

extension RuleID {
    public static let sharedAccountsWithoutEscalation = RuleID("shared-accounts-without-escalation")
}
