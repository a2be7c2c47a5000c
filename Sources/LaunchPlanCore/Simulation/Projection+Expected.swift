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
            var outcome = RoleOutcome(role: comp.role.value, plan: plan)
            let pay = model.pay(of: outcome.role)
            outcome.quotaAttainment = .expected(model.quotaAttainment(of: outcome.role))
            outcome.adjustmentExpected = outcome.adjustment == nil ? nil : pay?.adjustmentTriggered
            outcome.pay = .expected(pay?.total)
            outcome.base = pay?.base
            outcome.serviceCommission = pay?.serviceCommission
            outcome.hardwareCommission = pay?.hardwareCommission
            outcome.draw = pay?.draw
            outcome.hardwareDiversion = model.sellerIndex(of: outcome.role).map { model.model.sellers[$0].diversion.share }
            return outcome
        }
        return Projection(mode: .expected, plan: plan, checkpoints: checkpoints, objectives: objectives, roles: roles)
    }
}
