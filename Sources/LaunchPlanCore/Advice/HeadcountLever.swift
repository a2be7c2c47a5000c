import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// More people in a selling role. The dealership's total never falls with
/// another person (the customer-touch cap is shared, the prospects are not),
/// so bisection applies to checkpoints; each person's own attainment does
/// fall, so this lever is not offered for a quota.
struct HeadcountLever: Lever {
    let role: Role

    var kind: LeverKind { .headcount }
    var title: String { "headcount of `\(role.id.value)`" }
    var keyPath: KeyPath { role.location.keyPath.appending("headcount") }
    var current: Setting { .number(Double(role.headcount)) }

    var candidates: [Setting] {
        Array(stride(from: role.headcount + 1, through: 1000, by: 1)).map { .number(Double($0)) }
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let value = setting.number else { return plan }
        return plan.changingRole(at: role.location.keyPath) { $0.headcount = Int(saturating: value) }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.number.flatMap { text.set("headcount", to: yamlNumber($0), in: role.location.keyPath) }
    }
}
