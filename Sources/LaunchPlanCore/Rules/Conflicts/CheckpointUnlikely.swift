import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A checkpoint the plan's own numbers do not reach.
package struct CheckpointUnlikely: PlanRule {
    package static let description = RuleDescription(
        id: .checkpointUnlikely, severity: .warning,
        summary: "The expectation model's mean for a checkpoint expectation is below 50 % of its target.",
        rationale: """
            A checkpoint is where the owner decides whether the launch is on track. Set \
            where the plan's own assumptions cannot reach it, it will read as failure at \
            day 30, 60 or 90 whatever the team does, and the launch gets cut before the \
            pipeline has had time to mature.
            """,
        fix: "Lower the target to what the pipeline can deliver by that day, move the checkpoint later, or count an earlier stage (appointments, proposals, pipeline MRR) instead.",
        reads: [
            "milestones[].day",
            "milestones[].expect[].metric",
            "milestones[].expect[].service",
            "milestones[].expect[].target",
        ],
        readsModel: true,
        triggering: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [↓{metric: appointments, target: 40}]}
                """),
        ],
        passing: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", milestones: """
                milestones:
                  - {id: day-30, day: 30, owner: sales-manager, expect: [{metric: appointments, target: 8}]}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.milestones.flatMap { milestone in
            milestone.expect.compactMap { expectation -> Finding? in
                let metric = expectation.metric.value
                guard metric != .hardwareGP, let service = expectation.service?.value,
                      model.model.sellers.contains(where: { $0.service == service }) else { return nil }
                let mean = model.dealership(metric, service: service, byDay: milestone.day.value)
                guard mean < 0.5 * expectation.target.value else { return nil }
                return finding(
                    "checkpoint `\(milestone.id.value)` expects \(NumberText.amount(expectation.target.value)) \(metric.rawValue) by day \(milestone.day.value); the model expects about \(NumberText.amount(mean)), \(NumberText.percent(mean / expectation.target.value)) of the target",
                    at: expectation.location)
            }
        }
    }

    package func trace(_ finding: Finding, plan: Playbook, model: ExpectationModel) -> [TraceStep] {
        guard let milestone = plan.milestones.first(where: { $0.location.keyPath.contains(finding.location.keyPath) }),
              let expectation = milestone.expect.first(where: { $0.location.keyPath == finding.location.keyPath }),
              let service = expectation.service?.value else { return [] }
        let metric = expectation.metric.value
        var steps: [TraceStep] = []
        for (index, seller) in model.model.sellers.enumerated() where seller.service == service {
            steps += model.sellerTrace(seller: index, byDay: milestone.day.value).map { step in
                TraceStep("`\(seller.role.id.value)`: \(step.label)", step.formula, step.value)
            }
            steps.append(TraceStep("`\(seller.role.id.value)`: \(metric.rawValue) by day \(milestone.day.value)",
                                   "per person x headcount \(seller.role.headcount)",
                                   model.perPerson(metric, seller: index, byDay: milestone.day.value) * Double(seller.role.headcount)))
        }
        let mean = model.dealership(metric, service: service, byDay: milestone.day.value)
        return steps + [
            TraceStep("dealership \(metric.rawValue) by day \(milestone.day.value)", "sum over sellers of `\(service)`", mean),
            TraceStep("share of the target", "\(NumberText.significant(mean)) / \(NumberText.significant(expectation.target.value))", mean / expectation.target.value),
        ]
    }

}

extension RuleID {
    public static let checkpointUnlikely = RuleID("checkpoint-unlikely")
}
