/// The one way numbers are written for people, in messages, traces and
/// tables alike, so that a finding says `12,000` where the table does.
/// Machine formats (JSON, CSV, SARIF) write numbers exactly instead.
public enum NumberText {
    /// An amount or count: from 100 up whole and grouped by thousands
    /// (`12,000`), below that with at most one decimal (`2.5`).
    public static func amount(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        return exact(abs(value) >= 100 ? value.rounded() : (value * 10).rounded() / 10)
    }

    /// A share (1 = 100 %) as a percentage: whole from 10 % up, one decimal below (`2.3 %`).
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return nonFinite(share) + " %" }
        let value = share * 100
        return abs(value) >= 10 || value == 0 ? "\(exact(value.rounded())) %" : "\(exact((value * 10).rounded() / 10)) %"
    }

    /// Two significant digits in scientific notation (`3.2e11`), for estimates
    /// whose size is the point.
    public static func scientific(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        guard value > 0 else { return exact(value) }
        var mantissa = value
        var exponent = 0
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        var tenths = Int(saturating: (mantissa * 10).rounded())
        if tenths == 100 {
            tenths = 10
            exponent += 1
        }
        return "\(tenths / 10).\(tenths % 10)e\(exponent)"
    }

    /// Four significant digits, for the formulas of `explain --plan`.
    public static func significant(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        guard value != 0 else { return "0" }
        var magnitude = 0
        var scaled = abs(value)
        while scaled >= 10 { scaled /= 10; magnitude += 1 }
        while scaled < 1 { scaled *= 10; magnitude -= 1 }
        let scale = power(of: 10, 3 - magnitude)
        return exact((value * scale).rounded() / scale)
    }

    /// A value as written: whole numbers grouped by thousands without a
    /// fraction (`1,000,000`), others in Swift's shortest exact form (`0.01`).
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        guard value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        let whole = Int(saturating: value)
        var digits = String(whole.magnitude)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (whole < 0 ? "-" : "") + digits + grouped
    }

    /// Never printed by a correct model; said in words so it cannot pass for a number.
    package static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "not a number" : value > 0 ? "infinity" : "-infinity"
    }

    private static func power(of base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(400, exponent.magnitude) { result *= base }
        return exponent >= 0 ? result : 1 / result
    }
}
