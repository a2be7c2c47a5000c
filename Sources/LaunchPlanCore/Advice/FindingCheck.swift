import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanValidation

/// Whether a finding is still there once the plan has changed: the rule's own
/// check on the changed plan, with the expectation model built from it. The
/// advice never judges a finding any other way.
enum FindingCheck {
    /// A finding is the same finding when the same rule reports it at the
    /// same node with the same related nodes (its numbers may differ).
    static func isSame(_ a: Finding, _ b: Finding) -> Bool {
        Identity(a) == Identity(b)
    }

    /// What makes a finding the same finding, as a key for sets.
    struct Identity: Hashable {
        var rule: String
        var path: KeyPath
        var related: [KeyPath]

        init(_ finding: Finding) {
            rule = finding.rule.id
            path = finding.location.keyPath
            related = finding.related.map(\.location.keyPath)
        }
    }

    static func clears(_ finding: Finding, in plan: Playbook) -> Bool {
        guard let rule = Catalogue.rule(finding.rule.id) else { return false }
        let identity = Identity(finding)
        return !rule.check(plan, model: ExpectationModel(plan)).contains { Identity($0) == identity }
    }

    /// Every plan rule's findings with the playbook's waivers applied; waived ones left out.
    static func active(in plan: Playbook) -> [Finding] {
        WaiverPolicy().apply(plan.waivers, to: Catalogue.check(plan), launch: plan.launch)
            .filter { !$0.isWaived && $0.rule != .waiverUnused }.sorted(by: Finding.ordered)
    }
}
