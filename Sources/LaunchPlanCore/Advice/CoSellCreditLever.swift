import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// A co-sell credit for the account reps: half a month's MRR (`multiple:
/// 0.5`) on every deal of the service closed in the accounts they own. Paid,
/// each rep introduces `introductions_per_month` accounts to the sellers
/// (the pipeline model), and stops walling off the installed base. The rate
/// does not change the model's introductions, only what it costs.
struct CoSellCreditLever: Lever {
    let rep: Role
    let service: ServiceID
    let segments: [SegmentID]
    /// Whether the line must name its service (more than one is launched).
    let namesService: Bool
    let comp: CompPlan?
    let hasCompensation: Bool

    static let multiple = 0.5

    var kind: LeverKind { .coSell }
    var title: String { "co-sell credit for `\(rep.id.value)` on `\(service)`" }
    var keyPath: KeyPath { KeyPath.root.appending("compensation").appending(rep.id.value.rawValue).appending("commissions") }
    var current: Setting { .absent }
    var candidates: [Setting] { [.present] }

    /// The line as it is written into the playbook.
    var lineText: String {
        let service = namesService ? "service: \(service), " : ""
        return "{metric: new-mrr, \(service)credit: in-owned-accounts, segments: [\(segments.map(\.rawValue).joined(separator: ", "))], multiple: \(yamlNumber(Self.multiple))}"
    }

    func apply(_ setting: Setting, to plan: Playbook) -> Playbook {
        guard setting == .present else { return plan }
        var plan = plan
        let compPath = keyPath.parent
        let index = plan.compensation.firstIndex { $0.role.value == rep.id.value }
            ?? { plan.compensation.append(CompPlan(role: Located(rep.id.value, at: .added(compPath)), baseSalary: nil, quota: nil,
                                                   commissions: [], draw: nil, performanceAdjustment: nil, location: .added(compPath)))
                 return plan.compensation.count - 1 }()
        let path = keyPath.appending(index: plan.compensation[index].commissions.count)
        plan.compensation[index].commissions.append(CommissionLine(
            metric: Located(.newMRR, at: .added(path)), service: Located(service, at: .added(path)), credit: .inOwnedAccounts,
            segments: segments.map { Located($0, at: .added(path)) }, rate: .multiple(Self.multiple),
            fromDay: nil, untilDay: nil, location: .added(path)))
        return plan
    }

    func edit(_ setting: Setting, in text: PlaybookText) -> [TextEdit]? {
        guard setting == .present else { return nil }
        if let comp, !comp.location.isAdded {
            return text.node(at: keyPath) != nil
                ? text.append(lineText, to: keyPath)
                : text.insert("commissions", "[\(lineText)]", into: comp.location.keyPath)
        }
        return hasCompensation
            ? text.insert(rep.id.value.rawValue, "{commissions: [\(lineText)]}", into: keyPath.parent.parent)
            : text.insert("compensation", "{\(rep.id.value): {commissions: [\(lineText)]}}", into: .root)
    }
}
