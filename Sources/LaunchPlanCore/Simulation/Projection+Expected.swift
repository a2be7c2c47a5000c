import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

extension Projection {
    /// The expectation model's means for a plan, with the counterfactual
    /// (the plan without its offending hardware lines) when there are any.
    public static func expected(_ plan: Playbook) -> Projection {
        var projection = expectedWithoutCounterfactual(plan)
        let offending = ExpectationModel(plan).underminingHardwareLinePaths
        if !offending.isEmpty {
            projection.counterfactual = [expectedWithoutCounterfactual(plan.removingCommissionLines(offending))]
        }
        return projection
    }

    package static func expectedWithoutCounterfactual(_ plan: Playbook) -> Projection {
        let model = ExpectationModel(plan)
        let (checkpoints, objectives) = outline(plan) { _, metric, service, day, _ in
            .expected(metric == .hardwareGP ? nil : model.dealership(metric, service: service, byDay: day))
        }
        let roles = plan.compensation.filter { $0.quota != nil }.map { comp in
            let role = comp.role.value
            let pay = model.pay(of: role)
            return RoleOutcome(role: role, quotaAttainment: .expected(model.quotaAttainment(of: role)), adjustmentProbability: nil,
                               pay: .expected(pay?.total), base: pay?.base, serviceCommission: pay?.serviceCommission,
                               hardwareCommission: pay?.hardwareCommission,
                               hardwareDiversion: model.sellerIndex(of: role).map { model.model.sellers[$0].diversion.share })
        }
        return Projection(mode: .expected, horizonDays: plan.launch.horizonDays, assumptions: plan.assumptions,
                          checkpoints: checkpoints, objectives: objectives, roles: roles, counterfactual: [], sensitivity: [])
    }
}
