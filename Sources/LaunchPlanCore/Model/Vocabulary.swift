import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// The fixed words of the format. Each enum's raw values are the spelling in
/// the playbook; the format description lists them from `allCases`.

/// What an objective, quota, checkpoint or commission line counts (cumulative from day 0).
public enum Metric: String, CaseIterable, Sendable {
    case touches, conversations, appointments, assessments, proposals, agreements
    case newMRR = "new-mrr"
    case pipelineMRR = "pipeline-mrr"
    case hardwareGP = "hardware-gp"

    /// Service metrics name a managed service; `hardware-gp` is about hardware.
    public var isService: Bool { self != .hardwareGP }

    /// Counted in the dealership's currency (`new-mrr` and `pipeline-mrr` a
    /// month, `hardware-gp` per sale); the others are counts.
    public var isMoney: Bool { self == .newMRR || self == .pipelineMRR || self == .hardwareGP }

    /// What a commission line may pay on.
    public static let commissionable: [Metric] = [.newMRR, .agreements, .hardwareGP]
}

public enum RoleKind: String, CaseIterable, Sendable {
    /// The dealer principal.
    case owner
    /// The sales manager.
    case manager
    /// The managed-services overlay specialist.
    case specialist
    /// A hardware/MFP account rep.
    case accountRep = "account-rep"
    /// Presales engineer, vCIO.
    case technical
    /// An appointment setter.
    case insideSales = "inside-sales"

    /// Kinds that build service pipeline themselves (the pipeline model, "Who builds pipeline").
    public var sellsServices: Bool { self == .specialist || self == .insideSales }
}

public enum RoleStatus: String, CaseIterable, Sendable {
    case inSeat = "in-seat"
    case toHire = "to-hire"
}

/// Whose deals a commission line pays on.
public enum CommissionCredit: String, CaseIterable, Sendable {
    case ownSales = "own-sales"
    case inOwnedAccounts = "in-owned-accounts"
    case introductions
}

public enum SegmentKind: String, CaseIterable, Sendable {
    /// The installed base: existing relationships, warm.
    case customers
    /// No relationship: cold.
    case prospects
}

/// How freely a role may sell in a segment; ordered from most to least free.
public enum Access: String, CaseIterable, Sendable {
    case open, notify, permission, none
}

/// Readiness items a milestone can deliver before or after day 0.
public enum ReadinessItem: String, CaseIterable, Sendable {
    case teamBriefed = "team-briefed"
    case rulesOfEngagementPublished = "rules-of-engagement-published"
    case compPlansSigned = "comp-plans-signed"
    case crmReady = "crm-ready"
    case accountPlansAgreed = "account-plans-agreed"
    case oemPartnerEngaged = "oem-partner-engaged"
    case marketingReady = "marketing-ready"
    case trainingComplete = "training-complete"
}

/// The product line every dealership has; it may not be listed as a service.
public let hardwareLine = "hardware"
