import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// What a territory rule lets a role sell: a managed service of the
/// dealership, or hardware, the reserved product line every dealership has
/// (never a service id, and never listed in `dealership.services`).
public enum ProductLine: Hashable, Sendable {
    case hardware
    case service(String)

    /// A `sells` entry as the playbook writes it.
    public init(_ id: String) {
        self = id == hardwareLine ? .hardware : .service(id)
    }
}
