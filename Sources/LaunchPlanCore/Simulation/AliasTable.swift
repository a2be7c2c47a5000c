import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Draws a day with probability proportional to its expected appointments in
/// constant time (Walker's alias method, Vose's construction): one uniform,
/// one table look-up, one comparison, whatever the horizon.
package struct AliasTable: Sendable {
    /// Per slot: the probability of keeping it, and the slot to take otherwise.
    private let slots: [(keep: Double, alias: Int)]

    package init(weights: [Double]) {
        let n = weights.count
        let total = weights.reduce(0, +)
        guard n > 0, total > 0 else {
            slots = [(1, 0)]
            return
        }
        var scaled = weights.map { $0 * Double(n) / total }
        var probability = [Double](repeating: 1, count: n)
        var alias = Array(0..<n)
        var small = scaled.indices.filter { scaled[$0] < 1 }
        var large = scaled.indices.filter { scaled[$0] >= 1 }
        while let s = small.popLast(), let l = large.last {
            probability[s] = scaled[s]
            alias[s] = l
            scaled[l] -= 1 - scaled[s]
            if scaled[l] < 1 {
                large.removeLast()
                small.append(l)
            }
        }
        slots = zip(probability, alias).map { ($0, $1) }
    }

    /// Days in the table.
    package var count: Int { slots.count }

    /// The index for a uniform `u` in [0, 1).
    @inline(__always)
    package func index(_ u: Double) -> Int {
        let scaled = u * Double(slots.count)
        let i = min(Int(saturating: scaled), slots.count - 1)
        return scaled - Double(i) < slots[i].keep ? i : slots[i].alias
    }
}
