/// A rule's name as RULES.md spells it, and nothing more: its severity, kind
/// and words live in its `RuleDescription`, and `Catalogue` lists every rule.
public struct RuleID: Hashable, Sendable, CustomStringConvertible {
    public let id: String

    public init(_ id: String) {
        self.id = id
    }

    public var description: String { id }

    // Reading the file.
    public static let yamlSyntax = RuleID("yaml-syntax")
    public static let yamlDuplicateKey = RuleID("yaml-duplicate-key")
    public static let yamlLimits = RuleID("yaml-limits")
    public static let schemaVersion = RuleID("schema-version")
    public static let schemaUnknownKey = RuleID("schema-unknown-key")
    public static let schemaMissingKey = RuleID("schema-missing-key")
    public static let schemaType = RuleID("schema-type")
    public static let unknownReference = RuleID("unknown-reference")
    public static let duplicateID = RuleID("duplicate-id")

    // Plan rules.
    public static let singleOwner = RuleID("single-owner")
    public static let objectiveNotOwnedByOwner = RuleID("objective-not-owned-by-owner")
    public static let hireWithoutCompPlan = RuleID("hire-without-comp-plan")
    public static let checkpointRegression = RuleID("checkpoint-regression")
    public static let missingCheckpoint = RuleID("missing-checkpoint")
    public static let milestoneOrder = RuleID("milestone-order")
    public static let quotaObjectiveGap = RuleID("quota-objective-gap")
    public static let hardwareClauseUnderminesQuota = RuleID("hardware-clause-undermines-quota")
    public static let quotaPenaltyWithoutAccess = RuleID("quota-penalty-without-access")
    public static let permissionWithoutSLA = RuleID("permission-without-sla")
    public static let sharedAccountsWithoutEscalation = RuleID("shared-accounts-without-escalation")
    public static let noCreditForAccountOwner = RuleID("no-credit-for-account-owner")
    public static let teamNotBriefed = RuleID("team-not-briefed")
    public static let rulesNotPublished = RuleID("rules-not-published")
    public static let checkpointBeforeFirstClose = RuleID("checkpoint-before-first-close")
    public static let checkpointUnlikely = RuleID("checkpoint-unlikely")
    public static let reviewBeforeFirstClose = RuleID("review-before-first-close")
    public static let quotaUnreachable = RuleID("quota-unreachable")
    public static let quotaTooEasy = RuleID("quota-too-easy")
    public static let quotaWithoutCheckpoint = RuleID("quota-without-checkpoint")
    public static let coldOutreachDependency = RuleID("cold-outreach-dependency")
    public static let drawEndsBeforeFirstClose = RuleID("draw-ends-before-first-close")
    public static let waiverUnused = RuleID("waiver-unused")
}
