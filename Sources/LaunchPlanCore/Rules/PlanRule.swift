import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A check of the plan itself: comp plan, territory and milestones against
/// one another. A rule is one type in one file; it returns its findings and
/// keeps no state.
public protocol PlanRule: Sendable {
    static var description: RuleDescription { get }
    /// Findings at the rule's default severity; overrides and waivers are
    /// applied afterwards, in one place. `model` is the plan's expectation
    /// model, built once for all rules.
    func check(_ plan: Playbook, model: ExpectationModel) -> [Finding]
    /// The calculation behind one of this rule's findings, for `explain --plan`;
    /// empty for rules that compare what the plan says without the model.
    func trace(_ finding: Finding, plan: Playbook, model: ExpectationModel) -> [TraceStep]
}

extension PlanRule {
    package var description: RuleDescription { Self.description }

    public func trace(_ finding: Finding, plan: Playbook, model: ExpectationModel) -> [TraceStep] { [] }

    /// The seller whose quota sits at (or above) the finding's key path, with the
    /// steps to its expected attainment.
    package func quotaTrace(_ finding: Finding, plan: Playbook, model: ExpectationModel) -> [TraceStep] {
        guard let comp = plan.compensation.first(where: { $0.location.keyPath.contains(finding.location.keyPath) }),
              let quota = comp.quota, let index = model.sellerIndex(of: comp.role.value),
              let attainment = model.quotaAttainment(of: comp.role.value) else { return [] }
        let reached = model.perPerson(quota.metric.value, seller: index, byDay: quota.byDay.value)
        return model.sellerTrace(seller: index, byDay: quota.byDay.value) + [
            TraceStep("\(quota.metric.value.rawValue) by day \(quota.byDay.value) per person", "expected", reached),
            TraceStep("quota attainment", "\(NumberText.significant(reached)) / target \(NumberText.significant(quota.target.value))", attainment),
        ]
    }

    /// A finding of this rule with its id and the description's fix unless another is given.
    package func finding(_ message: String, at location: SourceLocation, related: [Finding.Related] = [], fix: String? = nil) -> Finding {
        Finding(rule: Self.description.id, severity: Self.description.severity, message: message, at: location, related: related, fix: fix ?? Self.description.fix)
    }
}

extension RuleDescription {
    /// What a rule on expected quota attainment reads besides the model.
    package static let quotaAttainmentReads = [
        "compensation.*.quota.metric",
        "compensation.*.quota.service",
        "compensation.*.quota.target",
        "compensation.*.quota.by_day",
    ]
}
