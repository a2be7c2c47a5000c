import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Playbook {
    /// The plan without the commission lines at these key paths: the
    /// counterfactual "what if the clause were not there".
    public func removingCommissionLines(_ paths: [KeyPath]) -> Playbook {
        var plan = self
        for index in plan.compensation.indices {
            plan.compensation[index].commissions.removeAll { paths.contains($0.location.keyPath) }
        }
        return plan
    }
}
