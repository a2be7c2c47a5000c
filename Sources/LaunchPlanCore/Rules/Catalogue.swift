/// Every plan rule, in the order of RULES.md. The one list that `validate`,
/// `rules`, `explain`, the docs and the example tests read.
public enum Catalogue {
    public static let all: [any PlanRule] = [
        SingleOwner(),
        ObjectiveNotOwnedByOwner(),
        HireWithoutCompPlan(),
        CheckpointRegression(),
        MissingCheckpoint(),
        MilestoneOrder(),
        QuotaObjectiveGap(),
        HardwareClauseUnderminesQuota(),
        QuotaPenaltyWithoutAccess(),
        PermissionWithoutSLA(),
        SharedAccountsWithoutEscalation(),
        NoCreditForAccountOwner(),
        TeamNotBriefed(),
        RulesNotPublished(),
        CheckpointBeforeFirstClose(),
        CheckpointUnlikely(),
        ReviewBeforeFirstClose(),
        QuotaUnreachable(),
        QuotaTooEasy(),
        QuotaWithoutCheckpoint(),
        ColdOutreachDependency(),
        DrawEndsBeforeFirstClose(),
    ]

    public static func rule(_ id: String) -> (any PlanRule)? {
        all.first { type(of: $0).description.id.id == id }
    }

    /// Runs every rule over a decoded plan.
    public static func check(_ plan: Playbook) -> [Finding] {
        let model = ExpectationModel(plan)
        return all.flatMap { $0.check(plan, model: model) }
    }
}
