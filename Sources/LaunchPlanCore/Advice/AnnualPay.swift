import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// What the plan is expected to pay a year, from the pay model: every
/// selling person's expected pay (base after any adjustment, commissions,
/// draw) and what the reps' credit lines pay on the sellers' deals in their
/// accounts, over the horizon and scaled to 365 days. A lever's cost is the
/// change in it: a co-sell credit or a longer draw costs money, removing a
/// hardware line saves some, a lower quota can restore a base salary cut.
enum AnnualPay {
    static func of(_ plan: Playbook, model: ExpectationModel) -> Double {
        let sellers = model.model.sellers
        var total = 0.0
        for seller in sellers {
            total += (model.pay(of: seller.role.id.value)?.total ?? 0) * Double(seller.role.headcount)
        }
        let last = plan.launch.horizonDays - 1
        for comp in plan.compensation where plan.role(comp.role.value)?.kind == .accountRep {
            for line in comp.commissions where line.metric.value.isService && line.credit != .ownSales {
                for (index, seller) in sellers.enumerated() where seller.service == line.service?.value {
                    let agreements = model.perPerson(.agreements, seller: index, byDay: last) * Double(seller.role.headcount)
                    total += agreements * model.segmentShare(line, seller: index) * line.commission(onAgreementOf: plan.assumptions.dealMRR.mean)
                }
            }
        }
        return total * 365 / Double(max(1, plan.launch.horizonDays))
    }
}
