import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What `launchplan track` reports: each actual against the plan's band for
/// its day, then the plan's projection as it stood at day 0 beside the same
/// projection conditioned on every actual, and what the actuals say of each
/// uncertain assumption.
public struct Tracking: Sendable {
    /// How an actual stands against the plan's runs for its day.
    public enum Verdict: String, Sendable, CaseIterable {
        /// Above the plan's 90th percentile.
        case ahead
        /// Between the 10th and the 90th percentile.
        case onTrack = "on track"
        /// Below the 10th percentile (`off-track`).
        case behind
        /// So low that fewer than 2 % of the plan's runs are as low.
        case farBehind = "far behind"

        /// The share of the plan's runs at or below the actual under which it is far behind.
        public static let farBehindShare = 0.02
    }

    public struct Observation: Sendable {
        public var actual: Actual
        /// The plan's 10th, 50th and 90th percentiles for the actual's day.
        public var band: Projection.Estimate
        /// The share of the plan's runs at or below the actual.
        public var atOrBelow: Double
        public var verdict: Verdict
    }

    /// What the actuals say of one uncertain assumption: its planned range
    /// and the weighted 10th-90th percentiles and mean of the runs' draws.
    public struct Posterior: Sendable {
        public var assumption: String
        public var range: Assumptions.Triangle
        public var plannedMean: Double
        public var estimate: Projection.Estimate
    }

    public var observations: [Observation]
    /// The plan's projection from the same runs, unweighted: what it said at day 0.
    public var plan: Projection
    /// The projection conditioned on the actuals.
    public var conditioned: Projection
    public var posteriors: [Posterior]
    public var runs: Int
    public var seed: UInt64
    /// The conditioned runs' effective number, (sum of weights)^2 / sum of squared weights:
    /// how many equally weighted runs the estimate is worth.
    public var effectiveRuns: Double
    /// The last day anything was recorded.
    public var lastDay: Int
}

extension Tracking.Verdict {
    /// The verdict of an actual against the plan's band and the share of its runs at or below it.
    package init(_ value: Double, band: Projection.Estimate, atOrBelow: Double) {
        if atOrBelow < Self.farBehindShare {
            self = .farBehind
        } else if let p10 = band.p10, value < p10 {
            self = .behind
        } else if let p90 = band.p90, value > p90 {
            self = .ahead
        } else {
            self = .onTrack
        }
    }
}

extension Tracking {
    /// How a chance reads to an owner.
    public enum Outlook: String, Sendable, CaseIterable {
        case outOfReach = "out of reach"
        case unlikely
        case tossUp = "a toss-up"
        case likely
        case nearCertain = "near certain"

        /// Below 5 %: out of reach; below 35 %: unlikely; up to 65 %: a toss-up; below 95 %: likely; else near certain.
        public init(_ probability: Double) {
            self = probability < 0.05 ? .outOfReach : probability < 0.35 ? .unlikely : probability <= 0.65 ? .tossUp
                : probability < 0.95 ? .likely : .nearCertain
        }
    }

    /// One chance the plan gave at day 0 beside what the actuals make of it.
    public struct Chance: Sendable {
        public enum Kind: String, Sendable {
            case checkpoint, objective, quota
            case salaryCut = "salary-cut"
        }

        public var kind: Kind
        /// The milestone, objective or role.
        public var id: String
        public var metric: Metric?
        public var service: ServiceID?
        /// The day it is judged: the checkpoint's, the objective's `by_day`, the quota's `by_day` or the review day.
        public var day: Int
        public var target: Double?
        public var planned: Projection.Estimate
        public var conditioned: Projection.Estimate
        /// Whether its day is on or before the last actual: decided already, as far as the actuals tell.
        public var isPast: Bool

        public var outlook: Outlook? { conditioned.probability.map(Outlook.init) }
    }

    /// Every checkpoint expectation, objective, quota and salary cut, in that order.
    public var chances: [Chance] {
        var chances: [Chance] = []
        for (planned, conditioned) in zip(plan.checkpoints, self.conditioned.checkpoints) {
            for (p, c) in zip(planned.expectations, conditioned.expectations) {
                chances.append(Chance(kind: .checkpoint, id: planned.milestone.rawValue, metric: p.metric, service: p.service, day: planned.day,
                                      target: p.target, planned: p.estimate, conditioned: c.estimate, isPast: planned.day <= lastDay))
            }
        }
        for (p, c) in zip(plan.objectives, conditioned.objectives) {
            chances.append(Chance(kind: .objective, id: p.objective.rawValue, metric: p.metric, service: p.service, day: p.byDay,
                                  target: p.target, planned: p.estimate, conditioned: c.estimate, isPast: p.byDay <= lastDay))
        }
        for (p, c) in zip(plan.roles, conditioned.roles) {
            guard let quota = p.quota, p.quotaAttainment.probability != nil else { continue }
            chances.append(Chance(kind: .quota, id: p.role.rawValue, metric: quota.metric.value, service: quota.service?.value, day: quota.byDay.value,
                                  target: quota.target.value, planned: p.quotaAttainment, conditioned: c.quotaAttainment, isPast: quota.byDay.value <= lastDay))
            if let adjustment = p.adjustment, let planned = p.adjustmentProbability {
                let day = adjustment.reviewDay.value
                chances.append(Chance(kind: .salaryCut, id: p.role.rawValue, metric: nil, service: nil, day: day, target: nil,
                                      planned: Projection.Estimate(mean: nil, probability: planned, p10: nil, p50: nil, p90: nil),
                                      conditioned: Projection.Estimate(mean: nil, probability: c.adjustmentProbability, p10: nil, p50: nil, p90: nil),
                                      isPast: day <= lastDay))
            }
        }
        return chances
    }
}
