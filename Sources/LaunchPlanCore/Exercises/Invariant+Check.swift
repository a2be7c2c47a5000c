import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension Invariant {
    /// What `fixed` lost of `flawed`; nil when it keeps the invariant.
    public func broken(flawed: Playbook, fixed: Playbook) -> InvariantBreak? {
        let lost = losses(flawed: flawed, fixed: fixed)
        guard !lost.isEmpty else { return nil }
        return InvariantBreak(invariant: name, message: lost.joined(separator: "; "), why: why)
    }

    /// Why it matters, as a facilitator would say it.
    public var why: String {
        switch self {
        case .rolesKept:
            "the plan is for the people the dealership has or will hire; removing a role, or making a hire \"already in seat\", silences the findings about them without changing what will happen to them"
        case .quotaKept:
            "a quota lowered or taken away leaves the owner's number with nobody paid to reach it; the exercise is to make the quota fair, not to make it go away"
        case .objectiveKept:
            "the owner's objective is what the launch is for; lowering it makes the plan look better and the business no better"
        case .accountsKept:
            "the reps' accounts are their living; a plan that takes them away to make room for the specialist will be fought in every sales meeting"
        case .accessKept:
            "the specialist needs the installed base, where the warm accounts are; closing it silences the territory findings and leaves the specialist cold calling"
        case .drawKept:
            "the draw is what keeps a new hire's pay whole until deals close; taking it away does not make the first close come sooner"
        case .milestonesKept:
            "each readiness step and checkpoint is a promise to the team; deleting one hides a problem instead of scheduling the step when it works"
        case .servicesKept:
            "the dealership is launching these services; dropping one from the plan drops it from the business"
        case .assumptionsKept:
            "the assumptions describe the market, not the plan; making them rosier changes the forecast and not one sale"
        case .noNewWaivers:
            "a waiver records a problem the owner knowingly accepts; the exercise asks you to solve it"
        }
    }

    /// Whether the part is written but could not be read: a reading finding
    /// already says so, and the part is not "lost".
    private func unreadable(_ plan: Playbook, _ section: String, _ id: String) -> Bool {
        plan.isUnreadable(at: KeyPath.root.appending(section).appending(id))
    }

    /// One phrase for each part of the invariant the fixed plan lost.
    private func losses(flawed: Playbook, fixed: Playbook) -> [String] {
        switch self {
        case .rolesKept(let roles, let kindMayChange):
            let ids = roles ?? flawed.roles.map(\.id.value)
            return ids.compactMap { id -> String? in
                guard let now = fixed.role(id) else { return unreadable(fixed, "roles", id.rawValue) ? nil : "role `\(id)` is no longer declared" }
                guard let before = flawed.role(id) else { return nil }
                if now.kind != before.kind, !kindMayChange.contains(id) {
                    return "`\(id)` is now of kind `\(now.kind.rawValue)`, not `\(before.kind.rawValue)`"
                }
                if now.status != before.status { return "`\(id)` is now `\(now.status.rawValue)`, not `\(before.status.rawValue)`" }
                if now.headcount < before.headcount { return "`\(id)` has a headcount of \(now.headcount), not \(before.headcount)" }
                return nil
            }
        case .quotaKept(let role, let metric, let service, let floor):
            let wanted = "a \(metric.rawValue) quota of at least \(NumberText.amount(floor))"
            guard let quota = fixed.compPlan(for: role)?.quota else {
                return unreadable(fixed, "compensation", role.rawValue) ? [] : ["`\(role)` no longer carries \(wanted)"]
            }
            if quota.metric.value != metric { return ["`\(role)`'s quota is on \(quota.metric.value.rawValue) now, not \(wanted)"] }
            if let service, let now = quota.service?.value, now != service { return ["`\(role)`'s quota is on `\(now)` now, not `\(service)`"] }
            if quota.target.value < floor { return ["`\(role)`'s quota is \(NumberText.amount(quota.target.value)), not \(wanted)"] }
            return []
        case .objectiveKept(let id, let floor):
            guard let before = flawed.objectives.first(where: { $0.id.value == id }) else { return [] }
            guard let now = fixed.objectives.first(where: { $0.id.value == id }) else {
                return unreadable(fixed, "objectives", id.rawValue) ? [] : ["objective `\(id)` is no longer in the plan"]
            }
            if now.metric.value != before.metric.value || now.service?.value != before.service?.value {
                return ["objective `\(id)` is on \(now.metric.value.rawValue) now, not \(before.metric.value.rawValue)"]
            }
            if now.target.value < floor {
                return ["objective `\(id)` is \(NumberText.amount(now.target.value)), below \(NumberText.amount(floor))"]
            }
            return []
        case .accountsKept(let role):
            return flawed.territory.segments.filter { $0.owner?.value == role }.compactMap { before -> String? in
                guard let now = fixed.segment(before.id.value), now.owner?.value == role else {
                    return "`\(role)` no longer owns `\(before.id.value)`"
                }
                if let was = before.accounts, (now.accounts ?? Int.max) < was {
                    return "`\(before.id.value)` has \(NumberText.amount(Double(now.accounts ?? 0))) accounts, not \(NumberText.amount(Double(was)))"
                }
                return nil
            }
        case .accessKept(let role, let segment):
            let reaches = fixed.territory.rules.contains { $0.role.value == role && $0.segment.value == segment && $0.access != .none }
            return reaches ? [] : ["`\(role)` no longer has access to `\(segment)`"]
        case .drawKept(let role):
            guard let before = flawed.compPlan(for: role)?.draw else { return [] }
            guard let now = fixed.compPlan(for: role)?.draw else {
                return unreadable(fixed, "compensation", role.rawValue) ? [] : ["`\(role)` no longer has a draw"]
            }
            return now.monthly < before.monthly
                ? ["`\(role)`'s draw is \(NumberText.amount(now.monthly)) a month, not \(NumberText.amount(before.monthly))"] : []
        case .milestonesKept(let milestones):
            let ids = milestones ?? flawed.milestones.map(\.id.value)
            return ids.filter { fixed.milestone($0) == nil }.map { "milestone `\($0)` is no longer in the plan" }
        case .servicesKept:
            let now = Set(fixed.dealership.services.map(\.value))
            return flawed.dealership.services.map(\.value).filter { !now.contains($0) }.map { "`\($0)` is no longer launched" }
        case .assumptionsKept(let except):
            let now = Dictionary(fixed.assumptions.keyedValues.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            return flawed.assumptions.keyedValues.filter { !except.contains($0.key) && now[$0.key] != $0.value }.map { before in
                let shown = { (value: Double??) in value.flatMap { $0 }.map(NumberText.amount) ?? "auto" }
                return "assumption `\(before.key)` is \(shown(now[before.key])), not \(shown(before.value))"
            }
        case .noNewWaivers:
            let existing = Set(flawed.waivers.map { "\($0.rule.value) \($0.at?.description ?? "")" })
            return fixed.waivers.filter { !existing.contains("\($0.rule.value) \($0.at?.description ?? "")") }
                .map { "a waiver of `\($0.rule.value)` was added" }
        }
    }
}
