import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

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

    /// The generator for one run of one stream (a role's pipeline) under
    /// `Simulator.RandomStreams.perRunAndRole`: two plans simulated with the
    /// same seed give run `run` of a role the same numbers whatever the other
    /// runs and roles drew (common random numbers for `diff`). A tag keeps
    /// these streams apart from the block streams.
    public init(seed: UInt64, run: Int, stream: UInt64) {
        var mix = SplitMix64(state: seed ^ 0x243F_6A88_85A3_08D3 ^ (UInt64(truncatingIfNeeded: run) &* 0xD1B5_4A32_D192_ED03))
        mix.state = mix.next() ^ (stream &* 0x9E37_79B9_7F4A_7C15)
        s0 = mix.next()
        s1 = mix.next()
        s2 = mix.next()
        s3 = mix.next()
    }

    /// A stream number for a name (64-bit FNV-1a of its UTF-8): the same role
    /// id gives the same stream in every version of a plan.
    public static func stream(named name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
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
        switch poisson.method {
        case .none:
            return 0
        case .product(let limit):
            var total = 0
            var product = uniform()
            while product > limit {
                total += 1
                product *= uniform()
            }
            return total
        case .transformedRejection(let c):
            return transformedRejection(c)
        }
    }

    public mutating func poisson(_ mean: Double) -> Int {
        draw(Poisson(mean))
    }

    /// Hörmann's PTRS ("The transformed rejection method for generating
    /// Poisson random variables", 1993), as in NumPy's `random_poisson_ptrs`:
    /// two uniforms per try, about 1.1 tries whatever the mean.
    private mutating func transformedRejection(_ c: Poisson.Constants) -> Int {
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let k = ((2 * c.a / us + c.b) * u + c.mean + 0.43).rounded(.down)
            if us >= 0.07 && v <= c.vr { return Int(saturating: k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + c.logInverseAlpha - log(c.a / (us * us) + c.b) <= -c.mean + k * c.logMean - logFactorial(k) {
                return Int(saturating: k)
            }
        }
    }

    /// A standard normal draw (Marsaglia's polar method).
    package mutating func normal() -> Double {
        while true {
            let x = 2 * uniform() - 1
            let y = 2 * uniform() - 1
            let s = x * x + y * y
            if s > 0 && s < 1 { return x * (-2 * log(s) / s).squareRoot() }
        }
    }
}

/// Poisson(mean) with its constants computed once: by inversion (Knuth's
/// product form, linear in the mean) below `transformedRejectionMean`, by
/// Hörmann's transformed rejection (constant time) from there on. The product
/// form stays below because the recorded Monte Carlo outputs (Tests/Golden)
/// were drawn with it, and it costs no more there than drawing the
/// appointments it counts one by one.
public struct Poisson: Sendable {
    /// PTRS is valid from a mean of 10. At 300 every draw of the example
    /// playbooks stays on the product form (northwind-good's appointments
    /// over 180 days exceed 30, so 30 would change its golden).
    package static let transformedRejectionMean = 300.0
    /// Means are capped here: beyond 2^52 a count is no longer an exact Double anyway.
    package static let largestMean = 0x1p52

    package struct Constants: Sendable {
        var mean, logMean, a, b, vr, logInverseAlpha: Double
    }

    package enum Method: Sendable {
        case none
        /// Multiply uniforms until the product falls to e^-mean.
        case product(limit: Double)
        case transformedRejection(Constants)
    }

    package let method: Method

    public init(_ mean: Double) {
        guard mean > 0 else {
            method = .none
            return
        }
        guard mean >= Self.transformedRejectionMean else {
            let limit = exp(-mean)
            method = limit < 1 ? .product(limit: limit) : .none
            return
        }
        let mean = min(mean, Self.largestMean)  // also catches +infinity
        let b = 0.931 + 2.53 * mean.squareRoot()
        let a = -0.059 + 0.024_83 * b
        method = .transformedRejection(Constants(
            mean: mean, logMean: log(mean), a: a, b: b, vr: 0.9277 - 3.6224 / (b - 2),
            logInverseAlpha: log(1.1239 + 1.1328 / (b - 3.4))))
    }
}

/// SplitMix64 (Steele, Lea and Flood), used only to seed xoshiro256**.
package struct SplitMix64 {
    package var state: UInt64

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
