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
        /// False for a range that would take customer touches past the cap in
        /// this plan (a sensitivity variant's scaled range; the validator refuses
        /// it in the plan itself): played at its mean, its uniform still drawn so
        /// the variant keeps the plan's random numbers.
        package var plays: Bool
    }

    package let entries: [Entry]
    /// What the loop at the start of every run reads, one plain value per entry.
    private let draws: [Draw]

    private struct Draw: Sendable {
        var quantile: Quantile
        var rate: DrawnRate
        var mean: Double
        /// 1 / mean, or 0 for a mean of 0 (whose ratio stays 1).
        var inverseMean: Double
        var plays: Bool
    }

    /// A triangle's inverse CDF with its constants computed once (the same
    /// arithmetic as `Assumptions.Triangle.quantile`, one square root a draw).
    struct Quantile: Sendable {
        var min, max, split, lower, upper: Double

        init(_ t: Assumptions.Triangle) {
            (min, max) = (t.min, t.max)
            split = t.max > t.min ? (t.likely - t.min) / (t.max - t.min) : 0
            lower = (t.max - t.min) * (t.likely - t.min)
            upper = (t.max - t.min) * (t.max - t.likely)
        }

        func callAsFunction(_ u: Double) -> Double {
            guard max > min else { return min }
            return u < split ? min + (lower * u).squareRoot() : max - (upper * (1 - u)).squareRoot()
        }
    }

    /// Nil when no assumption of the plan is uncertain.
    /// - Parameter model: the plan's pipeline model, to find ranges that reach the customer-touch cap.
    package init?(_ model: PipelineModel) {
        let assumptions = model.playbook.assumptions
        guard assumptions.uncertain.contains(where: \.isUncertain) else { return nil }
        let capped = model.rangesReachingCustomerCap().map(\.location)
        let entries = assumptions.uncertain.compactMap { uncertain -> Entry? in
            guard uncertain.isUncertain, let rate = DrawnRate(key: uncertain.key) else { return nil }
            return Entry(key: uncertain.key, rate: rate, range: uncertain.range, mean: uncertain.mean, plays: !capped.contains(uncertain.location))
        }
        guard !entries.isEmpty else { return nil }
        self.entries = entries
        draws = entries.map { Draw(quantile: Quantile($0.range), rate: $0.rate, mean: $0.mean,
                                   inverseMean: $0.mean > 0 ? 1 / $0.mean : 0, plays: $0.plays) }
    }

    /// One run's draws: each value into `values` (same order as `entries`), the ratios returned.
    package func draw(_ random: inout RandomSource, values: inout [Double]) -> RateRatios {
        var ratios = RateRatios()
        draws.withUnsafeBufferPointer { draws in
            values.withUnsafeMutableBufferPointer { values in
                for index in draws.indices {
                    let draw = draws[index]
                    let drawn = draw.quantile(random.uniform())
                    let value = draw.plays ? drawn : draw.mean
                    values[index] = value
                    ratios[draw.rate] = draw.mean > 0 ? value * draw.inverseMean : 1
                }
            }
        }
        return ratios
    }
}
