import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The one registry of rules: every plan rule to run, and every rule's
/// description (reading rules, plan rules, `waiver-unused`), in the order of
/// the catalogue. `validate`, `rules`, `explain`, SARIF, the docs, the waiver and
/// `--rule` checks and the example tests all read it.
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
        ServiceWithoutSeller(),
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

    /// Every rule's description: reading rules, then plan rules, `off-track`, then `waiver-unused`.
    public static let descriptions: [RuleDescription] =
        ReadingRules.descriptions + all.map { type(of: $0).description } + [OffTrack.description, WaiverUnused.description]

    private static let byID: [String: RuleDescription] = Dictionary(descriptions.map { ($0.id.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// The description of the rule named `id`; nil for a name no rule has.
    public static func description(named id: String) -> RuleDescription? { byID[id] }

    public static func rule(_ id: String) -> (any PlanRule)? {
        all.first { type(of: $0).description.id.id == id }
    }

    /// Runs every rule over a decoded plan.
    public static func check(_ plan: Playbook) -> [Finding] {
        let model = ExpectationModel(plan)
        return all.flatMap { $0.check(plan, model: model) }
    }
}

extension RuleID {
    /// Whether the rule is about reading the file (those cannot be waived or changed).
    public var isReading: Bool { Catalogue.description(named: id)?.kind == .reading }
}
