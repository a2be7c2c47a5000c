import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The day a quota is due, moved later (more of the pipeline has closed by
/// then) or earlier (a quota too easy). Cumulative sales never fall with the
/// day, so attainment is monotone in it; days stay inside the horizon.
struct QuotaDueDayLever: Lever {
    let comp: CompPlan
    let quota: Quota
    let later: Bool
    let horizon: Int

    var kind: LeverKind { .quota }
    var title: String { "quota due day of `\(comp.role.value)`" }
    var keyPath: KeyPath { quota.byDay.location.keyPath }
    var current: Setting { .day(quota.byDay.value) }

    var candidates: [Setting] {
        let day = quota.byDay.value
        let days = later ? Array(stride(from: day + 1, through: horizon, by: 1)) : Array(stride(from: day - 1, through: 1, by: -1))
        return days.map(Setting.day)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let day = setting.day else { return plan }
        return plan.changingCompPlan(at: comp.location.keyPath) { $0.quota?.byDay.value = day }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.day.flatMap { text.set("by_day", to: String($0), in: quota.location.keyPath) }
    }
}
