import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A milestone that needs one falling later, or `needs` that go round in a circle.
package struct MilestoneOrder: PlanRule {
    package static let description = RuleDescription(
        id: .milestoneOrder, severity: .error,
        summary: "A milestone needs one that falls later, or the needs form a cycle.",
        rationale: """
            `needs` says what must be done first: the team briefed before the specialist \
            starts calling, the rules of engagement published before accounts are shared. \
            When the step that must come first is scheduled after the one that depends on it, \
            or steps wait on each other in a circle, the plan cannot be carried out as written.
            """,
        fix: "Move the needed milestone before this one, or drop the need.",
        reads: [
            "milestones[].id",
            "milestones[].day",
            "milestones[].needs",
        ],
        triggering: [
            .playbook(milestones: """
                milestones:
                  - {id: briefing, day: -7, owner: sales-manager, delivers: [team-briefed], needs: [↓rules]}
                  - {id: rules, day: -3, owner: sales-manager, delivers: [rules-of-engagement-published]}
                """),
            .playbook(milestones: """
                milestones:
                  - {id: ↓a, day: -7, owner: sales-manager, needs: [b]}
                  - {id: b, day: -7, owner: sales-manager, needs: [a]}
                """),
        ],
        passing: [
            .playbook(milestones: """
                milestones:
                  - {id: rules, day: -10, owner: sales-manager, delivers: [rules-of-engagement-published]}
                  - {id: briefing, day: -7, owner: sales-manager, delivers: [team-briefed], needs: [rules]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        var findings: [Finding] = []
        let byID = Dictionary(plan.milestones.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        for milestone in plan.milestones {
            for need in milestone.needs {
                guard let needed = byID[need.value], needed.day.value > milestone.day.value else { continue }
                findings.append(finding(
                    "`\(milestone.id.value)` (day \(milestone.day.value)) needs `\(needed.id.value)`, which falls later, on day \(needed.day.value)",
                    at: need.location, related: [.init(needed.day.location, note: "`\(needed.id.value)` is on day \(needed.day.value)")]))
            }
        }
        for cycle in Self.cycles(plan.milestones, byID: byID) {
            let earliest = cycle.min { $0.id.location.mark < $1.id.location.mark } ?? cycle[0]
            let names = cycle.map { "`\($0.id.value)`" }.joined(separator: " -> ")
            findings.append(finding(
                "milestones wait on each other in a circle (\(names) -> `\(cycle[0].id.value)`): none of them can ever start",
                at: earliest.id.location, fix: "Break the circle: remove one of the `needs`."))
        }
        return findings
    }

    /// Each cycle of `needs` once (depth-first search; a cycle is recorded
    /// when the search meets a milestone on its own path).
    package static func cycles(_ milestones: [Milestone], byID: [MilestoneID: Milestone]) -> [[Milestone]] {
        var state: [MilestoneID: Bool] = [:]  // false: on the current path; true: done
        var path: [Milestone] = []
        var found: [[Milestone]] = []
        func visit(_ milestone: Milestone) {
            state[milestone.id.value] = false
            path.append(milestone)
            for need in milestone.needs {
                guard let next = byID[need.value] else { continue }
                switch state[next.id.value] {
                case nil: visit(next)
                case false?:
                    if let start = path.firstIndex(where: { $0.id.value == next.id.value }) { found.append(Array(path[start...])) }
                case true?: break
                }
            }
            path.removeLast()
            state[milestone.id.value] = true
        }
        for milestone in milestones where state[milestone.id.value] == nil { visit(milestone) }
        return found
    }
}

extension RuleID {
    public static let milestoneOrder = RuleID("milestone-order")
}
