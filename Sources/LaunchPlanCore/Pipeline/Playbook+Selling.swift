import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Playbook {
    /// The roles that sell `service` (the pipeline model, "Who builds pipeline"):
    /// specialists and inside sales that some territory rule lets sell it with
    /// access other than `none`.
    public func rolesSelling(_ service: ServiceID) -> [Role] {
        roles.filter { mayRole($0, sell: service) }
    }

    package func mayRole(_ role: Role, sell service: ServiceID) -> Bool {
        role.kind.sellsServices && !grants(to: role.id.value, for: .service(service)).isEmpty
    }
}
