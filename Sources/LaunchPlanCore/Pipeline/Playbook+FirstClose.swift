import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Playbook {
    /// The first day a deal of the role can close: the day it starts selling
    /// plus the shortest sales cycle (`cycle_days.min`); nothing signs sooner.
    /// A comp plan for an undeclared role is read as selling from day 0. The
    /// one answer that every rule about the first close asks.
    public func firstClose(of roleID: RoleID) -> (sellingFrom: Int, day: Double) {
        let start = role(roleID)?.sellingFrom ?? 0
        return (start, Double(start) + assumptions.cycleDays.min)
    }

    /// The first day any agreement for `service` can exist: the earliest first
    /// close among the roles selling it; nil when no role sells it.
    public func firstClose(ofService service: ServiceID) -> Double? {
        rolesSelling(service).map { firstClose(of: $0.id.value).day }.min()
    }
}
