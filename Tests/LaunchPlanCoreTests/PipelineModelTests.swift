import Testing
@testable import LaunchPlanCore

/// The expectation model against values computed by hand on small plans.
@Suite("Pipeline model: hand-computed expectations")
struct PipelineModelTests {
    /// A plan with one specialist and the given territory, assumptions and roles.
    func model(roles: String = "  mps: {kind: specialist}", services: String = "[managed-print]", horizon: Int = 90, compensation: String = "",
               territory: String = """
                   territory:
                     segments:
                       market: {kind: prospects}
                     rules:
                       - {role: mps, segment: market, sells: [managed-print], access: open}
                   """, assumptions: String = "") throws -> ExpectationModel {
        let text = """
            launchplan: 1
            dealership: {name: T, services: \(services)}
            launch: {horizon_days: \(horizon)}
            roles:
              owner: {kind: owner}
            \(roles)
            objectives:
              o: {metric: new-mrr, service: managed-print, target: 1, by_day: \(horizon), owner: owner}
            \(compensation)
            \(territory)
            milestones: []
            \(assumptions)

            """
        let report = Validator().validate(PlaybookSource(path: "t.yaml", bytes: Array(text.utf8)))
        #expect(report.decodingFindings.isEmpty, "\(report.decodingFindings.map(\.message))")
        return ExpectationModel(try #require(report.playbook))
    }

    @Test("an in-seat seller in cold prospects: 40 touches a selling day, 1 % become appointments")
    func coldProspects() throws {
        let m = try model(horizon: 14)
        // Days 0-4 and 7-11 are selling days: 10 days x 40 touches.
        #expect(m.perPerson(.touches, seller: 0, byDay: 13) == 400)
        #expect(abs(m.perPerson(.conversations, seller: 0, byDay: 13) - 40) < 1e-9)
        #expect(abs(m.perPerson(.appointments, seller: 0, byDay: 13) - 4) < 1e-9)
        #expect(m.perPerson(.touches, seller: 0, byDay: 5) == 200, "days 5 and 6 are not selling days")
    }

    @Test("a new hire ramps from 50 % on the start day to 100 % after ramp_days")
    func ramp() throws {
        let m = try model(roles: "  mps: {kind: specialist, status: to-hire, start_day: 7}", horizon: 60)
        let days = m.model.days[0]
        #expect(days.serviceTouches[6] == 0, "before the start day")
        #expect(days.serviceTouches[7] == 20)
        #expect(abs(days.serviceTouches[8] - 40 * (0.5 + 0.5 / 30)) < 1e-9)
        #expect(days.serviceTouches[37] == 40, "fully ramped 30 days after the start")
    }

    @Test("permission halves the customer share by the grant rate and delays customer appointments")
    func permission() throws {
        let m = try model(horizon: 30, territory: """
            territory:
              segments:
                base: {kind: customers, accounts: 1000}
              rules:
                - {role: mps, segment: base, sells: [managed-print], access: permission, approval_sla_days: 3}
            """)
        let seller = m.model.sellers[0]
        #expect(seller.customerShare == 0.25)
        #expect(seller.permissionDelay == 3)
        let days = m.model.days[0]
        #expect(days.customerTouches[0] == 10, "40 x 50 % x 50 % granted; the rest is lost without prospects")
        #expect(days.customerAppointments[0] == 0)
        #expect(abs(days.customerAppointments[3] - 10 * 0.04) < 1e-12, "20 % x 20 % per customer touch, 3 days later")
    }

    @Test("customer touches stop at accounts x touches_per_account and spill to prospects")
    func touchCap() throws {
        let m = try model(horizon: 14, territory: """
            territory:
              segments:
                base: {kind: customers, accounts: 10}
                market: {kind: prospects}
              rules:
                - {role: mps, segment: base, sells: [managed-print], access: open}
                - {role: mps, segment: market, sells: [managed-print], access: open}
            """)
        let days = m.model.days[0]
        // 10 accounts x 8 touches = 80: 20 a day for four selling days, then none.
        #expect(days.customerTouches[0...4].reduce(0, +) == 80)
        #expect(days.customerTouches[7] == 0)
        #expect(days.prospectTouches[7] == 40)
    }

    @Test("referrals and introductions arrive every day from the start; introductions split among sellers")
    func referralsAndIntroductions() throws {
        let m = try model(roles: """
              mps: {kind: specialist}
              reps: {kind: account-rep, headcount: 6}
            """, compensation: """
            compensation:
              reps: {commissions: [{metric: new-mrr, credit: in-owned-accounts, multiple: 0.5}]}
            """, assumptions: "assumptions: {referrals_per_month: 2}")
        let days = m.model.days[0]
        #expect(abs(days.referralAppointments[6] - 2 / 30.4) < 1e-12, "on a weekend day too")
        #expect(abs(days.introductionAppointments[0] - 6 * 0.5 / 30.4) < 1e-12)
    }

    @Test("the triangular cycle: cdf, quantile and mean")
    func triangle() {
        let cycle = Assumptions.Triangle(min: 30, likely: 60, max: 120)
        #expect(abs(cycle.cdf(45) - 225.0 / 2700) < 1e-12)
        #expect(cycle.cdf(60) == 1.0 / 3)
        #expect(abs(cycle.cdf(90) - (1 - 900.0 / 5400)) < 1e-12)
        #expect(cycle.cdf(29) == 0 && cycle.cdf(120) == 1)
        #expect(abs(cycle.quantile(cycle.cdf(75)) - 75) < 1e-9)
        #expect(cycle.mean == 70)
    }

    @Test("stages: agreements by day D are the appointments times 10.5 % times F(D - x)")
    func stages() throws {
        // One referral appointment a day, nothing else (no touches: the seller has no prospects).
        let m = try model(horizon: 200, territory: """
            territory:
              segments:
                base: {kind: customers, accounts: 1}
              rules:
                - {role: mps, segment: base, sells: [managed-print], access: none}
                - {role: mps, segment: base, sells: [managed-print, hardware], access: open}
            """, assumptions: "assumptions: {referrals_per_month: 30.4, customer_touch_percent: 0}")
        let cycle = Assumptions.Triangle(min: 30, likely: 60, max: 120)
        let agreements = (0...100).reduce(0.0) { $0 + 0.105 * cycle.cdf(Double(100 - $1)) }
        #expect(abs(m.perPerson(.agreements, seller: 0, byDay: 100) - agreements) < 1e-9)
        let proposals = (0...100).reduce(0.0) { $0 + 0.42 * cycle.cdf(Double(100 - $1) / 0.6) }
        #expect(abs(m.perPerson(.proposals, seller: 0, byDay: 100) - proposals) < 1e-9)
        #expect(abs(m.perPerson(.newMRR, seller: 0, byDay: 100) - agreements * (300 + 900 + 4000) / 3) < 1e-6)
    }

    @Test("the lakeside story: 77 % diversion; attainment 2 % with the clause, 10 % without")
    func lakeside() throws {
        let plan = try #require(Validator().validate(PlaybookSource(path: "l", bytes: try readFile("playbooks/lakeside-story.yaml"))).playbook)
        let m = ExpectationModel(plan)
        let index = try #require(m.sellerIndex(of: "mps-specialist"))
        let diversion = m.model.sellers[index].diversion
        #expect(abs(diversion.commissionPerHardwareTouch - 0.08 * 2500 / 150) < 1e-12)
        #expect(abs(diversion.appointmentsPerTouch - (0.25 * 0.04 + 0.75 * 0.01)) < 1e-12)
        #expect(abs(diversion.closeRate - 0.105) < 1e-12)
        #expect(abs(diversion.commissionPerAgreement - 1.5 * 5200 / 3) < 1e-9)
        #expect(abs(diversion.closingShare - 1.0 / 12) < 1e-12)
        #expect(abs(diversion.share - 0.770) < 0.001)
        let with = try #require(m.quotaAttainment(of: "mps-specialist"))
        let clause = plan.compensation[0].commissions[1].location.keyPath
        let without = try #require(ExpectationModel(plan.removingCommissionLines([clause])).quotaAttainment(of: "mps-specialist"))
        #expect(abs(with - 0.023) < 0.002)
        #expect(abs(without - 0.101) < 0.002)
    }

    @Test("pay: base pro rata, a salary cut after a missed review, hardware commission on diverted touches")
    func pay() throws {
        let plan = try #require(Validator().validate(PlaybookSource(path: "l", bytes: try readFile("playbooks/lakeside-story.yaml"))).playbook)
        let pay = try #require(ExpectationModel(plan).pay(of: "mps-specialist"))
        // Review on day 90 of a 90-day horizon: the cut starts after the horizon.
        #expect(abs(pay.base - 60000 * 90 / 365) < 1e-6)
        #expect(pay.adjustmentTriggered)
        let hardwareGP = ExpectationModel(plan).perPerson(.hardwareGP, seller: 0, byDay: 89)
        #expect(abs(pay.hardwareCommission - 0.08 * hardwareGP) < 1e-6)
        #expect(pay.serviceCommission > 0 && pay.draw == 0)
    }

    @Test("a quota's ramp share applies at a review before the quota is due")
    func rampShare() throws {
        let plan = try #require(Validator().validate(PlaybookSource(path: "n", bytes: try readFile("playbooks/northwind-good.yaml"))).playbook)
        let quota = try #require(plan.compPlan(for: "mps-specialist")?.quota)
        #expect(quota.rampShare(through: 30) == 0)
        #expect(quota.rampShare(through: 90) == 0.25)
        #expect(quota.rampShare(through: 150) == 1)
    }

    @Test("a review after the quota's day judges the sales up to the quota's day")
    func reviewAfterQuota() throws {
        let m = try model(horizon: 120, compensation: """
            compensation:
              mps:
                quota: {metric: appointments, target: 10, by_day: 60}
                performance_adjustment: {review_day: 100, below_attainment_percent: 80, base_salary_change_percent: -10}
            """)
        let atQuota = try #require(m.quotaAttainment(of: "mps"))
        #expect(m.quotaAttainment(of: "mps", atDay: 100) == atQuota)
        #expect(m.quotaAttainment(of: "mps", atDay: 30)! < atQuota)
    }

    @Test("with several permission rules, each waits its own SLA or wait_days; the quickest applies")
    func mixedPermission() throws {
        let m = try model(territory: """
            territory:
              segments:
                a: {kind: customers, accounts: 100}
                b: {kind: customers, accounts: 100}
              rules:
                - {role: mps, segment: a, sells: [managed-print], access: permission}
                - {role: mps, segment: b, sells: [managed-print], access: permission, approval_sla_days: 20}
            """)
        #expect(m.model.sellers[0].permissionDelay == 10, "wait_days 10 beats the 20-day SLA")
    }

    @Test("introductions are split among the sellers of their service only")
    func introductionSplit() throws {
        let m = try model(roles: """
              mps: {kind: specialist}
              mit: {kind: specialist, services: [managed-it]}
              reps: {kind: account-rep, headcount: 4}
            """, services: "[managed-print, managed-it]", compensation: """
            compensation:
              reps: {commissions: [{metric: new-mrr, service: managed-print, credit: introductions, multiple: 0.5}]}
            """, territory: """
            territory:
              segments:
                market: {kind: prospects}
              rules:
                - {role: mps, segment: market, sells: [managed-print], access: open}
                - {role: mit, segment: market, sells: [managed-it], access: open}
            """).model
        let print = try #require(m.sellers.first { $0.role.id.value == "mps" })
        let it = try #require(m.sellers.first { $0.role.id.value == "mit" })
        #expect(abs(print.introductionsPerDay - 4 * 0.5 / 30.4) < 1e-12)
        #expect(it.introductionsPerDay == 0)
    }
}
