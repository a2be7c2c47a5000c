import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// A salary cut for a missed quota, on someone shut out of the warm accounts.
package struct QuotaPenaltyWithoutAccess: PlanRule {
    package static let description = RuleDescription(
        id: .quotaPenaltyWithoutAccess, severity: .error,
        summary: "Base pay drops on a missed quota for a role with no open or notify access to customers.",
        rationale: """
            "Your salary goes down if you miss your numbers" is only fair when the numbers \
            are within reach. A specialist who may not call the installed base freely, who \
            depends on cold outreach or on reps' permission, is judged on what others decide. \
            Either open the customer accounts (open or notify access) or drop the penalty.
            """,
        fix: "Give the role `open` or `notify` access to a customers segment for the quota's service, or remove the salary cut.",
        reads: [
            "compensation.*.performance_adjustment.base_salary_change_percent",
            "compensation.*.quota.service",
            "territory.segments.*.kind",
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].sells",
            "territory.rules[].access",
        ],
        triggering: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    base_salary: 60000
                    quota: {metric: new-mrr, target: 6000, by_day: 90}
                    performance_adjustment: ↓{review_day: 90, below_attainment_percent: 80, base_salary_change_percent: -15}
                """, territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800}
                  rules:
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: permission, approval_sla_days: 2}
                """),
        ],
        passing: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    base_salary: 60000
                    quota: {metric: new-mrr, target: 6000, by_day: 90}
                    performance_adjustment: {review_day: 90, below_attainment_percent: 80, base_salary_change_percent: -15}
                """, territory: """
                territory:
                  segments:
                    installed-base: {kind: customers, accounts: 800}
                  rules:
                    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}
                """),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        plan.compensation.compactMap { comp in
            guard let adjustment = comp.performanceAdjustment, adjustment.baseSalaryChangePercent < 0,
                  let quota = comp.quota, let service = quota.service?.value else { return nil }
            let warm = plan.grants(to: comp.role.value, for: .service(service)).contains { $0.access.isFree && $0.segment?.kind == .customers }
            guard !warm else { return nil }
            return finding(
                "`\(comp.role.value)` loses \(NumberText.amount(-adjustment.baseSalaryChangePercent)) % of base pay on a missed `\(service)` quota, yet may not sell `\(service)` freely (open or notify) in any customers segment",
                at: adjustment.location, related: [.init(quota.location, note: "the quota")])
        }
    }
}

extension RuleID {
    public static let quotaPenaltyWithoutAccess = RuleID("quota-penalty-without-access")
}
