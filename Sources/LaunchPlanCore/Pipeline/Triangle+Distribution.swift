import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Assumptions.Triangle {
    /// The mean of the triangular distribution: (min + likely + max) / 3.
    public var mean: Double { (min + likely + max) / 3 }

    /// P(X <= x) of the triangular distribution; a step at `min` when it is degenerate.
    public func cdf(_ x: Double) -> Double {
        if x >= max { return 1 }
        if x < min || max == min { return x >= min && max == min ? 1 : 0 }
        if x <= likely {
            return likely == min ? 0 : (x - min) * (x - min) / ((max - min) * (likely - min))
        }
        return 1 - (max - x) * (max - x) / ((max - min) * (max - likely))
    }

    /// The value with `cdf == u` (inverse transform), for the simulator's draws.
    public func quantile(_ u: Double) -> Double {
        guard max > min else { return min }
        let split = (likely - min) / (max - min)
        if u < split { return min + ((max - min) * (likely - min) * u).squareRoot() }
        return max - ((max - min) * (max - likely) * (1 - u)).squareRoot()
    }
}
