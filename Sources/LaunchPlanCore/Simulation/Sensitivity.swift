import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The sensitivity analysis of SIMULATOR.md: every numeric assumption at 75 %
/// and 125 % of its value (percentages capped at 100, whole-number settings
/// rounded, a triangle scaled as a whole so it stays ordered), simulated with
/// the same seed (common random numbers) and ranked by the swing in the
/// probability of the first objective.
public enum Sensitivity {
    public static let low = 0.75
    public static let high = 1.25

    /// Each numeric assumption with a way to scale it.
    package static let assumptions: [(name: String, scale: @Sendable (inout Assumptions, Double) -> Void)] = [
        ("touches_per_day", { $0.touchesPerDay *= $1 }),
        ("selling_days_per_week", { $0.sellingDaysPerWeek = min(7, max(1, Int(saturating: (Double($0.sellingDaysPerWeek) * $1).rounded()))) }),
        ("ramp_days", { $0.rampDays = Int(saturating: (Double($0.rampDays) * $1).rounded()) }),
        ("customer_touch_percent", { $0.customerTouchPercent = min(100, $0.customerTouchPercent * $1) }),
        ("touches_per_account", { $0.touchesPerAccount *= $1 }),
        ("funnel.customers.conversation_percent", { $0.customerFunnel.conversationPercent = min(100, $0.customerFunnel.conversationPercent * $1) }),
        ("funnel.customers.appointment_percent", { $0.customerFunnel.appointmentPercent = min(100, $0.customerFunnel.appointmentPercent * $1) }),
        ("funnel.prospects.conversation_percent", { $0.prospectFunnel.conversationPercent = min(100, $0.prospectFunnel.conversationPercent * $1) }),
        ("funnel.prospects.appointment_percent", { $0.prospectFunnel.appointmentPercent = min(100, $0.prospectFunnel.appointmentPercent * $1) }),
        ("referrals_per_month", { $0.referralsPerMonth *= $1 }),
        ("introductions_per_month", { $0.introductionsPerMonth *= $1 }),
        ("stages.assessment_percent", { $0.stages.assessmentPercent = min(100, $0.stages.assessmentPercent * $1) }),
        ("stages.proposal_percent", { $0.stages.proposalPercent = min(100, $0.stages.proposalPercent * $1) }),
        ("stages.agreement_percent", { $0.stages.agreementPercent = min(100, $0.stages.agreementPercent * $1) }),
        ("cycle_days", { $0.cycleDays = .init(min: $0.cycleDays.min * $1, likely: $0.cycleDays.likely * $1, max: $0.cycleDays.max * $1) }),
        ("deal_mrr", { $0.dealMRR = .init(min: $0.dealMRR.min * $1, likely: $0.dealMRR.likely * $1, max: $0.dealMRR.max * $1) }),
        ("permission.grant_percent", { $0.permission.grantPercent = min(100, $0.permission.grantPercent * $1) }),
        ("permission.wait_days", { $0.permission.waitDays = Int(saturating: (Double($0.permission.waitDays) * $1).rounded()) }),
        ("hardware.touches_per_sale", { $0.hardware.touchesPerSale *= $1 }),
        ("hardware.gross_profit", { $0.hardware.grossProfit *= $1 }),
        ("hardware_diversion_percent", { assumptions, factor in
            if case .percent(let percent) = assumptions.hardwareDiversion { assumptions.hardwareDiversion = .percent(min(90, percent * factor)) }
        }),
    ]

    /// The plan with each assumption at 75 % and at 125 %, in the order above.
    public static func variants(of plan: Playbook) -> [(assumption: String, low: Playbook, high: Playbook)] {
        assumptions.map { name, scale in
            var low = plan
            var high = plan
            scale(&low.assumptions, Self.low)
            scale(&high.assumptions, Self.high)
            return (name, low, high)
        }
    }

    /// Entries ranked by swing, largest first (ties keep the order above).
    public static func ranked(_ entries: [Projection.SensitivityEntry]) -> [Projection.SensitivityEntry] {
        let swing = { (entry: Projection.SensitivityEntry) in abs((entry.high ?? 0) - (entry.low ?? 0)) }
        return entries.enumerated().sorted { a, b in
            swing(a.element) != swing(b.element) ? swing(a.element) > swing(b.element) : a.offset < b.offset
        }.map(\.element)
    }
}
