import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// One source's appointments drawn in aggregate, for sources with too many
/// appointments to draw one by one: a fixed number of Poisson draws per run
/// whatever the counts, so the work per run does not grow with touches,
/// referrals or headcount.
///
/// Why it is the same model. The appointments of a source are a Poisson
/// process over days; each independently reaches stage s with the product of
/// the stage percents, on day x + f_s C (f = 0, 0.25, 0.6, 1). By Poisson
/// thinning, the stage-s events falling in disjoint day ranges are
/// independent Poissons with mean (expected appointments) x P(reach s) x
/// P(event in the range), which is what is drawn here, one draw per stage and
/// range. The ranges are cut at every day a counter or the pay asks about
/// (checkpoint days, the quota's `by_day` and review day, 30-day pay periods,
/// the days a service line starts and ends, the horizon), so every count the
/// simulator reports has exactly the distribution of the appointment-by-
/// appointment draw, and its mean is the expectation model's to rounding.
///
/// What is given up: the stages are drawn independently of each other, so
/// the correlation between, say, proposals by day 60 and agreements by day 90
/// is lost (each is right on its own; nothing reports them jointly), and the
/// MRR of more than `exactDeals` deals in one range is drawn as their sum,
/// normal by the central limit theorem with the triangle's mean and variance
/// (clamped to the possible range), rather than deal by deal.
package struct StageBins: Sendable {
    package struct Bin: Sendable {
        var stage: Int
        /// The last day of the range: its events count toward "by day D" for every D >= this.
        var lastDay: Int
        var count: Poisson
        /// The expected events of the bin with the planned rates (`count`'s mean).
        var mean: Double
        /// Whether the deals' MRR is needed (pipeline-mrr, new-mrr, pay).
        var money: Bool
        /// The index of the pay range (`PayPlan.ranges`) the bin falls in, when it is paid (agreements inside the horizon).
        var payRange: Int?
    }

    /// Ranges with more deals than this have their MRR drawn as one normal sum.
    package static let exactDeals = 16

    package let bins: [Bin]
    /// Triangle CDFs evaluated to build the bins: the set-up work, counted in the budget.
    package let setUpWork: Double

    /// What the bins are cut for: the counters, and the pay plan when agreements are paid.
    package struct Cuts {
        var counters: [SellerDraws.Counter]
        var pay: PayPlan?
    }

    /// - Parameters:
    ///   - appointments: expected appointments by day, per person.
    ///   - scale: how many persons' appointments one draw stands for.
    package init(appointments: [Double], scale: Double, stages: (Double, Double, Double), cycle: Assumptions.Triangle, cuts: Cuts) {
        var prefix = [0.0]
        prefix.reserveCapacity(appointments.count + 1)
        for weight in appointments { prefix.append(prefix[prefix.count - 1] + weight) }
        let reach = [1, stages.0, stages.0 * stages.1, stages.0 * stages.1 * stages.2]
        let fractions = Stage.cycleFractions
        var work = 0.0
        /// Expected stage events (per person) on or before `day`.
        func cumulative(_ stage: Int, byDay day: Int) -> Double {
            let n = appointments.count
            guard stage > 0 else { return prefix[Swift.max(0, Swift.min(n, day + 1))] }
            let f = fractions[stage]
            // Appointments before `low` have surely reached the stage by `day`, those after `high` surely not.
            let low = Swift.max(0, Swift.min(n, Int(saturating: (Double(day) - f * cycle.max).rounded(.down))))
            let high = Swift.max(low - 1, Swift.min(n - 1, Int(saturating: (Double(day) - f * cycle.min).rounded(.up))))
            var total = prefix[low]
            work += Double(high - low + 1)
            if high >= low {
                for x in low...high where appointments[x] > 0 {
                    total += appointments[x] * cycle.cdf((Double(day - x)) / f)
                }
            }
            return total
        }
        var bins: [Bin] = []
        // Agreements are cut at the pay ranges' ends too, so that each paid bin falls in one range.
        let ranges = cuts.pay?.ranges ?? []
        for stage in 0..<4 {
            let counters = cuts.counters.filter { $0.stage == stage }
            var days = Set(counters.map { Int(saturating: $0.day) })
            let pays = stage == 3 && !ranges.isEmpty
            if pays {
                days.insert(ranges[0].days.lowerBound - 1)
                for range in ranges { days.insert(range.days.upperBound) }
            }
            let money = counters.contains(where: \.money) || pays
            var previous = 0.0
            var range = 0
            for day in days.sorted() {
                let total = cumulative(stage, byDay: day)
                let mean = (total - previous) * reach[stage] * scale
                while pays, range < ranges.count, ranges[range].days.upperBound < day { range += 1 }
                // Every range's end and the day before the first are cuts, so a bin ending in a range lies inside it.
                let paid = pays && range < ranges.count && ranges[range].days.contains(day)
                if mean > 0 {
                    bins.append(Bin(stage: stage, lastDay: day, count: Poisson(mean), mean: mean, money: money, payRange: paid ? range : nil))
                }
                previous = total
            }
        }
        self.bins = bins
        setUpWork = work
    }

    /// Draws every range once; counts (or MRR) go into the counters' slots of
    /// `values`, service commission into `periods` and the returned total.
    /// - Parameter scale: a run's uncertain rates: the factor on the source's
    ///   appointments and the activity scale whose stage factors apply. By
    ///   thinning, a bin's mean is the appointments' mean times the chance of
    ///   reaching its stage, so it scales by both, exactly.
    package func draw(_ random: inout RandomSource, deal: Assumptions.Triangle, counters: UnsafeBufferPointer<SellerDraws.Counter>,
                      pay: PayPlan?, lineShares: [Double], values: inout [Double], periods: inout [Double],
                      scale: (source: Double, activity: ActivityScale)? = nil) -> Double {
        var service = 0.0
        bins.withUnsafeBufferPointer { bins in
        for bin in bins {
            let count = scale.map { random.draw(Poisson(bin.mean * $0.source * $0.activity.reach(bin.stage))) } ?? random.draw(bin.count)
            guard count > 0 else { continue }
            let mrr = bin.money ? random.dealSum(count, deal) : 0
            for counter in counters where counter.stage == bin.stage && Double(bin.lastDay) <= counter.day {
                values[counter.slot] += counter.money ? mrr : Double(count)
            }
            guard let r = bin.payRange, let pay else { continue }
            // Lines are affine in one deal's MRR, so `count` deals of mean MRR pay exactly what the deals pay one by one.
            let range = pay.ranges[r]
            let commission = Double(count) * pay.serviceCommission(onAgreementOf: mrr / Double(count), in: range, shares: lineShares)
            periods[range.period] += commission
            service += commission
        }
        }
        return service
    }
}

extension RandomSource {
    /// The total MRR of `count` deals, each Triangular(deal): deal by deal up
    /// to `StageBins.exactDeals`, else normal with the sum's mean and variance.
    package mutating func dealSum(_ count: Int, _ deal: Assumptions.Triangle) -> Double {
        if count <= StageBins.exactDeals {
            var sum = 0.0
            for _ in 0..<count { sum += deal.quantile(uniform()) }
            return sum
        }
        let n = Double(count)
        let variance = (deal.min * deal.min + deal.likely * deal.likely + deal.max * deal.max
                        - deal.min * deal.likely - deal.min * deal.max - deal.likely * deal.max) / 18
        let sum = n * deal.mean + (n * Swift.max(0, variance)).squareRoot() * normal()
        return Swift.min(n * deal.max, Swift.max(n * deal.min, sum))
    }
}
