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

    static func expectedWithoutCounterfactual(_ plan: Playbook) -> Projection {
        let model = ExpectationModel(plan)
        let checkpoints = plan.milestones.filter(\.isCheckpoint).map { milestone in
            Checkpoint(milestone: milestone.id.value, day: milestone.day.value, expectations: milestone.expect.map { expectation in
                let metric = expectation.metric.value
                let mean = metric == .hardwareGP ? nil : model.dealership(metric, service: expectation.service?.value, byDay: milestone.day.value)
                return CheckpointExpectation(metric: metric, service: expectation.service?.value, target: expectation.target.value, estimate: .expected(mean))
            })
        }
        let objectives = plan.objectives.map { objective in
            let metric = objective.metric.value
            let mean = metric == .hardwareGP ? nil : model.dealership(metric, service: objective.service?.value, byDay: objective.byDay.value)
            return Objective(objective: objective.id.value, metric: metric, target: objective.target.value, byDay: objective.byDay.value, estimate: .expected(mean))
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
