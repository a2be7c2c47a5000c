import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Agreements expected before any can exist.
package struct CheckpointBeforeFirstClose: PlanRule {
    package static let description = RuleDescription(
        id: .checkpointBeforeFirstClose, severity: .error,
        summary: "A checkpoint expects agreements or new MRR before any deal can close.",
        rationale: """
            No managed-services deal closes faster than the shortest sales cycle after the \
            first appointment. A checkpoint that expects signed agreements before the first \
            seller's start day plus that cycle is a checkpoint the launch fails by \
            construction.
            """,
        fix: "Expect appointments, assessments or proposals at that day, and agreements later.",
        reads: [
            "milestones[].day",
            "milestones[].expect[].metric",
            "milestones[].expect[].service",
            "roles.*.kind",
            "roles.*.status",
            "roles.*.start_day",
            "assumptions.cycle_days.min",
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].sells",
            "territory.rules[].access",
        ],
        triggering: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", milestones: """
                milestones:
                  - {id: day-20, day: 20, owner: sales-manager, expect: [↓{metric: agreements, target: 1}]}
                """),
            .playbook(territory: Example.openMarket(sells: "[managed-print]"), milestones: """
                milestones:
                  - {id: day-20, day: 20, owner: sales-manager, expect: [↓{metric: new-mrr, target: 1000}]}
                """),
            .playbook(roles: Example.hiredBeforeLaunch, territory: Example.openMarket(sells: "[managed-print]"), milestones: """
                milestones:
                  - {id: day-15, day: 15, owner: sales-manager, expect: [↓{metric: agreements, target: 1}]}
                """),
        ],
        passing: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", milestones: """
                milestones:
                  - {id: day-60, day: 60, owner: sales-manager, expect: [{metric: agreements, target: 1}]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.milestones.flatMap { milestone in
            milestone.expect.compactMap { expectation -> Finding? in
                guard [.agreements, .newMRR].contains(expectation.metric.value), let service = expectation.service?.value else { return nil }
                // A service nobody sells is `service-without-seller`'s finding, with the fix that fits it.
                guard let earliest = plan.firstClose(ofService: service) else { return nil }
                guard Double(milestone.day.value) < earliest else { return nil }
                return finding(
                    "checkpoint `\(milestone.id.value)` expects \(expectation.metric.value.rawValue) by day \(milestone.day.value), but the first deal can close on day \(NumberText.amount(earliest)) at the earliest",
                    at: expectation.location)
            }
        }
    }
}

extension RuleID {
    public static let checkpointBeforeFirstClose = RuleID("checkpoint-before-first-close")
}
