import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Playbook {
    /// The roles that sell `service` (SIMULATOR.md, "Who builds pipeline"):
    /// specialists and inside sales that some territory rule lets sell it with
    /// access other than `none`.
    public func rolesSelling(_ service: String) -> [Role] {
        roles.filter { mayRole($0, sell: service) }
    }

    package func mayRole(_ role: Role, sell service: String) -> Bool {
        role.kind.sellsServices && territory.rules.contains {
            $0.role.value == role.id.value && $0.access != .none && $0.sells.contains { $0.value == service }
        }
    }
}
