import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// What a fixed plan must keep of the flawed one: "no passing by deleting".
/// Most findings go quiet when the part of the plan they are about is taken
/// away (no quota, no access, no role), and a plan with the problem deleted
/// is not a plan with the problem solved. Each exercise names the ones that
/// matter to it in the pack's manifest.
public enum Invariant: Sendable, Equatable {
    /// Every role still declared (all of the flawed plan's, or `roles`), with
    /// the same kind (except `kindMayChange`), the same status, and at least
    /// the same headcount.
    case rolesKept(roles: [RoleID]?, kindMayChange: [RoleID])
    /// `role` still carries a quota on `metric` (and `service`) of at least `atLeast`.
    case quotaKept(role: RoleID, metric: Metric, service: ServiceID?, atLeast: Double)
    /// The objective is still there, on the same metric and service, with a target of at least `atLeast`.
    case objectiveKept(ObjectiveID, atLeast: Double)
    /// `role` still owns every segment it owned, with at least as many accounts.
    case accountsKept(role: RoleID)
    /// `role` still has access (other than `none`) to `segment`.
    case accessKept(role: RoleID, segment: SegmentID)
    /// `role` still has a draw of at least the same monthly amount.
    case drawKept(role: RoleID)
    /// Every milestone still there (all of the flawed plan's, or `milestones`); it may move.
    case milestonesKept([MilestoneID]?)
    /// Every service still launched.
    case servicesKept
    /// The pipeline assumptions as they were, except the keys named (dotted, as the format writes them).
    case assumptionsKept(except: [String])
    /// No waiver that the flawed plan did not have: a waiver accepts a problem, the exercise asks to solve it.
    case noNewWaivers

    /// The name the manifest, the grade and the facilitator use.
    public var name: String {
        switch self {
        case .rolesKept: "roles-kept"
        case .quotaKept: "quota-kept"
        case .objectiveKept: "objective-kept"
        case .accountsKept: "accounts-kept"
        case .accessKept: "access-kept"
        case .drawKept: "draw-kept"
        case .milestonesKept: "milestones-kept"
        case .servicesKept: "services-kept"
        case .assumptionsKept: "assumptions-kept"
        case .noNewWaivers: "no-new-waivers"
        }
    }

    /// Every name, for the manifest's reader ("expected one of ...").
    public static let names = ["roles-kept", "quota-kept", "objective-kept", "accounts-kept", "access-kept",
                               "draw-kept", "milestones-kept", "services-kept", "assumptions-kept", "no-new-waivers"]
}
