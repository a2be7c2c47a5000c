/// A check of the plan itself: comp plan, territory and milestones against
/// one another. A rule is one type in one file; it returns its findings and
/// keeps no state.
public protocol PlanRule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Findings at the rule's default severity; overrides and waivers are
    /// applied afterwards, in one place. `model` is the plan's expectation
    /// model, built once for all rules.
    func check(_ plan: Playbook, model: ExpectationModel) -> [Finding]
}

extension PlanRule {
    var description: RuleDescription { Self.description }

    /// A finding of this rule with its id and the description's fix unless another is given.
    func finding(_ message: String, at location: SourceLocation, related: [Finding.Related] = [], fix: String? = nil) -> Finding {
        Finding(rule: Self.description.id, message: message, at: location, related: related, fix: fix ?? Self.description.fix)
    }
}
