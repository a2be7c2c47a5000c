import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A quota's target, lowered (a quota the pipeline cannot reach) or raised
/// (one hit by accident). Attainment is sales over target, so it moves one
/// way with the target: bisection finds the nearest round target that clears.
struct QuotaTargetLever: Lever {
    let comp: CompPlan
    let quota: Quota
    let downward: Bool

    var kind: LeverKind { .quota }
    var title: String { "quota target of `\(comp.role.value)`" }
    var keyPath: KeyPath { quota.target.location.keyPath }
    var current: Setting { .number(quota.target.value) }

    var candidates: [Setting] {
        NumberGrid.candidates(from: quota.target.value, downward: downward, within: 0.01...1_000_000_000,
                              wholeOnly: !quota.metric.value.isMoney).map(Setting.number)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let value = setting.number else { return plan }
        return plan.changingCompPlan(at: comp.location.keyPath) { $0.quota?.target.value = value }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.number.flatMap { text.set("target", to: yamlNumber($0), in: quota.location.keyPath) }
    }
}
