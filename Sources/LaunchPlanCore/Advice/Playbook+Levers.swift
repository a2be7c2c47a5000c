import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Playbook {
    /// Changes the comp plan at `path` (`compensation.<role>`), if there is one.
    func changingCompPlan(at path: KeyPath, _ change: (inout CompPlan) -> Void) -> Playbook {
        var plan = self
        if let index = plan.compensation.firstIndex(where: { $0.location.keyPath == path }) { change(&plan.compensation[index]) }
        return plan
    }

    func changingRule(at path: KeyPath, _ change: (inout TerritoryRule) -> Void) -> Playbook {
        var plan = self
        if let index = plan.territory.rules.firstIndex(where: { $0.location.keyPath == path }) { change(&plan.territory.rules[index]) }
        return plan
    }

    func changingMilestone(at path: KeyPath, _ change: (inout Milestone) -> Void) -> Playbook {
        var plan = self
        if let index = plan.milestones.firstIndex(where: { $0.location.keyPath == path }) { change(&plan.milestones[index]) }
        return plan
    }

    func changingRole(at path: KeyPath, _ change: (inout Role) -> Void) -> Playbook {
        var plan = self
        if let index = plan.roles.firstIndex(where: { $0.location.keyPath == path }) { change(&plan.roles[index]) }
        return plan
    }
}

extension KeyPath {
    /// The path without its last component: the mapping or list holding the node.
    var parent: KeyPath { KeyPath(Array(components.dropLast())) }

    /// The last component's index, for a list item.
    var lastIndex: Int? { if case .index(let index) = components.last { index } else { nil } }
}

extension SourceLocation {
    /// A place for what a lever adds to the plan: not in the file yet, so no
    /// other lever edits it (line 0 is no line).
    static func added(_ path: KeyPath) -> SourceLocation { SourceLocation(mark: Mark(line: 0, column: 0), keyPath: path) }

    var isAdded: Bool { mark.line == 0 }
}
