import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A quota built on cold calls while the installed base sits untouched.
package struct ColdOutreachDependency: PlanRule {
    package static let description = RuleDescription(
        id: .coldOutreachDependency, severity: .warning,
        summary: "A seller with a quota gets most of its appointments from cold prospects though customers exist.",
        rationale: """
            Cold outreach runs at about 100 dials for one appointment; the installed base, \
            where the dealership already has the relationship, converts several times \
            better. A plan whose quota leans on prospects while customer accounts exist \
            spends the specialist's first months on the hardest route. Work the installed \
            base and partners first.
            """,
        fix: "Give the role open or notify access to the customers segments, or add rep introductions (co-sell credit).",
        reads: [
            "territory.segments.*.kind",
            "compensation.*.quota.by_day",
        ],
        readsModel: true,
        triggering: [
            .quota("↓{metric: new-mrr, target: 1000, by_day: 90}", territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800}
                    open-market: {kind: prospects}
                  rules:
                    - {role: mps-specialist, segment: open-market, sells: [managed-print], access: open}
                """),
        ],
        passing: [
            .quota("{metric: new-mrr, target: 1000, by_day: 90}", territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800}
                    open-market: {kind: prospects}
                  rules:
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}
                    - {role: mps-specialist, segment: open-market, sells: [managed-print], access: open}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        guard plan.territory.segments.contains(where: { $0.kind == .customers }) else { return [] }
        return plan.compensation.compactMap { comp in
            guard let quota = comp.quota, model.quotaAttainment(of: comp.role.value) != nil,
                  let index = model.sellerIndex(of: comp.role.value) else { return nil }
            let sources = model.appointmentSources(seller: index, byDay: quota.byDay.value)
            let total = sources.customers + sources.prospects + sources.referrals + sources.introductions
            guard total > 0, sources.prospects / total > 0.6 else { return nil }
            return finding(
                "the model expects \(NumberText.percent(sources.prospects / total)) of `\(comp.role.value)`'s appointments by day \(quota.byDay.value) to come from cold prospects, although the dealership has customer accounts",
                at: quota.location)
        }
    }

    package func trace(_ finding: Finding, plan: Playbook, model: ExpectationModel) -> [TraceStep] {
        quotaTrace(finding, plan: plan, model: model)
    }
}

extension RuleID {
    public static let coldOutreachDependency = RuleID("cold-outreach-dependency")
}
