import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension ExpectationModel {
    /// The `hardware-gp` lines of a comp plan that undermine its service quota
    /// (`hardware-clause-undermines-quota`): in force before the
    /// quota's `by_day`, paying in a segment where a rule lets the role sell
    /// hardware with `open` or `notify` access, for a role that builds pipeline
    /// for the quota's metric and service. The rule reports them; the
    /// simulator's counterfactual removes them.
    public func underminingHardwareLines(of comp: CompPlan) -> (lines: [CommissionLine], rules: [TerritoryRule]) {
        let plan = model.playbook
        guard let quota = comp.quota, quota.metric.value.isService, quotaAttainment(of: comp.role.value) != nil else { return ([], []) }
        let freeRules = plan.grants(to: comp.role.value, for: .hardware).filter(\.access.isFree).map(\.rule)
        let lines = comp.commissions.filter { line in
            line.metric.value == .hardwareGP && (line.fromDay ?? .min) < quota.byDay.value
                && freeRules.contains { line.pays(in: $0.segment.value) }
        }
        return (lines, freeRules)
    }

    /// Every undermining hardware line of the plan, by key path.
    public var underminingHardwareLinePaths: [KeyPath] {
        model.playbook.compensation.flatMap { underminingHardwareLines(of: $0).lines.map(\.location.keyPath) }
    }
}
