import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// Who settles a dispute over shared accounts, and how fast: a manager (else
/// the owner) within 2 days, so that "we'll work it out as we go along" has
/// a name and a deadline.
struct EscalationLever: Lever {
    let role: RoleID
    static let slaDays = 2

    var kind: LeverKind { .escalation }
    var title: String { "territory escalation" }
    var keyPath: KeyPath { KeyPath.root.appending("territory").appending("escalation") }
    var current: Setting { .absent }
    var candidates: [Setting] { [.present] }

    init(_ plan: Playbook) {
        role = (plan.roles.first { $0.kind == .manager } ?? plan.roles.first { $0.kind == .owner })?.id.value ?? "owner"
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard setting == .present else { return plan }
        var plan = plan
        plan.territory.escalation = Escalation(role: Located(role, at: .added(keyPath)), slaDays: Self.slaDays, location: .added(keyPath))
        return plan
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting == .present ? text.insert("escalation", "{role: \(role), sla_days: \(Self.slaDays)}", into: keyPath.parent) : nil
    }
}
