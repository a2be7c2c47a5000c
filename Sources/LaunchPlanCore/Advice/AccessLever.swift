import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A rule's access loosened from `permission` to `notify`: the seller tells
/// the owning rep first instead of waiting for a yes on every account. One
/// step, so there is nothing to search.
struct AccessLever: Lever {
    let rule: TerritoryRule

    var kind: LeverKind { .access }
    var title: String { "access of `\(rule.role.value)` to `\(rule.segment.value)`" }
    var keyPath: KeyPath { rule.location.keyPath.appending("access") }
    var current: Setting { .access(rule.access) }
    var candidates: [Setting] { [.access(.notify)] }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard case .access(let access) = setting else { return plan }
        return plan.changingRule(at: rule.location.keyPath) { $0.access = access }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        guard case .access(let access) = setting else { return nil }
        return text.set("access", to: access.rawValue, in: rule.location.keyPath)
    }
}
