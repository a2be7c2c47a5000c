import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Objectives nobody at the top owns.
package struct ObjectiveNotOwnedByOwner: PlanRule {
    package static let description = RuleDescription(
        id: .objectiveNotOwnedByOwner, severity: .warning,
        summary: "No objective is owned by the owner.",
        rationale: """
            A managed-services launch changes how the whole dealership sells, and only the \
            dealer principal can make the sales team, service and finance move with it. When \
            every objective is delegated to the new specialist, the launch becomes one \
            person's problem and fails with them.
            """,
        fix: "Make the owner-kind role the `owner` of the launch's main objective.",
        reads: [
            "roles.*.kind",
            "objectives.*.owner",
        ],
        triggering: [
            Example("""
                launchplan: 1
                dealership: {name: Example Office Systems, services: [managed-print]}
                roles:
                  owner: {kind: owner}
                  mps-specialist: {kind: specialist}
                objectives:
                  mps-mrr: {metric: new-mrr, target: 6000, by_day: 90, owner: ↓mps-specialist}
                milestones:
                  - {id: day-30, day: 30, owner: owner, expect: [{metric: appointments, target: 10}]}

                """),
        ],
        passing: [.playbook()])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        guard let owner = plan.roles.first(where: { $0.kind == .owner }), let first = plan.objectives.first,
              !plan.objectives.contains(where: { $0.owner.value == owner.id.value }),
              plan.objectives.allSatisfy({ plan.role($0.owner.value) != nil }) else { return [] }
        return [finding("no objective is owned by `\(owner.id.value)`, the dealer principal: the launch's goals rest on \(Suggestion.list(Array(Set(plan.objectives.map(\.owner.value.rawValue))).sorted(), conjunction: "and")) alone",
                        at: first.owner.location)]
    }
}

extension RuleID {
    public static let objectiveNotOwnedByOwner = RuleID("objective-not-owned-by-owner")
}
