/// The round numbers a target can move to: two significant digits (12,000,
/// 5,500, 480), so that advice says "lower the target to 5,500" rather than
/// "to 5,517.24". Whole numbers only for counts.
enum NumberGrid {
    /// Values strictly below (`downward`) or above `value`, nearest first, within `bounds`.
    static func candidates(from value: Double, downward: Bool, within bounds: ClosedRange<Double>, wholeOnly: Bool) -> [Double] {
        var values: [Double] = []
        var scale = 1e-2
        while scale <= bounds.upperBound {
            for mantissa in 10...99 {
                let candidate = Double(mantissa) * scale / 10
                guard bounds.contains(candidate), downward ? candidate < value : candidate > value else { continue }
                guard !wholeOnly || candidate == candidate.rounded() else { continue }
                values.append((candidate * 100).rounded() / 100)
            }
            scale *= 10
        }
        return downward ? values.reversed() : values
    }
}
