import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What `launchplan simulate` reports: for every checkpoint expectation and
/// objective, and for every role with a quota, an estimate. The expectation
/// model fills the means; the Monte Carlo simulator adds probabilities and
/// percentiles. One value type, so that both print the same shape.
public struct Projection: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Means of the expectation model, no randomness.
        case expected
        case monteCarlo(runs: Int, seed: UInt64)

        /// The runs simulated; nil for the expectation model.
        public var runs: Int? {
            if case .monteCarlo(let runs, _) = self { runs } else { nil }
        }
    }

    /// A quantity's mean, the probability of reaching its target, and its
    /// 10th/50th/90th percentiles; nil where the mode or the model has nothing to say.
    public struct Estimate: Sendable, Equatable {
        public var mean: Double?
        public var probability: Double?
        public var p10: Double?
        public var p50: Double?
        public var p90: Double?

        public static func expected(_ mean: Double?) -> Estimate {
            Estimate(mean: mean, probability: nil, p10: nil, p50: nil, p90: nil)
        }
    }

    public struct CheckpointExpectation: Sendable {
        public var metric: Metric
        public var service: ServiceID?
        public var target: Double
        public var estimate: Estimate
    }

    public struct Checkpoint: Sendable {
        public var milestone: MilestoneID
        public var day: Int
        public var expectations: [CheckpointExpectation]
    }

    public struct Objective: Sendable {
        public var objective: ObjectiveID
        public var metric: Metric
        /// The service of a service metric (nil for `hardware-gp`).
        public var service: ServiceID?
        public var target: Double
        public var byDay: Int
        public var estimate: Estimate
    }

    public struct RoleOutcome: Sendable {
        public var role: RoleID
        /// The quota the attainment is measured against.
        public var quota: Quota?
        public var quotaAttainment: Estimate
        /// The comp plan's performance adjustment (the salary cut); nil when it has none.
        public var adjustment: PerformanceAdjustment?
        /// Monte Carlo: the share of runs in which the adjustment is triggered.
        public var adjustmentProbability: Double?
        /// Expectation model: whether the mean attainment at the review triggers it.
        public var adjustmentExpected: Bool?
        /// Total pay over the horizon, per person: base + service + hardware + draw.
        public var pay: Estimate
        public var base: Double?
        public var serviceCommission: Double?
        public var hardwareCommission: Double?
        /// Draw top-ups not paid back by the end of the horizon.
        public var draw: Double?
        /// The share of the role's touches spent selling hardware on days a
        /// hardware commission line is in force (`HardwareDiversion.share`).
        public var hardwareDiversion: Double?
        /// One person's pay in each 30-day pay period from the role's selling
        /// start (base, commission, draw); only for the owner's report.
        public var payByPeriod: [PayPeriod] = []

        /// A role with its plan's quota and adjustment and no estimates yet.
        package init(role: RoleID, plan: Playbook) {
            let comp = plan.compPlan(for: role)
            self.role = role
            quota = comp?.quota
            quotaAttainment = .expected(nil)
            adjustment = comp?.performanceAdjustment
            pay = .expected(nil)
        }
    }

    /// A pay period: its days, and one person's pay in it across the runs.
    public struct PayPeriod: Sendable, Equatable {
        public var days: ClosedRange<Int>
        public var pay: Estimate
    }

    /// One assumption at 75 % and 125 %: the first objective's probability,
    /// and its expected value as a share of its target (1 = the target), which
    /// still moves when the probability sits at 0 % or 100 %.
    public struct SensitivityEntry: Sendable {
        public var assumption: String
        public var low: Double?
        public var high: Double?
        public var lowShare: Double?
        public var highShare: Double?
    }

    /// One uncertain assumption's importance to the first objective (`Importance`).
    public struct ImportanceEntry: Sendable {
        public var assumption: String
        /// Its range: low, likely and high as the triangle's min, likely and max.
        public var range: Assumptions.Triangle
        /// Spearman's rank correlation of its draws with the objective's value; nil when undefined.
        public var correlation: Double?
        /// The objective's probability in the runs whose draw fell in its lowest and highest third.
        public var lowThird: Double?
        public var highThird: Double?
    }

    public var mode: Mode
    public var horizonDays: Int
    /// The calendar date of day 0 (`launch.start_date`), when the plan gives one.
    public var startDate: CalendarDate?
    /// ISO 4217 code of every amount (`dealership.currency`).
    public var currency: String
    public var assumptions: Assumptions
    public var checkpoints: [Checkpoint]
    public var objectives: [Objective]
    public var roles: [RoleOutcome]
    /// The plan without the hardware lines that `hardware-clause-undermines-quota` flags.
    public var counterfactual: [Projection]
    public var sensitivity: [SensitivityEntry]
    /// Cumulative new MRR of each service over the horizon (the report's fan
    /// chart); empty unless the simulator was asked for it.
    public var trajectories: [Trajectory] = []
    /// The uncertain assumptions ranked by their importance to the first
    /// objective; empty without ranges (and for the expectation model).
    public var importance: [ImportanceEntry] = []

    /// One service's cumulative new MRR at evenly spaced days from day 0.
    public struct Trajectory: Sendable {
        public var service: ServiceID
        public var points: [(day: Int, estimate: Estimate)]
    }

    /// The days a trajectory is estimated at: day 0 and twelve steps to the horizon's last day.
    public static func trajectoryDays(horizon: Int) -> [Int] {
        guard horizon > 0 else { return [] }
        var days: [Int] = []
        for step in 0...12 {
            let day = (horizon - 1) * step / 12
            if days.last != day { days.append(day) }
        }
        return days
    }

    /// A plan's projection in `mode` with no counterfactual or sensitivity yet.
    package init(mode: Mode, plan: Playbook, checkpoints: [Checkpoint], objectives: [Objective], roles: [RoleOutcome]) {
        self.mode = mode
        horizonDays = plan.launch.horizonDays
        startDate = plan.launch.startDate
        currency = plan.dealership.currency
        assumptions = plan.assumptions
        self.checkpoints = checkpoints
        self.objectives = objectives
        self.roles = roles
        counterfactual = []
        sensitivity = []
    }

    /// The date of `day` when the plan has a start date.
    public func date(ofDay day: Int) -> CalendarDate? {
        startDate?.adding(days: day)
    }
}
