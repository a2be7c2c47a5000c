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
        public var target: Double
        public var byDay: Int
        public var estimate: Estimate
    }

    public struct RoleOutcome: Sendable {
        public var role: RoleID
        public var quotaAttainment: Estimate
        public var adjustmentProbability: Double?
        /// Total pay over the horizon, per person.
        public var pay: Estimate
        public var base: Double?
        public var serviceCommission: Double?
        public var hardwareCommission: Double?
        public var hardwareDiversion: Double?
    }

    public struct SensitivityEntry: Sendable {
        public var assumption: String
        public var low: Double?
        public var high: Double?
    }

    public var mode: Mode
    public var horizonDays: Int
    public var assumptions: Assumptions
    public var checkpoints: [Checkpoint]
    public var objectives: [Objective]
    public var roles: [RoleOutcome]
    /// The plan without the hardware lines that `hardware-clause-undermines-quota` flags.
    public var counterfactual: [Projection]
    public var sensitivity: [SensitivityEntry]
}
