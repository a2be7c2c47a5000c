import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// The performance review moved later, so that pay is judged after deals can
/// have closed. The first close does not move with it: monotone.
struct ReviewDayLever: Lever {
    let comp: CompPlan
    let adjustment: PerformanceAdjustment
    let horizon: Int

    var kind: LeverKind { .review }
    var title: String { "review day of `\(comp.role.value)`" }
    var keyPath: KeyPath { adjustment.reviewDay.location.keyPath }
    var current: Setting { .day(adjustment.reviewDay.value) }

    var candidates: [Setting] {
        Array(stride(from: adjustment.reviewDay.value + 1, through: horizon, by: 1)).map(Setting.day)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let day = setting.day else { return plan }
        return plan.changingCompPlan(at: comp.location.keyPath) { $0.performanceAdjustment?.reviewDay.value = day }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.day.flatMap { text.set("review_day", to: String($0), in: adjustment.location.keyPath) }
    }
}
