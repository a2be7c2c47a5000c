import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanSimulation

/// The sentences and rows `calibrate` prints, written once for the text and
/// the Markdown: the verdict on each assumption, the score, the reliability
/// table, each launch, and the funnel against the plans.
extension Calibration {
    /// A ratio as a consultant says it: `0.62x`.
    package static func factor(_ ratio: Double) -> String {
        NumberText.exact((ratio * 100).rounded() / 100) + "x"
    }

    package static func brier(_ score: Double?) -> String {
        score.map { NumberText.exact(($0 * 1000).rounded() / 1000) } ?? "-"
    }

    /// A launch's file as the tables show it: from inside the folder.
    package func shown(_ launch: Launch) -> String {
        guard launch.path.hasPrefix(folder) else { return launch.path }
        let inside = launch.path.dropFirst(folder.count).drop { $0 == "/" }
        return inside.isEmpty ? launch.path : String(inside)
    }

    /// What was calibrated, in one line.
    package var heading: String {
        let count = launches.count == 1 ? "1 past launch" : "\(launches.count) past launches"
        return "Calibration over \(count) in \(folder) (\(NumberText.amount(Double(runs))) runs each, seed \(seed))"
    }

    /// One sentence per assumption consistently off, or one saying none is.
    package var verdicts: [String] {
        let off = assumptions.filter(\.isConsistentlyOff)
        guard !off.isEmpty else {
            return ["No assumption is consistently off (at least \(Self.minimumLaunches) launches, all on the same side of the plan, "
                + "and more than \(NumberText.percent(Self.tolerance)) from it)."]
        }
        return off.map { summary in
            let label = summary.assumption.label
            return "\(label.prefix(1).uppercased() + label.dropFirst()) came in at \(Self.factor(summary.geometricMean)) the plan across "
                + "\(summary.launches) launches (\(Self.factor(summary.lowest)) to \(Self.factor(summary.highest))): "
                + "consistently off; set `\(summary.assumption.key)` from this evidence."
        }
    }

    /// The Brier score in a sentence.
    package var scoreSentence: String {
        let score = self.score
        guard let brier = score.brier else {
            return "No forecast is decided by the actuals yet (\(score.undecided) undecided)."
        }
        return "Brier score \(Self.brier(brier)) over \(score.decided) forecasts the actuals decide (0 is perfect; "
            + "a chance of 50 % every time scores 0.25); \(score.undecided) undecided."
    }

    /// How an outcome is decided, for the footnote.
    package static let outcomeRule = "A forecast happened when an actual of its count, service and stream on or before its day\n"
        + "reaches the target, and did not when one on or after its day is short of it; otherwise it is undecided."

    package static let reliabilityHeader = ["chance at day 0", "forecasts", "mean chance", "happened"]

    package var reliabilityRows: [[String]] {
        reliability.map { band in
            ["\(NumberText.exact((band.lower * 100).rounded()))-\(NumberText.exact((band.upper * 100).rounded())) %", String(band.forecasts),
             NumberText.percent(band.meanForecast), NumberText.percent(band.happened)]
        }
    }

    package static let launchHeader = ["launch", "dealership", "actuals to day", "decided", "happened", "expected", "Brier"]

    package var launchRows: [[String]] {
        launches.map { launch in
            let decided = launch.forecasts.filter { $0.outcome != nil }
            let score = Self.score(launch.forecasts)
            return [shown(launch), launch.dealership, String(launch.lastDay), "\(score.decided) of \(launch.forecasts.count)",
                    String(decided.filter { $0.outcome == .happened }.count), NumberText.amount(decided.reduce(0) { $0 + $1.probability }),
                    Self.brier(score.brier)]
        }
    }

    package static let assumptionHeader = ["assumption", "playbook key", "launches", "actual / plan", "range", "verdict"]

    package var assumptionRows: [[String]] {
        assumptions.map { summary in
            [summary.assumption.label, summary.assumption.key, String(summary.launches), Self.factor(summary.geometricMean),
             "\(Self.factor(summary.lowest))-\(Self.factor(summary.highest))", summary.isConsistentlyOff ? "consistently off" : "-"]
        }
    }

    /// Per launch, each assumption's actual / plan (`-` where its actuals say nothing).
    package var funnelHeader: [String] { ["launch"] + Assumption.allCases.map(\.column) }

    package var funnelRows: [[String]] {
        launches.map { launch in
            [shown(launch)] + Assumption.allCases.map { launch.ratio(of: $0).map(Self.factor) ?? "-" }
        }
    }

    package static let forecastHeader = ["launch", "forecast", "day", "target", "chance at day 0", "outcome"]

    package var forecastRows: [[String]] {
        launches.flatMap { launch in
            launch.forecasts.map { forecast in
                [shown(launch), "\(forecast.kind.rawValue) \(forecast.id): \(forecast.metric.rawValue)", String(forecast.day),
                 NumberText.amount(forecast.target), NumberText.percent(forecast.probability), forecast.outcome?.rawValue ?? "undecided"]
            }
        }
    }

    /// Each skipped playbook as `path:line:column: reason`.
    package var skippedLines: [String] {
        skipped.map { skip in
            (skip.mark.map { "\(skip.path):\($0.line):\($0.column)" } ?? skip.path) + ": " + skip.reason
        }
    }

    /// How the funnel was compared, for the footnote.
    package static let ratioMethod = "Actual / plan: the ratio of two consecutive counts of a launch (touches: the count) at the latest\n"
        + "day both were recorded, over the expectation model's at that day; across launches, the geometric mean."
}

extension Calibration.Assumption {
    /// A short column heading for the table of launches.
    package var column: String {
        switch self {
        case .touchesPerDay: "touches"
        case .appointmentsPerTouch: "appts/touch"
        case .assessmentsPerAppointment: "assess/appt"
        case .proposalsPerAssessment: "props/assess"
        case .agreementsPerProposal: "agrees/prop"
        case .mrrPerAgreement: "MRR/agree"
        }
    }
}
