import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A checkpoint moved later: more pipeline by then (expectations are
/// cumulative), and a first close that can fall before it. Monotone for both;
/// the day stays inside the horizon.
struct CheckpointDayLever: Lever {
    let milestone: Milestone
    let horizon: Int

    var kind: LeverKind { .checkpoint }
    var title: String { "day of checkpoint `\(milestone.id.value)`" }
    var keyPath: KeyPath { milestone.day.location.keyPath }
    var current: Setting { .day(milestone.day.value) }

    var candidates: [Setting] {
        Array(stride(from: milestone.day.value + 1, through: horizon, by: 1)).map(Setting.day)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let day = setting.day else { return plan }
        return plan.changingMilestone(at: milestone.location.keyPath) { $0.day.value = day }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.day.flatMap { text.set("day", to: String($0), in: milestone.location.keyPath) }
    }
}
