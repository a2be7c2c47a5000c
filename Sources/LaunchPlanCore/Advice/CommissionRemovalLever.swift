import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A commission line removed: the counterfactual's own change
/// (`Playbook.removingCommissionLines`), made to the text as well.
struct CommissionRemovalLever: Lever {
    let comp: CompPlan
    let line: CommissionLine

    var kind: LeverKind { .commission }
    var title: String { "`\(comp.role.value)`'s \(line.metric.value.rawValue) line (\(line.rateText))" }
    var keyPath: KeyPath { line.location.keyPath }
    var current: Setting { .present }
    var candidates: [Setting] { [.absent] }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        setting == .absent ? plan.removingCommissionLines([line.location.keyPath]) : plan
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        guard setting == .absent, let index = line.location.keyPath.lastIndex else { return nil }
        return text.remove(item: index, of: line.location.keyPath.parent)
    }
}
