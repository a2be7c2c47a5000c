import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// What a territory rule lets a role sell: a managed service of the
/// dealership, or hardware, the reserved product line every dealership has
/// (never a service id, and never listed in `dealership.services`).
public enum ProductLine: Hashable, Sendable {
    case hardware
    case service(ServiceID)

    /// A `sells` entry as the playbook writes it.
    public init(_ id: String) {
        self = id == hardwareLine ? .hardware : .service(ServiceID(id))
    }

    /// As the playbook writes it.
    public var id: String {
        switch self {
        case .hardware: hardwareLine
        case .service(let service): service.rawValue
        }
    }
}
