import Testing
@testable import LaunchPlanCore

/// Properties over generated plans: a seeded generator (the simulator's own,
/// so failures replay) writes valid playbooks in many shapes.
@Suite("Properties of generated plans")
struct PropertyTests {
    /// A valid playbook drawn from `random`; `touches` and `cycleScale` let
    /// the monotonicity properties vary one assumption.
    static func playbook(_ random: inout RandomSource, touches: Double? = nil, cycleScale: Double = 1) -> String {
        func pick(_ n: Int) -> Int { Int(random.uniform() * Double(n)) }
        func number(_ low: Double, _ high: Double) -> Double { (low + random.uniform() * (high - low) * 10).rounded() / 10 }
        let twoServices = pick(2) == 1
        let services = twoServices ? ["managed-print", "managed-it"] : ["managed-print"]
        let horizon = [60, 90, 120, 180][pick(4)]
        let specialists = 1 + pick(3)
        let reps = 1 + pick(10)
        let toHire = pick(2) == 1
        let access = ["open", "notify", "permission"][pick(3)]
        var text = """
            launchplan: 1
            dealership: {name: Generated \(pick(1000)), services: [\(services.joined(separator: ", "))]}
            launch: {horizon_days: \(horizon), start_date: 2027-0\(1 + pick(9))-1\(pick(9))}
            roles:
              owner: {kind: owner}
              manager: {kind: manager}
              mps: {kind: specialist, headcount: \(specialists), status: \(toHire ? "to-hire" : "in-seat"), start_day: \(pick(20)), services: [managed-print]}
              reps: {kind: account-rep, headcount: \(reps)}

            """
        if pick(2) == 1 { text += "  setter: {kind: inside-sales, headcount: \(1 + pick(2))}\n" }
        text += """
            objectives:
              mrr: {metric: new-mrr, service: managed-print, target: \(1000 + pick(20_000)), by_day: \(horizon), owner: owner}
              pipeline: {metric: pipeline-mrr, service: managed-print, target: \(1000 + pick(30_000)), by_day: \(min(90, horizon)), owner: \(pick(2) == 1 ? "owner" : "manager")}
            compensation:
              mps:
                base_salary: \(40_000 + pick(40_000))
                quota: {metric: new-mrr, service: managed-print, target: \(500 + pick(10_000)), by_day: \(horizon)}
                commissions:
                  - {metric: new-mrr, service: managed-print, multiple: \(number(0.5, 2))}
                  - {metric: hardware-gp, percent: \(1 + pick(10)), until_day: \(pick(horizon))}
                performance_adjustment: {review_day: \(pick(horizon)), below_attainment_percent: \(pick(100)), base_salary_change_percent: -\(pick(30))}
                draw: {monthly: \(pick(3000)), until_day: \(pick(horizon)), recoverable: \(pick(2) == 1)}
              reps:
                commissions:
                  - {metric: hardware-gp, percent: 10}
                  - {metric: new-mrr, service: managed-print, credit: \(["own-sales", "in-owned-accounts", "introductions"][pick(3)]), multiple: 0.5}
            territory:
              segments:
                base: {kind: customers, accounts: \(1 + pick(3000)), owner: reps}
                market: {kind: prospects}
              rules:
                - {role: reps, segment: base, sells: [hardware], access: open}
                - {role: mps, segment: base, sells: [managed-print], access: \(access)\(pick(2) == 1 ? ", approval_sla_days: \(pick(10))" : "")}
                - {role: mps, segment: market, sells: [managed-print\(pick(2) == 1 ? ", hardware" : "")], access: open}
                - {role: setter, segment: market, sells: [managed-print], access: notify}
              escalation: {role: manager, sla_days: \(pick(5))}
            milestones:
              - {id: brief, day: -\(1 + pick(20)), owner: manager, delivers: [team-briefed, rules-of-engagement-published]}
              - {id: day-30, day: 30, owner: manager, expect: [{metric: appointments, service: managed-print, target: \(1 + pick(40))}]}
              - {id: day-60, day: 60, owner: manager, expect: [{metric: proposals, service: managed-print, target: \(1 + pick(20))}], needs: [brief]}
            assumptions:
              touches_per_day: \(touches ?? number(5, 80))
              selling_days_per_week: \(1 + pick(7))
              ramp_days: \(pick(90))
              customer_touch_percent: \(pick(101))
              referrals_per_month: \(number(0, 3))
              stages: {assessment_percent: \(pick(101)), proposal_percent: \(pick(101)), agreement_percent: \(pick(101))}
              cycle_days: {min: \(Int(20 * cycleScale)), likely: \(Int(50 * cycleScale)), max: \(Int(110 * cycleScale))}
              deal_mrr: {min: \(100 + pick(400)), likely: \(600 + pick(1000)), max: \(2000 + pick(4000))}
              hardware_diversion_percent: \(pick(2) == 1 ? "auto" : String(pick(91)))

            """
        if !text.contains("setter: {kind") {
            text = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("role: setter") }.joined(separator: "\n")
        }
        return text
    }

    static func report(_ text: String) -> FileReport {
        Validator().validate(PlaybookSource(path: "generated.yaml", bytes: Array(text.utf8)))
    }

    @Test("generated valid plans never produce reading findings", arguments: 0..<200)
    func readsCleanly(seed: Int) {
        var random = RandomSource(seed: 77, block: seed)
        let text = Self.playbook(&random)
        let reading = Self.report(text).findings.filter(\.rule.isReading)
        #expect(reading.isEmpty, "\(reading.map(\.message))\n\(text)")
    }

    @Test("simulated probabilities stay in [0, 1] and percentiles in order", arguments: 0..<25)
    func probabilities(seed: Int) throws {
        var random = RandomSource(seed: 78, block: seed)
        let plan = try #require(Self.report(Self.playbook(&random)).playbook)
        let projection = SimulationSet(plan, sensitivity: false).runSerially(runs: 200, seed: UInt64(seed))
        let estimates = projection.checkpoints.flatMap { $0.expectations.map(\.estimate) } + projection.objectives.map(\.estimate)
            + projection.roles.flatMap { [$0.quotaAttainment, $0.pay] }
        for e in estimates {
            if let p = e.probability { #expect(p >= 0 && p <= 1) }
            if let a = e.p10, let b = e.p50, let c = e.p90 { #expect(a <= b && b <= c) }
            if let mean = e.mean { #expect(mean.isFinite) }
        }
        for role in projection.roles { if let p = role.adjustmentProbability { #expect(p >= 0 && p <= 1) } }
    }

    @Test("more touches never give fewer expected appointments", arguments: 0..<40)
    func moreTouches(seed: Int) throws {
        var low = RandomSource(seed: 79, block: seed)
        var high = low
        let fewer = ExpectationModel(try #require(Self.report(Self.playbook(&low, touches: 20)).playbook))
        let more = ExpectationModel(try #require(Self.report(Self.playbook(&high, touches: 30)).playbook))
        for day in [30, 60, 90] {
            let a = fewer.dealership(.appointments, service: "managed-print", byDay: day)
            let b = more.dealership(.appointments, service: "managed-print", byDay: day)
            #expect(b >= a - 1e-9, "day \(day): \(a) -> \(b)")
        }
    }

    @Test("a longer sales cycle never gives more agreements by a fixed day", arguments: 0..<40)
    func longerCycle(seed: Int) throws {
        var short = RandomSource(seed: 80, block: seed)
        var long = short
        let quick = ExpectationModel(try #require(Self.report(Self.playbook(&short, touches: 40)).playbook))
        let slow = ExpectationModel(try #require(Self.report(Self.playbook(&long, touches: 40, cycleScale: 1.5)).playbook))
        for day in [45, 60, 90] {
            let a = quick.dealership(.agreements, service: "managed-print", byDay: day)
            let b = slow.dealership(.agreements, service: "managed-print", byDay: day)
            #expect(b <= a + 1e-9, "day \(day): \(a) -> \(b)")
        }
    }
}
