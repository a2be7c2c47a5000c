import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// The number a quantitative finding is about, read from the same answers
/// its rule reads (expected quota attainment, the dealership's expected
/// metric, appointments by source, the first close), so that a proposal can
/// say how far a change moves it. Whether the finding clears is the rule's
/// own check (`FindingCheck`), never this number against a threshold.
public struct FindingMeasure: Sendable, Equatable {
    public enum Unit: String, Sendable { case share, days }
    /// What is measured ("quota attainment").
    public var label: String
    public var value: Double
    public var unit: Unit

    public var text: String {
        switch unit {
        case .share: NumberText.percent(value)
        case .days: value == 0 ? "the same day" : value == 1 ? "1 day after" : value == -1 ? "1 day before"
            : value > 0 ? "\(NumberText.amount(value)) days after" : "\(NumberText.amount(-value)) days before"
        }
    }

    /// The measure of `finding` (found in the original plan) in `plan`; nil for a finding without a number.
    static func of(_ finding: Finding, in plan: Playbook, model: ExpectationModel) -> FindingMeasure? {
        let path = finding.location.keyPath
        let comp = plan.compensation.first { $0.location.keyPath.contains(path) }
        switch finding.rule {
        case .quotaUnreachable, .quotaTooEasy, .hardwareClauseUnderminesQuota:
            return comp.flatMap { model.quotaAttainment(of: $0.role.value) }.map { FindingMeasure(label: "quota attainment", value: $0, unit: .share) }
        case .coldOutreachDependency:
            guard let comp, let quota = comp.quota, let index = model.sellerIndex(of: comp.role.value) else { return nil }
            let sources = model.appointmentSources(seller: index, byDay: quota.byDay.value)
            let total = sources.customers + sources.prospects + sources.referrals + sources.introductions
            return total > 0 ? FindingMeasure(label: "appointments from cold prospects", value: sources.prospects / total, unit: .share) : nil
        case .checkpointUnlikely, .checkpointBeforeFirstClose:
            guard let milestone = plan.milestones.first(where: { $0.location.keyPath.contains(path) }),
                  let expectation = milestone.expect.first(where: { $0.location.keyPath == path }),
                  let service = expectation.service?.value else { return nil }
            if finding.rule == .checkpointUnlikely {
                let mean = model.dealership(expectation.metric.value, service: service, byDay: milestone.day.value)
                return FindingMeasure(label: "expected share of the target", value: mean / expectation.target.value, unit: .share)
            }
            return plan.firstClose(ofService: service).map {
                FindingMeasure(label: "checkpoint against the first close", value: Double(milestone.day.value) - $0, unit: .days)
            }
        case .reviewBeforeFirstClose:
            guard let comp, let review = comp.performanceAdjustment?.reviewDay.value else { return nil }
            return FindingMeasure(label: "review against the first close", value: Double(review) - plan.firstClose(of: comp.role.value).day, unit: .days)
        case .drawEndsBeforeFirstClose:
            guard let comp, let until = comp.draw?.untilDay.value else { return nil }
            return FindingMeasure(label: "end of the draw against the first close", value: Double(until) - plan.firstClose(of: comp.role.value).day, unit: .days)
        default:
            return nil
        }
    }
}
