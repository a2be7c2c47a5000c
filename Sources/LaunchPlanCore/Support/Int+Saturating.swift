extension Int {
    /// The largest integer the tool makes from a Double, 2^53: every integer up
    /// to it is exact as a Double, and sums of a few thousand of them cannot overflow.
    public static let simulationLimit = 1 << 53

    /// `value` rounded toward zero and clamped to ±`simulationLimit`; 0 for NaN.
    /// The one way the tool turns a Double into an Int: `Int(x)` traps on a
    /// NaN, an infinity or anything past ±2^63, and a playbook could once ask
    /// for all of those (`touches_per_sale: 1e-300` made a hardware mean of 1e303).
    public init(saturating value: Double) {
        guard !value.isNaN else {
            self = 0
            return
        }
        let limit = Double(Int.simulationLimit)
        self = Int(Swift.min(limit, Swift.max(-limit, value)))
    }
}
