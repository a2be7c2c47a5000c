import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What to find out before hiring: how much each uncertain assumption
/// decides the first objective, read off the runs themselves. For every
/// assumption, the Spearman rank correlation of its per-run draws with the
/// objective's per-run value, and the objective's probability in the runs
/// whose draw fell in its lowest and in its highest third. Unlike the 75 % /
/// 125 % sensitivity, this ranks the inputs over the whole joint
/// distribution of the draws, and it still speaks where the probability sits
/// at 0 % or 100 % at both ends of a tornado bar.
public enum Importance {
    /// Entries ranked by the size of the correlation, largest first (ties
    /// keep the format's order); an undefined correlation (the objective the
    /// same in every run) ranks last.
    package static func entries(_ draws: UncertainDraws, values: [[Double]], outcomes: [Double], target: Double) -> [Projection.ImportanceEntry] {
        let outcomeRanks = ranks(outcomes)
        let entries = zip(draws.entries, values).map { entry, drawn -> Projection.ImportanceEntry in
            let order = order(drawn)
            let (low, high) = thirds(order, outcomes: outcomes, target: target)
            return Projection.ImportanceEntry(assumption: entry.key, range: entry.range,
                                              correlation: correlation(ranks(drawn, order: order), outcomeRanks), lowThird: low, highThird: high)
        }
        return entries.enumerated().sorted { a, b in
            let (x, y) = (a.element.correlation.map(abs) ?? -1, b.element.correlation.map(abs) ?? -1)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// 1-based ranks, ties given the average of the ranks they span (so that
    /// the correlation of tied values, like a count of agreements, is fair).
    package static func ranks(_ values: [Double]) -> [Double] {
        ranks(values, order: order(values))
    }

    /// The runs in order of their values, ties in run order: one sort of
    /// contiguous pairs by (value, run), the order a stable sort gives.
    private static func order(_ values: [Double]) -> [(value: Double, run: Int)] {
        var pairs = values.enumerated().map { (value: $0.element, run: $0.offset) }
        pairs.sort { $0 < $1 }
        return pairs
    }

    private static func ranks(_ values: [Double], order: [(value: Double, run: Int)]) -> [Double] {
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, order[end + 1].value == order[start].value { end += 1 }
            let average = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position].run] = average }
            start = end + 1
        }
        return ranks
    }

    /// Pearson's correlation (of ranks: Spearman's); nil when either side is constant.
    package static func correlation(_ x: [Double], _ y: [Double]) -> Double? {
        let n = Double(x.count)
        guard x.count == y.count, x.count > 1 else { return nil }
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            let (dx, dy) = (x[i] - mx, y[i] - my)
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return Swift.max(-1, Swift.min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// The objective's probability in the runs whose draw ranks in the lowest
    /// and in the highest third (by rank, ties in run order; n / 3 runs each).
    package static func thirds(_ drawn: [Double], outcomes: [Double], target: Double) -> (Double?, Double?) {
        thirds(order(drawn), outcomes: outcomes, target: target)
    }

    private static func thirds(_ order: [(value: Double, run: Int)], outcomes: [Double], target: Double) -> (Double?, Double?) {
        let third = order.count / 3
        guard third > 0, order.count == outcomes.count else { return (nil, nil) }
        func probability(_ runs: ArraySlice<(value: Double, run: Int)>) -> Double {
            Double(runs.reduce(0) { $0 + (Query.reaches(outcomes[$1.run], target) ? 1 : 0) }) / Double(runs.count)
        }
        return (probability(order.prefix(third)), probability(order.suffix(third)))
    }
}
