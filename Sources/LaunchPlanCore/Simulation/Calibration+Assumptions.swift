import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Calibration {
    /// An assumption the actuals can check: the ratio of two consecutive
    /// counts of the funnel (touches alone for the activity).
    public enum Assumption: String, Sendable, CaseIterable {
        case touchesPerDay = "touches-per-day"
        case appointmentsPerTouch = "appointments-per-touch"
        case assessmentsPerAppointment = "assessments-per-appointment"
        case proposalsPerAssessment = "proposals-per-assessment"
        case agreementsPerProposal = "agreements-per-proposal"
        case mrrPerAgreement = "new-mrr-per-agreement"

        /// The count below (nil for touches, compared alone) and the count above.
        public var counts: (below: Metric?, above: Metric) {
            switch self {
            case .touchesPerDay: (nil, .touches)
            case .appointmentsPerTouch: (.touches, .appointments)
            case .assessmentsPerAppointment: (.appointments, .assessments)
            case .proposalsPerAssessment: (.assessments, .proposals)
            case .agreementsPerProposal: (.proposals, .agreements)
            case .mrrPerAgreement: (.agreements, .newMRR)
            }
        }

        /// What to change in the next plan's `assumptions` when it is off.
        public var key: String {
            switch self {
            case .touchesPerDay: "touches_per_day"
            case .appointmentsPerTouch: "funnel"
            case .assessmentsPerAppointment: "stages.assessment_percent"
            case .proposalsPerAssessment: "stages.proposal_percent"
            case .agreementsPerProposal: "stages.agreement_percent"
            case .mrrPerAgreement: "deal_mrr"
            }
        }

        /// In a consultant's words.
        public var label: String {
            switch self {
            case .touchesPerDay: "touches per day"
            case .appointmentsPerTouch: "appointments per touch"
            case .assessmentsPerAppointment: "assessments per appointment"
            case .proposalsPerAssessment: "proposals per assessment"
            case .agreementsPerProposal: "agreements per proposal"
            case .mrrPerAgreement: "new MRR per agreement"
            }
        }
    }

    /// One stream's actual ratio against the expectation model's at the
    /// latest day both counts were recorded (for touches: the count itself).
    public struct Ratio: Sendable {
        public var assumption: Assumption
        public var service: ServiceID
        public var role: RoleID?
        public var day: Int
        public var actual: Double
        public var planned: Double

        /// Actual over planned: 0.6 is "came in at 0.6x the plan".
        public var ratio: Double { actual / planned }
    }

    /// One assumption across the launches that inform it.
    public struct AssumptionSummary: Sendable {
        public var assumption: Assumption
        public var launches: Int
        /// exp(mean of ln ratio): a launch at 0.5x and one at 2x average to 1x.
        public var geometricMean: Double
        public var lowest: Double
        public var highest: Double

        /// Consistently off: at least `minimumLaunches` launches, all on the same
        /// side of the plan, and the geometric mean beyond ±`tolerance`.
        public var isConsistentlyOff: Bool {
            launches >= Calibration.minimumLaunches && (highest < 1 || lowest > 1) && abs(geometricMean - 1) > Calibration.tolerance
        }
    }

    /// The fewest launches that can call an assumption consistently off.
    public static let minimumLaunches = 3
    /// How far from the plan the geometric mean must be to be called off.
    public static let tolerance = 0.15

    /// Every assumption some launch informs, in the funnel's order.
    public var assumptions: [AssumptionSummary] {
        Assumption.allCases.compactMap { assumption in
            Self.summary(assumption, launches.compactMap { $0.ratio(of: assumption) })
        }
    }

    /// The geometric mean and range of one ratio per launch; nil when no launch informs it.
    package static func summary(_ assumption: Assumption, _ ratios: [Double]) -> AssumptionSummary? {
        guard let lowest = ratios.min(), let highest = ratios.max() else { return nil }
        let meanLog = ratios.reduce(0.0) { $0 + log($1) } / Double(ratios.count)
        return AssumptionSummary(assumption: assumption, launches: ratios.count, geometricMean: exp(meanLog), lowest: lowest, highest: highest)
    }
}

extension Calibration.Launch {
    /// The launch's ratio for an assumption: the geometric mean of its
    /// streams' (one launch counts once however many services it records).
    public func ratio(of assumption: Calibration.Assumption) -> Double? {
        let ratios = self.ratios.filter { $0.assumption == assumption }.map(\.ratio)
        return ratios.isEmpty ? nil : exp(ratios.reduce(0.0) { $0 + log($1) } / Double(ratios.count))
    }

    /// Per stream of actuals and assumption: the actual ratio of the two
    /// counts at the latest day both were recorded, and the expectation
    /// model's at that day (which counts the cycle's lag as the actuals do).
    /// A count of none above a count below is read as half an event, so a
    /// launch that booked nothing still counts as low instead of dropping out;
    /// a ratio over no count below (or over a model count of none) says nothing.
    static func ratios(_ plan: Playbook, model: ExpectationModel) -> [Calibration.Ratio] {
        var streams: [Actual.Stream] = []
        var values: [Actual.Stream: [Metric: [Int: Double]]] = [:]
        for actual in plan.actuals {
            guard let stream = actual.stream else { continue }
            if values[stream] == nil { streams.append(stream) }
            values[stream, default: [:]][actual.metric.value, default: [:]][actual.day.value] = actual.value.value
        }
        return streams.flatMap { stream -> [Calibration.Ratio] in
            let recorded = values[stream] ?? [:]
            func planned(_ metric: Metric, _ day: Int) -> Double {
                Query(metric: metric, service: stream.service, day: day, target: .infinity, role: stream.role).expected(in: model)
            }
            return Calibration.Assumption.allCases.compactMap { assumption in
                let (below, above) = assumption.counts
                guard let aboveDays = recorded[above] else { return nil }
                let days = aboveDays.keys.filter { day in below.map { recorded[$0]?[day] != nil } ?? true }
                guard let day = days.max(), var actual = aboveDays[day] else { return nil }
                let plannedAbove = planned(above, day)
                guard plannedAbove > 0 else { return nil }
                var plannedRatio = plannedAbove
                if let below {
                    let plannedBelow = planned(below, day)
                    guard let actualBelow = recorded[below]?[day], actualBelow > 0, plannedBelow > 0 else { return nil }
                    if actual == 0 {
                        guard !above.isMoney else { return nil }
                        actual = 0.5
                    }
                    actual /= actualBelow
                    plannedRatio /= plannedBelow
                } else if actual == 0 {
                    actual = 0.5
                }
                return Calibration.Ratio(assumption: assumption, service: stream.service, role: stream.role, day: day, actual: actual, planned: plannedRatio)
            }
        }
    }
}
