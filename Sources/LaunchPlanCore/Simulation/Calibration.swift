import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What `launchplan calibrate` reports over a folder of past launches, each a
/// playbook with its actuals: how well the plans' day-0 chances predicted
/// what happened (the Brier score and a reliability table), and which
/// assumptions came in consistently off, so that the next client's plan can
/// start from evidence rather than from the defaults.
public struct Calibration: Sendable {
    /// What the actuals say of a forecast (nil: undecided).
    public enum Outcome: String, Sendable, CaseIterable {
        case happened
        case missed = "did not happen"
    }

    /// A chance a plan gave at day 0 for a target on a day, and its outcome.
    public struct Forecast: Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            case checkpoint, objective, quota
        }

        public var kind: Kind
        /// The milestone, objective or role.
        public var id: String
        public var metric: Metric
        public var service: ServiceID?
        /// The checkpoint's day, the objective's or the quota's `by_day`.
        public var day: Int
        public var target: Double
        /// The plan's simulated chance at day 0.
        public var probability: Double
        public var outcome: Outcome?
    }

    /// One past launch: its day-0 forecasts with their outcomes, and its actual funnel against the plan's.
    public struct Launch: Sendable {
        public var path: String
        public var dealership: String
        /// The last day anything was recorded.
        public var lastDay: Int
        public var forecasts: [Forecast]
        /// One per stream of actuals and assumption the actuals inform.
        public var ratios: [Ratio]
    }

    /// The day-0 forecasts the actuals decide, scored: the mean of
    /// (p - outcome)^2 over them (0 is perfect; saying 50 % every time scores 0.25).
    public struct Score: Sendable, Equatable {
        public var brier: Double?
        public var decided: Int
        public var undecided: Int
    }

    /// The decided forecasts whose chance falls in `lower..<upper` (the last band includes 100 %).
    public struct Band: Sendable, Equatable {
        public var lower: Double
        public var upper: Double
        public var forecasts: Int
        public var meanForecast: Double
        /// The share of them that happened.
        public var happened: Double
    }

    /// A playbook of the folder that is not in the calibration, and why.
    public struct Skipped: Sendable {
        public var path: String
        /// Where in the file, for a reading finding.
        public var mark: Mark?
        public var reason: String

        public init(path: String, mark: Mark?, reason: String) {
            self.path = path
            self.mark = mark
            self.reason = reason
        }
    }

    /// The folder as given.
    public var folder: String
    public var launches: [Launch]
    public var skipped: [Skipped]
    public var runs: Int
    public var seed: UInt64

    public init(folder: String, launches: [Launch], skipped: [Skipped], runs: Int, seed: UInt64) {
        self.folder = folder
        self.launches = launches
        self.skipped = skipped
        self.runs = runs
        self.seed = seed
    }

    /// The reliability table's bands: ten of 10 percentage points.
    public static let bandWidth = 0.1

    public var forecasts: [Forecast] { launches.flatMap(\.forecasts) }
    public var score: Score { Self.score(forecasts) }
    public var reliability: [Band] { Self.reliability(forecasts) }

    /// The Brier score of the decided forecasts, and how many are decided and undecided.
    package static func score(_ forecasts: [Forecast]) -> Score {
        let decided = forecasts.compactMap { forecast in forecast.outcome.map { (forecast.probability, $0 == .happened ? 1.0 : 0.0) } }
        let brier = decided.isEmpty ? nil : decided.reduce(0.0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(decided.count)
        return Score(brier: brier, decided: decided.count, undecided: forecasts.count - decided.count)
    }

    /// The decided forecasts by band of their chance, the empty bands left out.
    package static func reliability(_ forecasts: [Forecast]) -> [Band] {
        let bands = Int((1 / bandWidth).rounded())
        var grouped = [[(probability: Double, happened: Bool)]](repeating: [], count: bands)
        for forecast in forecasts {
            guard let outcome = forecast.outcome else { continue }
            let band = min(bands - 1, max(0, Int(forecast.probability / bandWidth + 1e-9)))
            grouped[band].append((forecast.probability, outcome == .happened))
        }
        return grouped.indices.compactMap { band in
            let members = grouped[band]
            guard !members.isEmpty else { return nil }
            let n = Double(members.count)
            return Band(lower: Double(band) * bandWidth, upper: Double(band + 1) * bandWidth, forecasts: members.count,
                        meanForecast: members.reduce(0) { $0 + $1.probability } / n,
                        happened: Double(members.filter(\.happened).count) / n)
        }
    }
}
