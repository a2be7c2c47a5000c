import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// How soon the owning role must answer a permission request. A shorter wait
/// brings every customer appointment forward, so cumulative pipeline by any
/// day never falls: monotone. A rule without an SLA waits
/// `permission.wait_days`; writing that SLA already answers "check with the
/// rep before every call" without changing the model.
struct ApprovalSLALever: Lever {
    let rule: TerritoryRule
    let waitDays: Int

    var kind: LeverKind { .sla }
    var title: String { "approval SLA of `\(rule.role.value)` in `\(rule.segment.value)`" }
    var keyPath: KeyPath { rule.location.keyPath.appending("approval_sla_days") }
    var current: Setting { rule.approvalSLADays.map(Setting.days) ?? .unset("none (waits \(waitDays) days)") }

    var candidates: [Setting] {
        let first = rule.approvalSLADays.map { $0 - 1 } ?? min(waitDays, 365)
        return Array(stride(from: first, through: 0, by: -1)).map(Setting.days)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard case .days(let days) = setting else { return plan }
        return plan.changingRule(at: rule.location.keyPath) { $0.approvalSLADays = days }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        guard case .days(let days) = setting else { return nil }
        return text.set("approval_sla_days", to: String(days), in: rule.location.keyPath)
    }
}
