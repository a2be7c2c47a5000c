import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// Where a seller's appointments come from.
public enum AppointmentSource: Int, CaseIterable, Sendable {
    case customers, prospects, referrals, introductions
}

extension Seller {
    /// The share of the deals from `source` that a commission line pays on,
    /// the one answer for both models: all of them when the line names no
    /// segments; otherwise customers split by accounts over the customers
    /// segments the seller reaches (evenly when none says how many),
    /// prospects evenly over its prospects segments, reps' introductions when
    /// the line names a segment an introducing rep owns, referrals never
    /// (they come from no segment).
    public func share(of line: CommissionLine, from source: AppointmentSource) -> Double {
        guard let named = line.segments?.map(\.value) else { return 1 }
        switch source {
        case .customers:
            let accounts = customerSegments.reduce(0.0) { $0 + Double($1.accounts ?? 0) }
            return customerSegments.filter { named.contains($0.id.value) }
                .reduce(0.0) { $0 + (accounts > 0 ? Double($1.accounts ?? 0) / accounts : 1 / Double(customerSegments.count)) }
        case .prospects:
            guard !prospectSegments.isEmpty else { return 0 }
            return Double(prospectSegments.filter { named.contains($0.id.value) }.count) / Double(prospectSegments.count)
        case .referrals:
            return 0
        case .introductions:
            return introducers.contains { $0.segments.contains(where: named.contains) } ? 1 : 0
        }
    }
}
