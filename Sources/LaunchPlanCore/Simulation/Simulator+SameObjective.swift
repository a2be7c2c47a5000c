import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Simulator {
    /// Whether `other` (a sensitivity variant of the same plan) counts the
    /// first objective from exactly the same distributions as this simulator:
    /// the same appointments by source and day for every seller it counts,
    /// the same stages, and the same cycle and deal sizes where the metric
    /// needs them. Then the variant's result is the plan's own, and it is not
    /// simulated: a change to, say, the hardware close rate of a seller with no
    /// hardware line moves nothing, and simulating it would only shift the
    /// random draws and show noise as a swing.
    package func countsFirstObjective(like other: Simulator) -> Bool {
        let q = outlineQueries - plan.objectives.count
        guard !plan.objectives.isEmpty, q >= 0, q < queries.count, other.queries.count == queries.count,
              other.sellers.count == sellers.count else { return false }
        let query = queries[q]
        guard deterministicPart(query) == other.deterministicPart(other.queries[q]) else { return false }
        let stage = query.metric.pipelineStage
        let (a, b) = (plan.assumptions, other.plan.assumptions)
        if let stage, stage.stage.rawValue > 0, a.cycleDays != b.cycleDays { return false }
        if stage?.countsMRR == true, a.dealMRR != b.dealMRR { return false }
        for (mine, theirs) in zip(sellers, other.sellers) where mine.counters.contains(where: { $0.slot == q }) {
            guard mine.persons == theirs.persons, mine.stages == theirs.stages else { return false }
            let (days, otherDays) = (expectation.model.days[mine.index], other.expectation.model.days[theirs.index])
            for source in AppointmentSource.allCases where days.appointments(from: source) != otherDays.appointments(from: source) {
                return false
            }
        }
        return true
    }
}
