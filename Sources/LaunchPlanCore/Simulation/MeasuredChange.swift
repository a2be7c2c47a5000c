import LaunchPlanSupport

/// One quantity in two versions of a plan (a probability, a mean, a pay
/// median), simulated with the same seed and paired run by run, with the
/// Monte Carlo standard error of its change: a change within
/// `standardErrors` of it may be sampling noise and is never called real.
public struct MeasuredChange: Sendable, Equatable {
    /// The base plan's value; nil when the base has no such quantity (or no estimate of it).
    public var base: Double?
    /// The head plan's value; nil likewise.
    public var head: Double?
    /// The standard error of `head - base` over the paired runs; nil when
    /// either side is missing or the runs are too few to estimate it.
    public var standardError: Double?
    /// How many paired runs moved up and how many down, when the change is a
    /// mean of per-run differences: few of them (a rare event) make the
    /// normal approximation behind "two standard errors" too bold, and an
    /// exact sign test decides instead.
    public var discordance: Discordance?

    /// Paired runs whose difference is positive (`up`) or negative (`down`).
    public struct Discordance: Sendable, Equatable {
        public var up: Int
        public var down: Int

        /// Below this many runs that differ, the exact sign test decides.
        public static let exactBelow = 30

        /// Whether an exact two-sided sign test on the runs that differ is at
        /// least as sure as two standard errors (p at most 0.0455); always
        /// true from `exactBelow` runs on, where the standard error is sound.
        public var allowsReal: Bool {
            let runs = up + down
            guard runs < Self.exactBelow else { return true }
            guard runs > 0 else { return false }
            // P(X >= max(up, down)) for X ~ Binomial(runs, 1/2), doubled.
            var tail = 0.0
            var coefficient = 1.0  // C(runs, k), from k = 0
            for k in 0...runs {
                if k >= max(up, down) { tail += coefficient }
                coefficient = coefficient * Double(runs - k) / Double(k + 1)
            }
            var half = 1.0
            for _ in 0..<runs { half /= 2 }
            return min(1, 2 * tail * half) <= 0.0455
        }
    }

    public init(base: Double?, head: Double?, standardError: Double?, discordance: Discordance? = nil) {
        self.base = base
        self.head = head
        self.standardError = standardError
        self.discordance = discordance
    }

    /// How many standard errors a change must exceed to be real (about 1 in
    /// 20 for a change that is pure noise, and with common random numbers a
    /// quantity the edit does not touch has no noise at all).
    public static let standardErrors = 2.0

    /// `head - base`, when both exist.
    public var change: Double? {
        guard let base, let head else { return nil }
        return head - base
    }

    /// The change is beyond `standardErrors` standard errors (and not a
    /// rounding difference): not sampling noise.
    public var isReal: Bool {
        guard let change, let standardError, let base, let head else { return false }
        let rounding = 1e-9 * max(1, abs(base), abs(head))
        return abs(change) > Self.standardErrors * standardError && abs(change) > rounding && discordance?.allowsReal != false
    }

    /// Up (1), down (-1) or no real change (0).
    public var direction: Int {
        guard isReal, let change else { return 0 }
        return change > 0 ? 1 : -1
    }

    /// The change measured from per-run differences: its standard error and
    /// how many runs moved each way.
    package mutating func measure(_ differences: [Double]) {
        standardError = Self.standardError(ofMeanOf: differences)
        discordance = Discordance(up: differences.filter { $0 > 0 }.count, down: differences.filter { $0 < 0 }.count)
    }

    /// The standard error of the mean of per-run differences (the paired
    /// estimator: sample standard deviation over the square root of the
    /// count); nil below two runs.
    package static func standardError(ofMeanOf differences: [Double]) -> Double? {
        let n = Double(differences.count)
        guard differences.count >= 2 else { return nil }
        let mean = differences.reduce(0, +) / n
        let squares = differences.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / (n - 1) / n).squareRoot()
    }
}
