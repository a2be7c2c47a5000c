import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Shared accounts and no written rules of engagement before the start.
package struct RulesNotPublished: PlanRule {
    package static let description = RuleDescription(
        id: .rulesNotPublished, severity: .warning,
        summary: "Roles share a segment and no rules of engagement are published by the first start day.",
        rationale: """
            Where the specialist and the reps work the same accounts, everyone needs to know \
            the rules before the first call: who may approach which accounts, who is told, \
            who is paid on what. Rules made up case by case after the first dispute are \
            remembered as favouritism. Publish them before the new hire starts.
            """,
        fix: "Add a milestone on or before the first start day that delivers `rules-of-engagement-published`.",
        reads: [
            "roles.*.status",
            "roles.*.start_day",
            "milestones[].day",
            "milestones[].delivers=rules-of-engagement-published",
            "territory.segments.*",
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].access",
        ],
        triggering: [
            .playbook(roles: Example.rolesWithReps, territory: """
                territory:
                  segments:
                    ↓installed-base: {kind: customers, accounts: 800, owner: reps}
                  rules:
                    - {role: reps, segment: installed-base, sells: [hardware], access: open}
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}
                  escalation: {role: sales-manager, sla_days: 2}
                """),
        ],
        passing: [
            .playbook(roles: Example.rolesWithReps, territory: Example.sharedInstalledBase, milestones: """
                milestones:
                  - {id: rules, day: -5, owner: sales-manager, delivers: [rules-of-engagement-published]}
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        let firstStart = plan.roles.filter { $0.status == .toHire }.map(\.startDay).min() ?? 0
        let published = plan.milestones.contains { milestone in
            milestone.day.value <= firstStart && milestone.delivers.contains { $0.value == .rulesOfEngagementPublished }
        }
        guard !published else { return [] }
        let shared = plan.territory.segments.first { segment in
            Set(plan.grants(in: segment.id.value).map(\.role)).count >= 2
        }
        guard let shared else { return [] }
        return [finding("several roles work `\(shared.id.value)` and no milestone on or before day \(firstStart) publishes the rules of engagement",
                        at: shared.id.location)]
    }
}

extension RuleID {
    public static let rulesNotPublished = RuleID("rules-not-published")
}
