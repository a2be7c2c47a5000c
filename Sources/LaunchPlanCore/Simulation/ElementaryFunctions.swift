import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

// e^x, ln x and ln k! without Foundation (the core does not import it), for
// the Poisson draws. Accurate to a few units in the last place over the
// ranges used there.

/// e^x for |x| <= 700.
@inline(__always)
package func exp(_ x: Double) -> Double {
    // e^x = 2^(x / ln 2): split into an integer power of two and a remainder
    // whose series converges quickly.
    let k = (x / ln2).rounded()
    let r = x - k * ln2
    var term = 1.0
    var sum = 1.0
    for n in 1...20 {
        term *= r / Double(n)
        sum += term
        if abs(term) < 1e-17 { break }
    }
    return sum * Double(sign: .plus, exponent: Int(saturating: k), significand: 1)
}

/// ln x for finite x > 0 (-infinity at 0).
package func log(_ x: Double) -> Double {
    guard x > 0 else { return -.infinity }
    guard x.isFinite else { return x }
    // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); ln m = 2 atanh(s), s = (m-1)/(m+1), |s| < 0.172.
    var m = x.significand
    var e = Double(x.exponent)
    if m > 1.414_213_562_373_095 {
        m /= 2
        e += 1
    }
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    var power = s
    var sum = 0.0
    for n in stride(from: 1.0, through: 41, by: 2) {
        sum += power / n
        power *= s2
        if abs(power) < 1e-18 { break }
    }
    return 2 * sum + e * ln2
}

/// ln k! for k >= 0: a table below 10, Stirling's series (error below 1e-13) above.
package func logFactorial(_ k: Double) -> Double {
    if k < 10 { return smallLogFactorials[Int(saturating: Swift.max(0, k))] }
    let n = k + 1
    let n2 = n * n
    return (n - 0.5) * log(n) - n + 0.918_938_533_204_672_8 + (1 / 12 - (1 / 360 - 1 / (1260 * n2)) / n2) / n
}

private let ln2 = 0.693_147_180_559_945_3

private let smallLogFactorials: [Double] = [
    0, 0, 0.693_147_180_559_945_3, 1.791_759_469_228_055, 3.178_053_830_347_945_6,
    4.787_491_742_782_046, 6.579_251_212_010_101, 8.525_161_361_065_415, 10.604_602_902_745_25, 12.801_827_480_081_469,
]
