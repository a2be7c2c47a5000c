import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Projection {
    /// A plan's checkpoint expectations (in milestone order) and then its
    /// objectives, each with the estimate `estimate` gives for it: its index in
    /// that order (the simulator's query order), metric, service, day and target.
    /// The one place both the expected and the simulated projection lay them out.
    package static func outline(_ plan: Playbook, estimate: (Int, Metric, ServiceID?, Int, Double) -> Estimate) -> ([Checkpoint], [Objective]) {
        var index = 0
        func next(_ metric: Metric, _ service: ServiceID?, _ day: Int, _ target: Double) -> Estimate {
            defer { index += 1 }
            return estimate(index, metric, service, day, target)
        }
        let checkpoints = plan.milestones.filter(\.isCheckpoint).map { milestone in
            Checkpoint(milestone: milestone.id.value, day: milestone.day.value, expectations: milestone.expect.map { expectation in
                CheckpointExpectation(metric: expectation.metric.value, service: expectation.service?.value, target: expectation.target.value,
                                      estimate: next(expectation.metric.value, expectation.service?.value, milestone.day.value, expectation.target.value))
            })
        }
        let objectives = plan.objectives.map { objective in
            Objective(objective: objective.id.value, metric: objective.metric.value, service: objective.service?.value, target: objective.target.value, byDay: objective.byDay.value,
                      estimate: next(objective.metric.value, objective.service?.value, objective.byDay.value, objective.target.value))
        }
        return (checkpoints, objectives)
    }
}
