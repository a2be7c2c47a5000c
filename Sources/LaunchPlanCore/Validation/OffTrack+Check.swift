import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation

extension OffTrack {
    /// Each actual below the plan's 10th percentile for its day, against the
    /// band `track` prints by default (the same runs and seed). An actual the
    /// model cannot judge is said so, not passed over.
    /// What `validate` may spend on a plan's band: about a second, so that a
    /// hostile playbook in CI cannot make the check slow (`track` has the full budget).
    public static let budget = SimulationBudget(draws: 2e8, bytes: 64 * 1024 * 1024)

    public static func check(_ plan: Playbook, runs: Int = runs, budget: SimulationBudget = budget) -> [Finding] {
        // An actual reading found a problem with (a duplicate, an undeclared role) has its finding already.
        var plan = plan
        let readable = plan.actuals.filter { !plan.isUnreadable(at: $0.location.keyPath) }
        plan.actuals = readable
        guard !plan.actuals.isEmpty else { return [] }
        func finding(_ message: String, at location: SourceLocation) -> Finding {
            Finding(rule: .offTrack, severity: description.severity, message: message, at: location, fix: description.fix)
        }
        let tracker: Tracker
        do {
            tracker = try Tracker(plan)
        } catch {
            return [finding(error.message, at: error.location)]
        }
        // The plan's runs as the band draws them: with a counter for every actual.
        let cost = SimulationBudget.Cost(draws: Double(runs) * tracker.simulator.drawsPerRun + tracker.simulator.setUpWork,
                                         bytes: Double(runs) * tracker.simulator.valuesKeptPerRun * 8)
        guard budget.admits(cost) else {
            return [finding("the actuals are not judged here: the plan's band would take about \(NumberText.scientific(cost.draws)) random draws, over `validate`'s budget of \(NumberText.scientific(budget.draws)); `launchplan track` judges them",
                            at: plan.actuals[0].location)]
        }
        let blocks = (0..<Simulator.blockCount(runs: runs)).map { tracker.simulator.runBlock($0, runs: runs, seed: seed) }
        return tracker.observations(blocks, seed: seed).compactMap { observation -> Finding? in
            guard observation.verdict == .behind || observation.verdict == .farBehind, let p10 = observation.band.p10 else { return nil }
            let actual = observation.actual
            let metric = actual.metric.value
            let who = actual.role.map { "`\($0.value)`'s" } ?? "the dealership's"
            func amount(_ value: Double?) -> String {
                guard let value else { return "-" }
                return metric.isMoney ? NumberText.amount(value.rounded()) : NumberText.amount(value)
            }
            let band = "\(amount(observation.band.p10))-\(amount(observation.band.p50))-\(amount(observation.band.p90))"
            return finding(
                "\(who) \(metric.rawValue) by day \(actual.day.value) \(metric.isMoney ? "is" : "are") \(amount(actual.value.value)), below the plan's 10th percentile of \(amount(p10)) for that day (p10-p50-p90 \(band)); \(NumberText.percent(observation.atOrBelow)) of the plan's runs are this low",
                at: actual.value.location)
        }
    }
}
