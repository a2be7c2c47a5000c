import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A checkpoint expectation's target, lowered to what the pipeline can
/// deliver by the checkpoint's day. The model's mean does not depend on the
/// target, so "mean below half the target" clears from some target down.
struct CheckpointTargetLever: Lever {
    let milestone: Milestone
    let expectation: Expectation

    var kind: LeverKind { .checkpoint }
    var title: String { "`\(expectation.metric.value.rawValue)` target of checkpoint `\(milestone.id.value)`" }
    var keyPath: KeyPath { expectation.target.location.keyPath }
    var current: Setting { .number(expectation.target.value) }

    var candidates: [Setting] {
        NumberGrid.candidates(from: expectation.target.value, downward: true, within: 0.01...1_000_000_000,
                              wholeOnly: !expectation.metric.value.isMoney).map(Setting.number)
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard let value = setting.number else { return plan }
        return plan.changingMilestone(at: milestone.location.keyPath) { milestone in
            if let index = milestone.expect.firstIndex(where: { $0.location.keyPath == expectation.location.keyPath }) {
                milestone.expect[index].target.value = value
            }
        }
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        setting.number.flatMap { text.set("target", to: yamlNumber($0), in: expectation.location.keyPath) }
    }
}
