import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What a `simulate` may cost, and an estimate of what it would, made before
/// anything runs: CI simulates playbooks from strangers, and a plan within
/// the format's limits (380 roles of 1,000 persons, 1,000 touches a day, 730
/// days) can still ask for far more than a CI job should give it. A run over
/// budget is refused with both numbers, not started.
public struct SimulationBudget: Sendable {
    /// Random draws (uniforms, Poisson and normal draws) over all runs of all
    /// plans, and the set-up of the aggregate draws in the same units.
    public var draws: Double
    /// Memory for the simulators and the values kept for percentiles.
    public var bytes: Double

    public init(draws: Double, bytes: Double) {
        self.draws = draws
        self.bytes = bytes
    }

    /// Measured on the release build, one core busy: 3 to 4 ns a unit on
    /// plans drawn appointment by appointment, up to 8 on plans drawn in
    /// aggregate, so the budget is 5 to 10 s of work, under the 10 s
    /// `simulate` must answer or refuse in; the memory is a quarter of the 1 GB
    /// it must stay under.
    public static let standard = SimulationBudget(draws: 1.5e9, bytes: 256 * 1024 * 1024)

    /// The most runs `--runs` accepts: beyond that the percentiles do not move
    /// and the per-run values kept for them would outgrow the memory budget.
    public static let maximumRuns = 1_000_000

    /// What a simulation would need, in the same units.
    public struct Cost: Sendable {
        public var draws: Double
        public var bytes: Double

        public init(draws: Double, bytes: Double) {
            self.draws = draws
            self.bytes = bytes
        }
    }

    public func admits(_ cost: Cost) -> Bool { cost.draws <= draws && cost.bytes <= bytes }

    /// Why a simulation of this cost is refused, in one line with both
    /// numbers and what to change; nil when the budget admits it.
    public func refusal(of cost: Cost) -> String? {
        guard !admits(cost) else { return nil }
        return "this simulation needs about \(NumberText.scientific(cost.draws)) random draws and \(Self.megabytes(cost.bytes)) MB, "
            + "over the budget of \(NumberText.scientific(draws)) draws and \(Self.megabytes(bytes)) MB; "
            + "lower --runs, add --no-sensitivity, or lower headcount, touches_per_day or horizon_days"
    }

    public static func megabytes(_ bytes: Double) -> String {
        NumberText.exact((bytes / 1_048_576).rounded(.up))
    }
}

extension SimulationBudget.Cost {
    /// The cost of running several simulations one after the other.
    public static func total(_ costs: [SimulationBudget.Cost]) -> SimulationBudget.Cost {
        SimulationBudget.Cost(draws: costs.reduce(0) { $0 + $1.draws }, bytes: costs.reduce(0) { $0 + $1.bytes })
    }
}

extension SimulationSet {
    /// The cost of `SimulationSet(plan, sensitivity:).runSerially(runs:…)`,
    /// from the plan and its counterfactual alone (the sensitivity variants,
    /// scaled to 125 % at most, are counted as 1.25 times the larger of them):
    /// building every variant first would itself be the cost being avoided.
    public static func cost(of plan: Playbook, sensitivity: Bool, runs: Int) -> SimulationBudget.Cost {
        let layout = layout(plan, sensitivity: sensitivity)
        let measured = layout.plans.prefix(layout.hasCounterfactual ? 2 : 1).map { Simulator($0) }
        let largest = measured.map(\.drawsPerRun).max() ?? 0
        let variants = Double(layout.plans.count - measured.count)
        let runs = Double(runs)
        let setUp = Double(layout.plans.count) * 1.25 * (measured.map(\.setUpWork).max() ?? 0)
        let variantRuns = Double(Sensitivity.runs(for: Int(runs)))
        let draws = runs * measured.map(\.drawsPerRun).reduce(0, +) + variantRuns * variants * 1.25 * largest + setUp
        let kept = measured.map { runs * $0.valuesKeptPerRun * 8 }.reduce(0, +)
        let models = Double(layout.plans.count) * 1.25 * (measured.map(\.modelBytes).max() ?? 0)
        return SimulationBudget.Cost(draws: draws, bytes: kept + models)
    }
}

extension Simulator {
    /// Expected random draws of one run: per appointment drawn one by one, its
    /// day, cycle, stages and MRR and a look at each counter; per aggregate
    /// range one Poisson and one sum; per hardware period one Poisson; one
    /// uniform per uncertain assumption.
    package var drawsPerRun: Double {
        sellers.reduce(Double(queries.count + (uncertain?.entries.count ?? 0))) { total, seller in
            let hasRole = roles.contains { $0.seller == seller.index }
            let perPerson = seller.drawsPerPerson
            guard seller.drawsEveryPerson else {
                let dealership = seller.sources.reduce(0.0) { $0 + ($1.roleBins?.drawsPerRun ?? 0) }
                return total + dealership + (hasRole ? perPerson : 0)
            }
            return total + Double(seller.persons) * perPerson
        }
    }

    /// Set-up work of the aggregate draws, in the same units (one triangle CDF a draw).
    package var setUpWork: Double {
        sellers.reduce(0.0) { total, seller in
            total + seller.sources.reduce(0.0) { $0 + ($1.bins?.setUpWork ?? 0) + ($1.roleBins?.setUpWork ?? 0) }
        }
    }

    /// Doubles kept per run for percentiles, and the draws of the uncertain assumptions.
    package var valuesKeptPerRun: Double {
        Double(queries.count + (uncertain?.entries.count ?? 0)) + 2 * roles.reduce(0.0) { $0 + Double($1.seller.map { sellers[$0].personsSampled } ?? 0) }
    }

    /// About what the model and draw tables of one plan take: per seller and
    /// day, the expected-activity arrays and the alias tables.
    package var modelBytes: Double {
        sellers.reduce(0.0) { total, seller in
            total + Double(seller.sources.first.map { $0.days.count } ?? 0) * 160
                + Double(seller.sources.reduce(0) { $0 + ($1.bins?.bins.count ?? 0) + ($1.roleBins?.bins.count ?? 0) }) * 96
        }
    }
}

extension SellerDraws {
    package var drawsPerPerson: Double {
        let perAppointment = 6 + Double(counters.count)
        let appointments = sources.reduce(0.0) { total, source in
            guard source.total > 0 else { return total }
            if let bins = source.bins { return total + bins.drawsPerRun }
            return total + 1 + min(Double(Int.simulationLimit), source.total) * perAppointment
        }
        let hardware = hardwareSales.reduce(0.0) { $0 + $1.sales.drawsPerRun }
        return appointments + hardware + Double(pay.periods)
    }
}

extension StageBins {
    /// A normal sum of deals costs about 8 uniforms' time (a logarithm and a square root).
    package var drawsPerRun: Double { bins.reduce(0.0) { $0 + $1.count.drawsPerRun + ($1.money ? 8 : 0) } }
}

extension Poisson {
    /// The time of one draw in uniforms: mean + 1 for the product form; for
    /// PTRS 2.2 uniforms a try and an occasional logarithm, measured at about 8.
    package var drawsPerRun: Double {
        switch method {
        case .none: 0
        case .product(let limit): 1 - log(limit)
        case .transformedRejection: 8
        }
    }
}
