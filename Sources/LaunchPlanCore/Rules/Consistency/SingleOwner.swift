import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Exactly one dealer principal.
package struct SingleOwner: PlanRule {
    package static let description = RuleDescription(
        id: .singleOwner, severity: .error,
        summary: "Not exactly one role of kind `owner`.",
        rationale: """
            A managed-services launch needs one person with the final word: who sets the \
            objectives, settles what the sales manager and the reps cannot, and answers for \
            the launch. With no owner the plan has no sponsor; with two, every dispute has \
            two referees.
            """,
        fix: "Keep exactly one role of kind `owner`: the dealer principal.",
        reads: [
            "roles.*.kind",
        ],
        triggering: [
            .playbook(roles: """
                roles:
                  ↓sales-manager: {kind: manager}
                  mps-specialist: {kind: specialist}
                """, objectives: "objectives:\n  mps-mrr: {metric: new-mrr, target: 6000, by_day: 90, owner: sales-manager}"),
            .playbook(roles: """
                roles:
                  owner: {kind: owner}
                  ↓partner: {kind: owner}
                  sales-manager: {kind: manager}
                """),
        ],
        passing: [.playbook()])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        let owners = plan.roles.filter { $0.kind == .owner }
        guard let first = owners.first else {
            guard let at = plan.roles.first?.id.location ?? plan.sections["roles"] else { return [] }
            return [finding("no role has kind `owner`: nobody sets the objectives and settles what the team cannot",
                            at: SourceLocation(mark: at.mark, keyPath: KeyPath.root.appending("roles")),
                            fix: "Add the dealer principal: `owner: {kind: owner}`.")]
        }
        return owners.dropFirst().map { extra in
            finding("`\(extra.id.value)` is a second role of kind `owner` (after `\(first.id.value)`); a launch has one owner who has the final word",
                    at: extra.id.location, related: [.init(first.id.location, note: "the first owner role")],
                    fix: "Give `\(extra.id.value)` another kind, such as `manager`.")
        }
    }
}

extension RuleID {
    public static let singleOwner = RuleID("single-owner")
}
