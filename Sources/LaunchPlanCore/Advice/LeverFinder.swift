import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// A lever worth trying on a finding, and whether the finding's clearing is
/// monotone along the lever's candidates (bisection) or not (a scan).
struct LeverTrial {
    var lever: any Lever
    var monotone: Bool
}

/// Which levers can move which finding: the ones the finding's number (or its
/// rule's condition) depends on, in the plan's own nodes. Monotonicity, by finding:
/// - quota attainment (`quota-unreachable`, `quota-too-easy`,
///   `hardware-clause-undermines-quota` is not numeric but cleared by its
///   line) rises with a later `by_day`, a lower target, `notify` access, a
///   shorter SLA, an earlier end of a hardware line, a co-sell credit;
/// - a checkpoint's expected metric rises with its day, headcount and the same;
/// - the share of cold appointments (`cold-outreach-dependency`) falls with
///   a shorter SLA and warmer access, but an earlier end of a hardware line
///   moves touches into both customers and prospects: not monotone, scanned;
/// - first-close findings compare days that move one way.
enum LeverFinder {
    static func trials(for finding: Finding, in plan: Playbook, model: ExpectationModel) -> [LeverTrial] {
        let path = finding.location.keyPath
        let horizon = plan.launch.horizonDays
        let comp = plan.compensation.first { $0.location.keyPath.contains(path) }
        var levers: [LeverTrial] = []
        func add(_ lever: any Lever, monotone: Bool = true) { levers.append(LeverTrial(lever: lever, monotone: monotone)) }

        switch finding.rule {
        case .hardwareClauseUnderminesQuota:
            if let comp, let line = comp.commissions.first(where: { $0.location.keyPath == path }) {
                add(CommissionRemovalLever(comp: comp, line: line))
            }
        case .quotaUnreachable:
            guard let comp, let quota = comp.quota else { break }
            add(QuotaTargetLever(comp: comp, quota: quota, downward: true))
            add(QuotaDueDayLever(comp: comp, quota: quota, later: true, horizon: horizon))
            warmer(for: comp.role.value, service: quota.service?.value, in: plan, model: model, horizon: horizon).forEach { add($0) }
        case .quotaTooEasy:
            guard let comp, let quota = comp.quota else { break }
            add(QuotaTargetLever(comp: comp, quota: quota, downward: false))
            add(QuotaDueDayLever(comp: comp, quota: quota, later: false, horizon: horizon))
        case .coldOutreachDependency:
            guard let comp, let quota = comp.quota else { break }
            for lever in warmer(for: comp.role.value, service: quota.service?.value, in: plan, model: model, horizon: horizon) {
                add(lever, monotone: !(lever is CommissionEndLever))
            }
        case .checkpointUnlikely:
            guard let milestone = plan.milestones.first(where: { $0.location.keyPath.contains(path) }),
                  let expectation = milestone.expect.first(where: { $0.location.keyPath == path }),
                  let service = expectation.service?.value else { break }
            add(CheckpointTargetLever(milestone: milestone, expectation: expectation))
            add(CheckpointDayLever(milestone: milestone, horizon: horizon))
            for role in plan.rolesSelling(service) where !role.location.isAdded { add(HeadcountLever(role: role)) }
            for role in plan.rolesSelling(service) {
                warmer(for: role.id.value, service: service, in: plan, model: model, horizon: horizon).forEach { add($0) }
            }
        case .checkpointBeforeFirstClose:
            if let milestone = plan.milestones.first(where: { $0.location.keyPath.contains(path) }) {
                add(CheckpointDayLever(milestone: milestone, horizon: horizon))
            }
        case .reviewBeforeFirstClose:
            if let comp, let adjustment = comp.performanceAdjustment { add(ReviewDayLever(comp: comp, adjustment: adjustment, horizon: horizon)) }
        case .drawEndsBeforeFirstClose:
            if let comp, let draw = comp.draw { add(DrawEndLever(comp: comp, draw: draw, horizon: horizon)) }
        case .quotaPenaltyWithoutAccess:
            guard let comp, let service = comp.quota?.service?.value else { break }
            for grant in plan.grants(to: comp.role.value, for: .service(service)) where grant.access == .permission && grant.segment?.kind == .customers {
                add(AccessLever(rule: grant.rule))
            }
        case .permissionWithoutSLA:
            if let rule = plan.territory.rules.first(where: { $0.location.keyPath == path }) {
                add(ApprovalSLALever(rule: rule, waitDays: plan.assumptions.permission.waitDays))
            }
        case .sharedAccountsWithoutEscalation:
            add(EscalationLever(plan))
        case .teamNotBriefed, .rulesNotPublished:
            add(BriefingLever(plan))
        case .noCreditForAccountOwner:
            guard let segment = plan.territory.segments.first(where: { $0.owner?.location.keyPath == path }), let owner = segment.owner,
                  let rep = plan.role(owner.value),
                  let rule = finding.related.first.flatMap({ related in plan.territory.rules.first { $0.location.keyPath == related.location.keyPath } })
            else { break }
            for case .service(let service) in rule.sells.map(\.value) {
                add(coSell(rep, service: service, segments: [segment.id.value], in: plan))
            }
        default:
            break
        }
        return levers.filter { trial in !trial.lever.keyPath.components.isEmpty }
    }

    /// The levers that bring a seller warmer or earlier appointments: access
    /// to its permission customers segments, their SLA, the end or removal of
    /// its diverting hardware lines, a co-sell credit for the reps owning the
    /// customers segments it reaches.
    static func warmer(for role: RoleID, service: ServiceID?, in plan: Playbook, model: ExpectationModel, horizon: Int) -> [any Lever] {
        guard let service, let index = model.sellerIndex(of: role) else { return [] }
        var levers: [any Lever] = []
        let grants = plan.grants(to: role, for: .service(service)).filter { $0.access == .permission && $0.segment?.kind == .customers }
        for grant in grants where !grant.rule.location.isAdded {
            levers.append(AccessLever(rule: grant.rule))
            levers.append(ApprovalSLALever(rule: grant.rule, waitDays: plan.assumptions.permission.waitDays))
        }
        if let comp = plan.compPlan(for: role) {
            for line in model.model.sellers[index].diversion.lines where !line.location.isAdded {
                levers.append(CommissionEndLever(comp: comp, line: line, horizon: horizon))
                levers.append(CommissionRemovalLever(comp: comp, line: line))
            }
        }
        let reached = plan.grants(to: role, for: .service(service)).compactMap(\.segment).filter { $0.kind == .customers }
        let introducers = Set(PipelineModel.introducers(of: service, in: plan).map(\.id.value))
        var reps: [RoleID: [SegmentID]] = [:]
        var order: [RoleID] = []
        for segment in reached {
            guard let owner = segment.owner?.value, plan.role(owner)?.kind == .accountRep, !introducers.contains(owner) else { continue }
            if reps[owner] == nil { order.append(owner) }
            reps[owner, default: []].append(segment.id.value)
        }
        for owner in order {
            if let rep = plan.role(owner), let segments = reps[owner] { levers.append(coSell(rep, service: service, segments: segments, in: plan)) }
        }
        return levers
    }

    static func coSell(_ rep: Role, service: ServiceID, segments: [SegmentID], in plan: Playbook) -> CoSellCreditLever {
        CoSellCreditLever(rep: rep, service: service, segments: segments, namesService: plan.dealership.services.count > 1,
                          comp: plan.compPlan(for: rep.id.value), hasCompensation: plan.sections["compensation"] != nil)
    }
}
