import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// An objective, quota or checkpoint on a service that no role may sell:
/// the model builds no pipeline for it, so every number on it is zero.
package struct ServiceWithoutSeller: PlanRule {
    package static let description = RuleDescription(
        id: .serviceWithoutSeller, severity: .error,
        summary: "An objective, quota or checkpoint is on a service that no role (or not the quota's holder) may sell.",
        rationale: """
            Pipeline is built by specialists and inside sales where a territory rule lets \
            them sell the service. Without such a rule the plan sets targets nobody can \
            work toward: the objective, the quota and the checkpoints on that service are \
            missed by construction, and the simulator shows 0 % everywhere. A quota held \
            by a role that may not sell its service is the same problem for one person: \
            their own pipeline for it is zero.
            """,
        fix: "Add a territory rule letting the seller sell the service in a segment they should work.",
        reads: [
            "objectives.*.metric",
            "objectives.*.service",
            "compensation.*.quota.metric",
            "compensation.*.quota.service",
            "milestones[].expect[].metric",
            "milestones[].expect[].service",
            "roles.*.kind",
            "roles.*.services",
            "territory.segments.*.kind",
            "territory.segments.*.owner",
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].sells",
            "territory.rules[].access",
        ],
        triggering: [
            .playbook(objectives: "objectives:\n  mps-mrr: ↓{metric: new-mrr, target: 6000, by_day: 90, owner: owner}"),
            .playbook(roles: """
                roles:
                  owner: {kind: owner}
                  sales-manager: {kind: manager}
                  mps-specialist: {kind: specialist}
                  inside-sales: {kind: inside-sales}
                """, compensation: """
                compensation:
                  mps-specialist:
                    quota: ↓{metric: new-mrr, service: managed-print, target: 6000, by_day: 90}
                """, territory: """
                territory:
                  segments:
                    open-market: {kind: prospects}
                  rules:
                    - {role: inside-sales, segment: open-market, sells: [managed-print], access: open}
                """),
        ],
        passing: [
            .playbook(territory: Example.openMarket(sells: "[managed-print]")),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        var findings: [Finding] = []
        enum Kind { case objective, quota, checkpoint }
        var expected: [(service: ServiceID, kind: Kind, name: String, location: SourceLocation)] = []
        for objective in plan.objectives where objective.metric.value.isService {
            guard let service = objective.service?.value else { continue }
            expected.append((service, .objective, objective.id.value.rawValue, objective.location))
        }
        for comp in plan.compensation {
            guard let quota = comp.quota, quota.metric.value.isService, let service = quota.service?.value else { continue }
            expected.append((service, .quota, comp.role.value.rawValue, quota.location))
        }
        for milestone in plan.milestones {
            for expectation in milestone.expect where expectation.metric.value.isService {
                guard let service = expectation.service?.value else { continue }
                expected.append((service, .checkpoint, milestone.id.value.rawValue, expectation.location))
            }
        }
        func named(_ kind: Kind, _ names: [String]) -> String {
            var seen = Set<String>()
            let names = names.filter { seen.insert($0).inserted }
            let list = Suggestion.list(names, conjunction: "and")
            switch kind {
            case .objective: return names.count == 1 ? "objective \(list)" : "objectives \(list)"
            case .quota: return names.count == 1 ? "the quota of \(list)" : "the quotas of \(list)"
            case .checkpoint: return names.count == 1 ? "checkpoint \(list)" : "checkpoints \(list)"
            }
        }

        // One finding per service nobody sells, at the first thing that expects it.
        var sold: [ServiceID: Bool] = [:]
        for service in expected.map(\.service) where sold[service] == nil { sold[service] = !plan.rolesSelling(service).isEmpty }
        var reported = Set<ServiceID>()
        for first in expected where !reported.contains(first.service) && sold[first.service] == false {
            let service = first.service
            reported.insert(service)
            let all = expected.filter { $0.service == service }
            let groups = [Kind.objective, .quota, .checkpoint].compactMap { kind -> String? in
                let names = all.filter { $0.kind == kind }.map(\.name)
                return names.isEmpty ? nil : named(kind, names)
            }
            let what = groups.count > 1 ? groups.dropLast().joined(separator: ", ") + " and " + groups.last! : groups[0]
            findings.append(finding(
                "no role may sell `\(service)`: no territory rule lets a specialist or inside-sales role sell it, so nobody builds pipeline for \(what)",
                at: first.location,
                related: all.dropFirst().prefix(5).map { Finding.Related($0.location, note: named($0.kind, [$0.name])) },
                fix: Self.fix(seller: Self.likelySeller(of: service, in: plan), service: service, plan: plan) + "."))
        }

        // A quota held by a seller who may not sell its service, where others may.
        for comp in plan.compensation {
            guard let quota = comp.quota, quota.metric.value.isService, let service = quota.service?.value,
                  !reported.contains(service), let role = plan.role(comp.role.value), role.kind.sellsServices,
                  !plan.mayRole(role, sell: service) else { continue }
            let others = plan.rolesSelling(service).map { "`\($0.id.value)`" }
            findings.append(finding(
                "`\(role.id.value)` carries a `\(service)` quota, but no territory rule lets `\(role.id.value)` sell `\(service)` (only \(Suggestion.list(others, conjunction: "and")) may): their own pipeline for it is zero",
                at: quota.location,
                fix: Self.fix(seller: role.id.value.rawValue, service: service, plan: plan) + ", or give the quota to a role that sells it."))
        }
        return findings
    }

    /// Who should sell `service`: the holder of a quota on it, else a specialist
    /// or inside-sales role focused on it, else the first such role.
    static func likelySeller(of service: ServiceID, in plan: Playbook) -> String? {
        let sellers = plan.roles.filter(\.kind.sellsServices)
        let holder = plan.compensation.first { $0.quota?.service?.value == service && plan.role($0.role.value)?.kind.sellsServices == true }
        return holder?.role.value.rawValue
            ?? (sellers.first { $0.services.contains { $0.value == service } } ?? sellers.first)?.id.value.rawValue
    }

    /// The territory rule to add, written out (no final stop): in the first customers segment
    /// (the installed base, at `notify` when a rep owns it), else the first segment.
    static func fix(seller: String?, service: ServiceID, plan: Playbook) -> String {
        guard let seller else {
            return "Add a specialist or inside-sales role, and a territory rule letting it sell `\(service)` in a segment it should work"
        }
        let segments = plan.territory.segments
        guard let segment = segments.first(where: { $0.kind == .customers }) ?? segments.first else {
            return "Add a segment and a territory rule letting `\(seller)` sell `\(service)` there"
        }
        let access = segment.owner == nil ? "open" : "notify"
        return "Add a territory rule letting `\(seller)` sell `\(service)` in `\(segment.id.value)`: `- {role: \(seller), segment: \(segment.id.value), sells: [\(service)], access: \(access)}`"
    }
}

extension RuleID {
    public static let serviceWithoutSeller = RuleID("service-without-seller")
}
