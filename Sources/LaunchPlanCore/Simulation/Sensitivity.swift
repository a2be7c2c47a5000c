import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The sensitivity analysis: every numeric assumption at 75 %
/// and 125 % of its value (kept inside the format's range, so percentages stop
/// at 100; whole-number settings rounded; a triangle scaled as a whole so it
/// stays ordered, and so is an uncertain assumption's range), simulated with the same seed (common random numbers) over
/// `runs(for:)` runs, and ranked by the swing in the first objective's
/// probability, then in its expected value as a share of its target.
public enum Sensitivity {
    public static let low = 0.75
    public static let high = 1.25

    /// Runs per variant: a ranking needs fewer than the headline figures. With
    /// common random numbers every variant and the plan see the same draws, so
    /// a swing is measured far more precisely than either value alone. A fifth
    /// of the runs, at least 2,000 (all of them below that), in whole blocks,
    /// so that the plan's first blocks are exactly the variants' runs.
    public static func runs(for runs: Int) -> Int {
        let fifth = (runs / 5 + Simulator.blockSize - 1) / Simulator.blockSize * Simulator.blockSize
        return min(runs, max(2_000, fifth))
    }

    /// What the analysis varies, in the format's order: each numeric
    /// assumption of `Assumptions.numeric` (a triangle's three values as one,
    /// named by the triangle), then `hardware_diversion_percent` when it is a number.
    package static let assumptions: [(name: String, scale: @Sendable (inout Assumptions, Double) -> Void)] = {
        var levers: [(name: String, members: [NumericAssumption])] = []
        for numeric in Assumptions.numeric {
            if let group = numeric.group, let index = levers.firstIndex(where: { $0.name == group }) {
                levers[index].members.append(numeric)
            } else {
                levers.append((numeric.group ?? numeric.key, [numeric]))
            }
        }
        return levers.map { name, members in
            let ranges = members.map { PlaybookFormat.assumptionRange($0.key) }
            return (name, { @Sendable assumptions, factor in
                func scaled(_ value: Double, _ range: (minimum: Double?, maximum: Double?)) -> Double {
                    Swift.min(range.maximum ?? .infinity, Swift.max(range.minimum ?? -.infinity, value * factor))
                }
                for (numeric, range) in zip(members, ranges) {
                    // An uncertain assumption's range is scaled as a whole, and its mean follows.
                    if let index = assumptions.uncertain.firstIndex(where: { $0.key == numeric.key }) {
                        let old = assumptions.uncertain[index].range
                        assumptions.uncertain[index].range = Assumptions.Triangle(
                            min: scaled(old.min, range), likely: scaled(old.likely, range), max: scaled(old.max, range))
                        assumptions[numeric: numeric] = assumptions.uncertain[index].mean
                    } else {
                        assumptions[numeric: numeric] = scaled(assumptions[numeric: numeric], range)
                    }
                }
            })
        } + [("hardware_diversion_percent", { @Sendable assumptions, factor in
            if case .percent(let percent) = assumptions.hardwareDiversion { assumptions.hardwareDiversion = .percent(min(90, percent * factor)) }
        })]
    }()

    /// The plan with each assumption at 75 % and at 125 %, in the order above.
    public static func variants(of plan: Playbook) -> [(assumption: String, low: Playbook, high: Playbook)] {
        assumptions.map { name, scale in
            var low = plan
            var high = plan
            scale(&low.assumptions, Self.low)
            scale(&high.assumptions, Self.high)
            return (name, low, high)
        }
    }

    /// Entries ranked by the swing in probability, then in the expected
    /// value's share of the target, largest first (ties keep the order above).
    public static func ranked(_ entries: [Projection.SensitivityEntry]) -> [Projection.SensitivityEntry] {
        let swing = { (entry: Projection.SensitivityEntry) in
            (abs((entry.high ?? 0) - (entry.low ?? 0)), abs((entry.highShare ?? 0) - (entry.lowShare ?? 0)))
        }
        return entries.enumerated().sorted { a, b in
            let (x, y) = (swing(a.element), swing(b.element))
            if x.0 != y.0 { return x.0 > y.0 }
            if x.1 != y.1 { return x.1 > y.1 }
            return a.offset < b.offset
        }.map(\.element)
    }
}
