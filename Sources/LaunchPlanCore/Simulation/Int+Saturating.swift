extension Int {
    /// The largest count the simulator works with, 2^53: every integer up to it
    /// is exact as a Double, and sums of a few thousand of them cannot overflow.
    static let simulationLimit = 1 << 53

    /// `value` rounded toward zero and clamped to ±`simulationLimit`; 0 for NaN.
    /// The one way Simulation/ turns a Double into an Int: `Int(x)` traps on a
    /// NaN, an infinity or anything past ±2^63, and a playbook can ask for all
    /// of those (`touches_per_sale: 1e-300` makes a hardware mean of 1e303).
    init(saturating value: Double) {
        guard !value.isNaN else {
            self = 0
            return
        }
        let limit = Double(Int.simulationLimit)
        self = Int(Swift.min(limit, Swift.max(-limit, value)))
    }
}
