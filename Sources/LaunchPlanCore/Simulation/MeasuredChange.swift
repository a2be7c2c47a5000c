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

    public init(base: Double?, head: Double?, standardError: Double?) {
        self.base = base
        self.head = head
        self.standardError = standardError
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
        return abs(change) > Self.standardErrors * standardError && abs(change) > rounding
    }

    /// Up (1), down (-1) or no real change (0).
    public var direction: Int {
        guard isReal, let change else { return 0 }
        return change > 0 ? 1 : -1
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
