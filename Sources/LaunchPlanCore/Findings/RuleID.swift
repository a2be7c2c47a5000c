/// The identity of a rule: its id as RULES.md spells it, its default
/// severity, and whether it is about reading the file (those cannot be waived).
public struct RuleID: Hashable, Sendable, CustomStringConvertible {
    public let id: String
    public let defaultSeverity: Severity
    public let isReading: Bool

    private init(_ id: String, _ severity: Severity, reading: Bool = false) {
        self.id = id
        self.defaultSeverity = severity
        self.isReading = reading
    }

    public var description: String { id }

    public static func == (a: RuleID, b: RuleID) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    // Reading the file (error; cannot be waived).
    public static let yamlSyntax = RuleID("yaml-syntax", .error, reading: true)
    public static let yamlDuplicateKey = RuleID("yaml-duplicate-key", .error, reading: true)
    public static let yamlLimits = RuleID("yaml-limits", .error, reading: true)
    public static let schemaVersion = RuleID("schema-version", .error, reading: true)
    public static let schemaUnknownKey = RuleID("schema-unknown-key", .error, reading: true)
    public static let schemaMissingKey = RuleID("schema-missing-key", .error, reading: true)
    public static let schemaType = RuleID("schema-type", .error, reading: true)
    public static let unknownReference = RuleID("unknown-reference", .error, reading: true)
    public static let duplicateID = RuleID("duplicate-id", .error, reading: true)

    // Plan consistency.
    public static let singleOwner = RuleID("single-owner", .error)
    public static let objectiveNotOwnedByOwner = RuleID("objective-not-owned-by-owner", .warning)
    public static let hireWithoutCompPlan = RuleID("hire-without-comp-plan", .error)
    public static let checkpointRegression = RuleID("checkpoint-regression", .error)
    public static let missingCheckpoint = RuleID("missing-checkpoint", .warning)
    public static let milestoneOrder = RuleID("milestone-order", .error)
    public static let quotaObjectiveGap = RuleID("quota-objective-gap", .warning)

    // Conflicts between comp plan, territory and milestones.
    public static let hardwareClauseUnderminesQuota = RuleID("hardware-clause-undermines-quota", .error)
    public static let quotaPenaltyWithoutAccess = RuleID("quota-penalty-without-access", .error)
    public static let permissionWithoutSLA = RuleID("permission-without-sla", .warning)
    public static let sharedAccountsWithoutEscalation = RuleID("shared-accounts-without-escalation", .error)
    public static let noCreditForAccountOwner = RuleID("no-credit-for-account-owner", .warning)
    public static let teamNotBriefed = RuleID("team-not-briefed", .error)
    public static let rulesNotPublished = RuleID("rules-not-published", .warning)
    public static let checkpointBeforeFirstClose = RuleID("checkpoint-before-first-close", .error)
    public static let checkpointUnlikely = RuleID("checkpoint-unlikely", .warning)
    public static let reviewBeforeFirstClose = RuleID("review-before-first-close", .error)
    public static let quotaUnreachable = RuleID("quota-unreachable", .warning)
    public static let quotaTooEasy = RuleID("quota-too-easy", .warning)
    public static let quotaWithoutCheckpoint = RuleID("quota-without-checkpoint", .warning)
    public static let coldOutreachDependency = RuleID("cold-outreach-dependency", .warning)
    public static let drawEndsBeforeFirstClose = RuleID("draw-ends-before-first-close", .warning)
    public static let waiverUnused = RuleID("waiver-unused", .warning)

    /// Every rule id of RULES.md, in its order: what a waiver or `--rule` may name.
    public static let all: [RuleID] = [
        yamlSyntax, yamlDuplicateKey, yamlLimits, schemaVersion, schemaUnknownKey,
        schemaMissingKey, schemaType, unknownReference, duplicateID,
        singleOwner, objectiveNotOwnedByOwner, hireWithoutCompPlan, checkpointRegression,
        missingCheckpoint, milestoneOrder, quotaObjectiveGap,
        hardwareClauseUnderminesQuota, quotaPenaltyWithoutAccess, permissionWithoutSLA,
        sharedAccountsWithoutEscalation, noCreditForAccountOwner, teamNotBriefed,
        rulesNotPublished, checkpointBeforeFirstClose, checkpointUnlikely,
        reviewBeforeFirstClose, quotaUnreachable, quotaTooEasy, quotaWithoutCheckpoint,
        coldOutreachDependency, drawEndsBeforeFirstClose, waiverUnused,
    ]

    public static func named(_ id: String) -> RuleID? {
        all.first { $0.id == id }
    }
}
