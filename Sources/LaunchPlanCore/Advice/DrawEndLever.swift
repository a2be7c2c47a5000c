import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A draw that runs longer, until deals can have closed. It costs what the
/// draw tops up in the extra periods (the pay model says how much).
struct DrawEndLever: Lever {
    let comp: CompPlan
    let draw: Draw
    let horizon: Int

    var kind: LeverKind { .draw }
    var title: String { "end of the draw of `\(comp.role.value)`" }
    var keyPath: KeyPath { draw.untilDay.location.keyPath }
    var current: Setting { .day(draw.untilDay.value) }

    var candidates: [Setting] {
        Array(stride(from: draw.untilDay.value + 1, through: horizon, by: 1)).map(Setting.day)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let day = setting.day else { return plan }
        return plan.changingCompPlan(at: comp.location.keyPath) { $0.draw?.untilDay.value = day }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.day.flatMap { text.set("until_day", to: String($0), in: draw.location.keyPath) }
    }
}
