import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A new seller starts and the sales team was never told.
package struct TeamNotBriefed: PlanRule {
    package static let description = RuleDescription(
        id: .teamNotBriefed, severity: .error,
        summary: "A specialist or inside-sales hire starts before the sales team is briefed.",
        rationale: """
            Reps who learn about the managed-services specialist when the specialist calls \
            their customers treat the newcomer as a threat to their accounts and their \
            commission. The owner or the sales manager must tell the team before day one: why \
            managed services, what the specialist does, how the reps gain from it.
            """,
        fix: "Add a milestone before the start day, owned by the owner or a manager, that delivers `team-briefed`.",
        reads: [
            "roles.*.kind",
            "roles.*.status",
            "roles.*.start_day",
            "milestones[].delivers=team-briefed",
            "milestones[].owner",
            "milestones[].day",
        ],
        triggering: [
            .hiring(),
            .hiring(milestones: """
                milestones:
                  - {id: briefing, day: 3, owner: sales-manager, delivers: [team-briefed]}
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
                """),
        ],
        passing: [
            Example.hiring(milestones: """
                milestones:
                  - {id: briefing, day: -7, owner: sales-manager, delivers: [team-briefed]}
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 10}]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        let briefings = plan.milestones.filter { milestone in
            milestone.delivers.contains { $0.value == .teamBriefed }
                && [.owner, .manager].contains(plan.role(milestone.owner.value)?.kind)
        }
        return plan.roles.filter { $0.status == .toHire && $0.kind.sellsServices }.compactMap { role in
            guard !briefings.contains(where: { $0.day.value < role.startDay }) else { return nil }
            let late = briefings.map { Finding.Related($0.day.location, note: "`\($0.id.value)` briefs the team on day \($0.day.value), not before") }
            return finding(
                "`\(role.id.value)` starts on day \(role.startDay) and no milestone by the owner or a manager briefs the sales team before that",
                at: role.id.location, related: late)
        }
    }
}

extension RuleID {
    public static let teamNotBriefed = RuleID("team-not-briefed")
}
