import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The plan's uncertain assumptions as the simulator draws them: at the start
/// of each run, one uniform per assumption, in `Assumptions.numeric` order,
/// turned into a value of its triangle (inverse CDF) and then into a ratio to
/// the planned mean (`RateRatios`), which scales each seller's expected
/// activity for the run (`Seller.scale`). A range of one value is certain
/// and draws nothing, and a plan without ranges has no `UncertainDraws` at
/// all, so its runs draw exactly the numbers they drew before ranges existed.
package struct UncertainDraws: Sendable {
    package struct Entry: Sendable {
        package var key: String
        package var rate: DrawnRate
        package var range: Assumptions.Triangle
        package var mean: Double
    }

    package let entries: [Entry]

    /// Nil when no assumption of the plan is uncertain.
    package init?(_ assumptions: Assumptions) {
        let entries = assumptions.uncertain.compactMap { uncertain -> Entry? in
            guard uncertain.isUncertain, let rate = DrawnRate(key: uncertain.key) else { return nil }
            return Entry(key: uncertain.key, rate: rate, range: uncertain.range, mean: uncertain.mean)
        }
        guard !entries.isEmpty else { return nil }
        self.entries = entries
    }

    /// One run's draws: each value into `values` (same order as `entries`), the ratios returned.
    package func draw(_ random: inout RandomSource, values: inout [Double]) -> RateRatios {
        var ratios = RateRatios()
        for (index, entry) in entries.enumerated() {
            let value = entry.range.quantile(random.uniform())
            values[index] = value
            ratios[entry.rate] = entry.mean > 0 ? value / entry.mean : 1
        }
        return ratios
    }
}
