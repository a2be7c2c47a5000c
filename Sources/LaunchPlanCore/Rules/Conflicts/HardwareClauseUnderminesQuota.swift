import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Hardware commission where the specialist may sell hardware freely, before
/// the managed-services quota is due: the easy transactional deal wins.
package struct HardwareClauseUnderminesQuota: PlanRule {
    package static let description = RuleDescription(
        id: .hardwareClauseUnderminesQuota, severity: .error,
        summary: "A seller with a service quota is paid on hardware where they may sell it freely.",
        rationale: """
            "Just while you're building your MPS pipeline, you can sell hardware in the open \
            market." A hardware deal pays this month; a managed-print agreement pays months \
            from now, if it closes. Paid on both, the specialist spends most of the day on \
            hardware, competes with the reps, and misses the managed-services quota the \
            launch depends on. The message gives the model's share of touches diverted to \
            hardware and the expected quota attainment with and without the clause.
            """,
        fix: "End the hardware line before the quota's period (or remove it), or take `hardware` out of the role's `sells` in that segment.",
        reads: [
            "compensation.*.quota.metric",
            "compensation.*.quota.service",
            "compensation.*.quota.by_day",
            "compensation.*.commissions[].metric",
            "compensation.*.commissions[].segments",
            "compensation.*.commissions[].from_day",
            "compensation.*.commissions[].until_day",
            "territory.rules[].role",
            "territory.rules[].segment",
            "territory.rules[].sells",
            "territory.rules[].access",
        ],
        readsModel: true,
        triggering: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    base_salary: 60000
                    quota: {metric: new-mrr, target: 3000, by_day: 90}
                    commissions:
                      - {metric: new-mrr, multiple: 1.5}
                      - ↓{metric: hardware-gp, percent: 8, segments: [open-market]}
                """, territory: Example.openMarket(sells: "[managed-print, hardware]")),
        ],
        passing: [
            .playbook(compensation: """
                compensation:
                  mps-specialist:
                    base_salary: 60000
                    quota: {metric: new-mrr, target: 3000, by_day: 90}
                    commissions:
                      - {metric: new-mrr, multiple: 1.5}
                      - {metric: hardware-gp, percent: 8, segments: [open-market]}
                """, territory: Example.openMarket(sells: "[managed-print]")),
        ])

    package func check(_ plan: Playbook, model: ExpectationModel) -> [Finding] {
        var findings: [Finding] = []
        for comp in plan.compensation {
            let (offending, freeRules) = model.underminingHardwareLines(of: comp)
            guard let quota = comp.quota, let index = model.sellerIndex(of: comp.role.value), !offending.isEmpty,
                  let with = model.quotaAttainment(of: comp.role.value) else { continue }
            let without = ExpectationModel(plan.removingCommissionLines(offending.map(\.location.keyPath)))
                .quotaAttainment(of: comp.role.value) ?? with
            let diversion = model.model.sellers[index].diversion
            for line in offending {
                let where_ = line.segments.map { Suggestion.list($0.map(\.value.rawValue), conjunction: "and") } ?? "every segment"
                let until = line.untilDay.map { " until day \($0)" } ?? ""
                let rule = freeRules.first { line.pays(in: $0.segment.value) }
                findings.append(finding(
                    "`\(comp.role.value)` is paid \(line.rateText) on hardware in \(where_)\(until), where they may sell hardware freely, before their `\(quota.metric.value.rawValue)` quota is due on day \(quota.byDay.value): the model expects about \(NumberText.percent(diversion.share)) of their touches to go to hardware, and expected quota attainment is \(NumberText.percent(with)) with this clause against \(NumberText.percent(without)) without it",
                    at: line.location,
                    related: [.init(quota.location, note: "the quota")] + (rule.map { [.init($0.location, note: "the rule that lets them sell hardware here")] } ?? [])))
            }
        }
        return findings
    }

    package func trace(_ finding: Finding, plan: Playbook, model: ExpectationModel) -> [TraceStep] {
        guard let comp = plan.compensation.first(where: { $0.location.keyPath.contains(finding.location.keyPath) }),
              let line = comp.commissions.first(where: { $0.location.keyPath == finding.location.keyPath }),
              let index = model.sellerIndex(of: comp.role.value), let quota = comp.quota else { return [] }
        let d = model.model.sellers[index].diversion
        let a = plan.assumptions
        let n = NumberText.significant
        let start = model.model.sellers[index].role.startDay
        var steps = [
            TraceStep("commission per hardware touch (E_hw)", Self.perHardwareTouchFormula(line, a), d.commissionPerHardwareTouch),
            TraceStep("blended appointments per touch (a)", "customer share x customer rate + prospect share x prospect rate, first ramped day", d.appointmentsPerTouch),
            TraceStep("close rate (p_close)", "\(n(a.stages.assessmentPercent)) % x \(n(a.stages.proposalPercent)) % x \(n(a.stages.agreementPercent)) %", d.closeRate),
            TraceStep("commission per agreement (V)", "own-sales lines on one deal of mean MRR \(n(a.dealMRR.mean))", d.commissionPerAgreement),
            TraceStep("share of deals closing inside the horizon (w)", "triangular cycle CDF at (\(plan.launch.horizonDays) - \(start)) / 2", d.closingShare),
            TraceStep("commission per service touch (E_ms)", "a x p_close x V x w", d.commissionPerServiceTouch),
        ]
        steps.append(d.isAuto
            ? TraceStep("hardware diversion (h)", "min(0.9, E_hw / (E_hw + E_ms))", d.share)
            : TraceStep("hardware diversion (h)", "hardware_diversion_percent", d.share))
        let without = ExpectationModel(plan.removingCommissionLines(d.lines.map(\.location.keyPath)))
        let withValue = model.perPerson(quota.metric.value, seller: index, byDay: quota.byDay.value)
        let withoutValue = without.sellerIndex(of: comp.role.value).map { without.perPerson(quota.metric.value, seller: $0, byDay: quota.byDay.value) } ?? 0
        steps += [
            TraceStep("\(quota.metric.value.rawValue) by day \(quota.byDay.value), with the clause", "expectation model", withValue),
            TraceStep("quota attainment with the clause", "\(n(withValue)) / \(n(quota.target.value))", withValue / quota.target.value),
            TraceStep("\(quota.metric.value.rawValue) by day \(quota.byDay.value), without the hardware lines", "expectation model, h = 0", withoutValue),
            TraceStep("quota attainment without the clause", "\(n(withoutValue)) / \(n(quota.target.value))", withoutValue / quota.target.value),
        ]
        return steps
    }

    package static func perHardwareTouchFormula(_ line: CommissionLine, _ a: Assumptions) -> String {
        let n = NumberText.significant
        switch line.rate {
        case .percent(let percent): return "\(n(percent)) % x gross_profit \(n(a.hardware.grossProfit)) / touches_per_sale \(n(a.hardware.touchesPerSale))"
        case .amount(let amount): return "amount \(n(amount)) / touches_per_sale \(n(a.hardware.touchesPerSale))"
        case .multiple: return "no hardware commission"
        }
    }
}

extension CommissionLine {
    /// "8 % of gross profit", "1.5 x MRR", "250 per sale" — for messages.
    package var rateText: String {
        switch rate {
        case .multiple(let multiple): "\(NumberText.amount(multiple)) x MRR"
        case .percent(let percent): metric.value == .hardwareGP ? "\(NumberText.amount(percent)) % of gross profit" : "\(NumberText.amount(percent)) % of first-year value"
        case .amount(let amount): "\(NumberText.amount(amount)) per \(metric.value == .hardwareGP ? "sale" : "agreement")"
        }
    }
}

extension RuleID {
    public static let hardwareClauseUnderminesQuota = RuleID("hardware-clause-undermines-quota")
}
