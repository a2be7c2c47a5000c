/// The simulator's seeded random numbers: xoshiro256** (Blackman and Vigna,
/// prng.di.unimi.it), seeded through SplitMix64 as its authors recommend. Our
/// own code, so that a seed gives the same numbers on every machine and
/// Swift version (the standard library's generator is not specified).
public struct RandomSource: Sendable {
    private var s0, s1, s2, s3: UInt64

    /// The generator for block `block` of a run with `seed`: blocks get
    /// independent streams, so parallel and serial runs draw the same numbers.
    public init(seed: UInt64, block: Int) {
        var mix = SplitMix64(state: seed ^ (UInt64(truncatingIfNeeded: block) &* 0xD1B5_4A32_D192_ED03))
        s0 = mix.next()
        s1 = mix.next()
        s2 = mix.next()
        s3 = mix.next()
    }

    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1), 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A Poisson draw with its constants computed once (`Poisson`).
    public mutating func draw(_ poisson: Poisson) -> Int {
        var total = 0
        for chunk in 0...poisson.fullChunks where chunk < poisson.fullChunks || poisson.lastLimit < 1 {
            let limit = chunk < poisson.fullChunks ? Poisson.fullLimit : poisson.lastLimit
            var product = uniform()
            while product > limit {
                total += 1
                product *= uniform()
            }
        }
        return total
    }

    public mutating func poisson(_ mean: Double) -> Int {
        draw(Poisson(mean))
    }
}

/// Poisson(mean) by inversion (Knuth's product form), in chunks of at most 500
/// so that e^-mean never underflows (a sum of Poissons is Poisson). The
/// e^-chunk limits are computed once, outside the hot loop.
public struct Poisson: Sendable {
    /// Whole chunks of 500, each drawn against e^-500; then the rest against `lastLimit`
    /// (1 when there is no rest: a draw against 1 is always 0).
    let fullChunks: Int
    let lastLimit: Double
    static let fullLimit = exp(-500)

    public init(_ mean: Double) {
        guard mean > 0, mean.isFinite else {
            fullChunks = 0
            lastLimit = 1
            return
        }
        let chunks = (mean / 500).rounded(.down)
        fullChunks = Int(chunks)
        lastLimit = exp(-(mean - chunks * 500))
    }
}

/// SplitMix64 (Steele, Lea and Flood), used only to seed xoshiro256**.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// e^x without Foundation, for the Poisson draw (|x| <= 500).
@inline(__always)
func exp(_ x: Double) -> Double {
    // e^x = 2^(x / ln 2): split into an integer power of two and a remainder
    // whose series converges quickly.
    let ln2 = 0.693_147_180_559_945_3
    let k = (x / ln2).rounded()
    let r = x - k * ln2
    var term = 1.0
    var sum = 1.0
    for n in 1...20 {
        term *= r / Double(n)
        sum += term
        if abs(term) < 1e-17 { break }
    }
    return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
}
