import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A hardware commission line that ends earlier: the seller diverts touches
/// to hardware on fewer days (the diversion's share does not depend on the
/// days), so service pipeline by any day never falls. Monotone; the line
/// keeps at least its first day (ending before it is removing it).
struct CommissionEndLever: Lever {
    let comp: CompPlan
    let line: CommissionLine
    let horizon: Int

    var kind: LeverKind { .commission }
    var title: String { "end of `\(comp.role.value)`'s \(line.metric.value.rawValue) line \(line.location.keyPath.lastIndex.map { "#\($0 + 1)" } ?? "")" }
    var keyPath: KeyPath { line.location.keyPath.appending("until_day") }
    var current: Setting { line.untilDay.map(Setting.day) ?? .unset("the end of the plan") }

    var candidates: [Setting] {
        let last = min(line.untilDay ?? horizon, horizon - 1) - 1
        let first = max(0, line.fromDay ?? 0)
        return last < first ? [] : Array(stride(from: last, through: first, by: -1)).map(Setting.day)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let day = setting.day else { return plan }
        return plan.changingCompPlan(at: comp.location.keyPath) { comp in
            if let index = comp.commissions.firstIndex(where: { $0.location.keyPath == line.location.keyPath }) {
                comp.commissions[index].untilDay = day
            }
        }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.day.flatMap { text.set("until_day", to: String($0), in: line.location.keyPath) }
    }
}
