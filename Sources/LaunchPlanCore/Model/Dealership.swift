import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// Who is launching and which managed services.
public struct Dealership: Sendable {
    public var name: String
    /// ISO 4217 code of every amount in the playbook.
    public var currency: String
    /// Managed-service ids; `hardware` is always there besides these and never listed.
    public var services: [Located<ServiceID>]
    public var location: SourceLocation
}
