import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

/// The rows `track` prints, written once for the text, the Markdown and the
/// owner's report: each actual against its band, each chance planned and
/// given the actuals, each uncertain assumption's range and what the actuals say.
extension Tracking {
    package static let observationHeader = ["recorded", "role", "day", "actual", "plan p10", "p50", "p90", "plan runs at or below", "verdict"]

    package var observationRows: [[String]] {
        observations.map { observation in
            let actual = observation.actual
            let money = actual.metric.value.isMoney
            func amount(_ value: Double?) -> String { value.map { NumberText.amount(money ? $0.rounded() : $0) } ?? "-" }
            return [actual.metric.value.rawValue + (actual.service.map { " (\($0.value.rawValue))" } ?? ""),
                    actual.role?.value.rawValue ?? "all", String(actual.day.value), amount(actual.value.value),
                    amount(observation.band.p10), amount(observation.band.p50), amount(observation.band.p90),
                    NumberText.percent(observation.atOrBelow), observation.verdict.rawValue]
        }
    }

    package static let chanceHeader = ["", "day", "target", "chance at day 0", "given the actuals", "expected given the actuals", "outlook"]

    /// What each chance is about, in a few words.
    package func label(_ chance: Chance) -> String {
        switch chance.kind {
        case .checkpoint: "checkpoint \(chance.id): \(chance.metric?.rawValue ?? "")"
        case .objective: "objective \(chance.id): \(chance.metric?.rawValue ?? "")"
        case .quota: "\(chance.id): quota (\(chance.metric?.rawValue ?? ""))"
        case .salaryCut: "\(chance.id): salary cut"
        }
    }

    package var chanceRows: [[String]] {
        chances.map { chance in
            let money = chance.metric?.isMoney ?? false
            let expected: String
            switch chance.kind {
            case .quota: expected = chance.conditioned.mean.map { "\(NumberText.percent($0)) of quota" } ?? "-"
            case .salaryCut: expected = "-"
            case .checkpoint, .objective: expected = chance.conditioned.mean.map { NumberText.amount(money ? $0.rounded() : $0) } ?? "-"
            }
            return [label(chance), String(chance.day), chance.target.map(NumberText.amount) ?? "-",
                    Projection.percent(chance.planned.probability), Projection.percent(chance.conditioned.probability), expected,
                    (chance.outlook?.rawValue ?? "-") + (chance.isPast ? " (day passed)" : "")]
        }
    }

    package static let posteriorHeader = ["uncertain assumption", "planned low-likely-high", "planned mean", "actuals say p10-p50-p90", "mean"]

    package var posteriorRows: [[String]] {
        posteriors.map { posterior in
            let r = posterior.range, e = posterior.estimate
            func amount(_ value: Double?) -> String { value.map { NumberText.significant($0) } ?? "-" }
            return [posterior.assumption, "\(amount(r.min))-\(amount(r.likely))-\(amount(r.max))", amount(posterior.plannedMean),
                    "\(amount(e.p10))-\(amount(e.p50))-\(amount(e.p90))", amount(e.mean)]
        }
    }

    /// Below this many effective runs the summary says the chances are rough.
    package static let roughRuns = 100.0

    /// What `track` and the report say when no run matched.
    package static func noRunMatches(_ runs: Int) -> String {
        "No run of \(NumberText.amount(Double(runs))) matched the actuals: they are outside what the plan's model and assumptions allow, or too many stage counts to match at once (each review's assessments, proposals and agreements must be matched exactly); check the actuals, record fewer reviews' stage counts, or run with more --runs."
    }

    /// The verdict in one sentence per objective, quota and salary cut still to come.
    package var summary: [String] {
        guard effectiveRuns > 0 else { return [Self.noRunMatches(runs)] }
        // Few runs carry the weight: the actuals are far from what the plan expects, and the chances are rough.
        let rough = effectiveRuns < Self.roughRuns
            ? ["Only \(NumberText.amount(effectiveRuns.rounded())) of \(NumberText.amount(Double(runs))) runs' worth of evidence: the actuals are far from what the plan expects, so these chances are rough; check the actuals, or run with more --runs."]
            : []
        return rough + chances.filter { $0.kind != .checkpoint && !$0.isPast }.compactMap { chance in
            guard let outlook = chance.outlook, let given = chance.conditioned.probability else { return nil }
            let planned = Projection.percent(chance.planned.probability)
            let what: String = switch chance.kind {
            case .objective: "Objective \(chance.id) (\(chance.metric?.rawValue ?? "") \(chance.target.map(NumberText.amount) ?? "") by day \(chance.day))"
            case .quota: "The quota of \(chance.id) (\(chance.metric?.rawValue ?? "") \(chance.target.map(NumberText.amount) ?? "") by day \(chance.day))"
            case .salaryCut: "The salary cut of \(chance.id) at day \(chance.day)"
            case .checkpoint: ""
            }
            return "\(what) is \(outlook.rawValue): \(NumberText.percent(given)) given the actuals (\(planned) at day 0)."
        }
    }

    /// How the numbers were conditioned, for the footnote.
    package var method: String {
        "Conditioned on the actuals by weighting each of \(NumberText.amount(Double(runs))) runs by how likely it makes them "
            + "(seed \(seed); worth \(NumberText.amount(effectiveRuns.rounded())) equally weighted runs); "
            + "\"plan runs at or below\": the share of the plan's runs at or below the actual on its day."
    }
}
