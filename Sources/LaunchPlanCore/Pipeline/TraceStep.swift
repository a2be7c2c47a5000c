import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

/// One step of a calculation as `explain --plan` shows it, so an owner can
/// check a verdict by hand: what it is, how it is computed, and its value.
public struct TraceStep: Sendable, Equatable {
    public var label: String
    /// The formula with the numbers put in, e.g. "8 % x 2500 / 150".
    public var formula: String
    public var value: Double

    public init(_ label: String, _ formula: String, _ value: Double) {
        self.label = label
        self.formula = formula
        self.value = value
    }
}

extension ExpectationModel {
    /// The steps from a seller's touches to its expected pipeline by `day`, per person.
    public func sellerTrace(seller index: Int, byDay day: Int) -> [TraceStep] {
        let seller = model.sellers[index]
        let a = assumptions
        let sources = appointmentSources(seller: index, byDay: day)
        let n = NumberText.significant
        var steps = [
            TraceStep("service touches per person by day \(day)", "touches_per_day \(n(a.touchesPerDay)) x ramp x selling days, less hardware", perPerson(.touches, seller: index, byDay: day)),
            TraceStep("share of touches aimed at customers", "customer_touch_percent\(seller.customerAccess == .permission ? " x grant_percent" : "")\(seller.customerAccess == nil ? " (no access to customers)" : "")", seller.customerShare),
            TraceStep("appointments per customer touch", "\(n(a.customerFunnel.conversationPercent)) % x \(n(a.customerFunnel.appointmentPercent)) %", seller.customerAppointmentRate),
            TraceStep("appointments per prospect touch", "\(n(a.prospectFunnel.conversationPercent)) % x \(n(a.prospectFunnel.appointmentPercent)) %", seller.prospectAppointmentRate),
            TraceStep("appointments from customers", "customer touches x rate\(seller.permissionDelay > 0 ? ", \(seller.permissionDelay) days' wait for permission" : "")", sources.customers),
            TraceStep("appointments from prospects", "prospect touches x rate", sources.prospects),
            TraceStep("appointments from referrals", "referrals_per_month \(n(a.referralsPerMonth)) / 30.4 a day", sources.referrals),
            TraceStep("appointments from reps' introductions", "introductions_per_month \(n(a.introductionsPerMonth)) / 30.4 a day x reps / sellers", sources.introductions),
        ]
        let stages = a.stages
        steps.append(TraceStep("close rate per appointment", "\(n(stages.assessmentPercent)) % x \(n(stages.proposalPercent)) % x \(n(stages.agreementPercent)) %",
                               stages.closeRate))
        steps.append(TraceStep("agreements signed by day \(day)", "each appointment x close rate x P(cycle triangular \(n(a.cycleDays.min))/\(n(a.cycleDays.likely))/\(n(a.cycleDays.max)) ends by day \(day))",
                               perPerson(.agreements, seller: index, byDay: day)))
        steps.append(TraceStep("new MRR signed by day \(day)", "agreements x mean deal MRR \(n(a.dealMRR.mean))", perPerson(.newMRR, seller: index, byDay: day)))
        return steps
    }
}

