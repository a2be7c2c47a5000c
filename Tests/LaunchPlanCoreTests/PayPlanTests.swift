import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanPipeline
@testable import LaunchPlanModel

/// The one pay computation and stage table, by hand.
@Suite("Pay plan and stages")
struct PayPlanTests {
    static func lakeside() throws -> (plan: Playbook, seller: Seller) {
        let text = String(decoding: try readFile("playbooks/lakeside-story.yaml"), as: UTF8.self)
        let plan = try #require(Validator().validate(PlaybookSource(path: "l.yaml", bytes: Array(text.utf8))).playbook)
        let seller = try #require(PipelineModel(plan).sellers.first { $0.role.id.value == "mps-specialist" })
        return (plan, seller)
    }

    @Test("base: 60,000 a year over 90 days; the 15 % cut from day 91 leaves nothing to cut within 90 days")
    func base() throws {
        let pay = try Self.lakeside().seller.pay
        #expect(abs(pay.base(adjusted: false) - 60_000 * 90 / 365) < 1e-9)
        #expect(pay.base(adjusted: true) == pay.base(adjusted: false), "review on day 90: the cut starts on day 91, past the horizon")
        #expect(pay.isAdjusted(reviewedAttainment: 0.79) && !pay.isAdjusted(reviewedAttainment: 0.8))
        #expect(pay.serviceLines.count == 1, "the own-sales new-mrr line, not the hardware line")
    }

    @Test("a review on day 30 cuts base from day 31 on")
    func earlyReview() throws {
        var (plan, _) = try Self.lakeside()
        plan.compensation[0].performanceAdjustment?.reviewDay.value = 30
        let pay = try #require(PipelineModel(plan).sellers.first).pay
        #expect(abs(pay.base(adjusted: true) - (60_000 * 90 / 365 - 60_000 * 59 / 365 * 0.15)) < 1e-9)
    }

    @Test("stages: reach probabilities multiply, cycle fractions 0, 0.25, 0.6, 1")
    func stages() throws {
        let stages = try Self.lakeside().plan.assumptions.stages
        #expect(abs(stages.closeRate - 0.6 * 0.7 * 0.25) < 1e-12)
        #expect(Stage.allCases.map(\.cycleFraction) == [0, 0.25, 0.6, 1])
        #expect(Metric.newMRR.pipelineStage?.stage == .agreement && Metric.newMRR.pipelineStage?.countsMRR == true)
        #expect(Metric.touches.pipelineStage == nil && Metric.hardwareGP.pipelineStage == nil)
    }

    @Test("segment shares: a line naming the open market pays on prospects' deals only")
    func segmentShares() throws {
        let (plan, seller) = try Self.lakeside()
        let hardwareLine = try #require(plan.compensation[0].commissions.last)
        #expect(seller.share(of: hardwareLine, from: .prospects) == 1)
        #expect(seller.share(of: hardwareLine, from: .customers) == 0)
        #expect(seller.share(of: hardwareLine, from: .referrals) == 0)
        let everywhere = try #require(plan.compensation[0].commissions.first)
        #expect(AppointmentSource.allCases.allSatisfy { seller.share(of: everywhere, from: $0) == 1 })
    }
}

/// Pay ranges: the one split of pay into periods and lines, for both models.
@Suite("Pay ranges")
struct PayRangeTests {
    typealias Edit = (String, String)
    static let serviceLine = "- {metric: new-mrr, multiple: 1.5}"
    static let hardwareLine = "- {metric: hardware-gp, percent: 8, segments: [open-market], until_day: 90}"

    @Test("cut at each 30-day period's end and where a line starts or stops, from the selling start to the horizon")
    func cuts() throws {
        let plan = try SimulatorBoundsTests.lakeside([
            ("horizon_days: 90", "horizon_days: 100"),
            (SimulatorBoundsTests.specialist, SimulatorBoundsTests.specialist.replacingOccurrences(of: "start_day: 0,", with: "start_day: 10,")),
            (Self.serviceLine, "- {metric: new-mrr, multiple: 1.5, from_day: 40, until_day: 69}"),
            (Self.hardwareLine, "- {metric: hardware-gp, percent: 8, segments: [open-market], until_day: 20}"),
        ])
        let pay = try #require(PipelineModel(plan).sellers.first { $0.role.id.value == "mps-specialist" }).pay
        #expect(pay.ranges == [
            PayRange(period: 0, days: 10...20, serviceLines: [], hardwareLines: [0]),
            PayRange(period: 0, days: 21...39, serviceLines: [], hardwareLines: []),
            PayRange(period: 1, days: 40...69, serviceLines: [0], hardwareLines: []),
            PayRange(period: 2, days: 70...99, serviceLines: [], hardwareLines: []),
        ])
        #expect(pay.periods == 3)
        #expect(pay.range(containing: 9) == nil && pay.range(containing: 100) == nil)
        #expect(pay.range(containing: 10)?.days == 10...20 && pay.range(containing: 39)?.days == 21...39)
        #expect(pay.range(containing: 55)?.period == 1 && pay.range(containing: 99)?.period == 2)
    }

    @Test("two hardware lines in force together pay on the same sales, in both models", .disabled(if: SanitizerRun.isOn, SanitizerRun.reason))
    func overlappingHardwareLines() throws {
        let two = try SimulatorBoundsTests.lakeside([
            (Self.hardwareLine, Self.hardwareLine + "\n      - {metric: hardware-gp, amount: 50, segments: [open-market], from_day: 30}"),
        ], extra: "assumptions: {hardware_diversion_percent: 20}\n")
        let model = ExpectationModel(two)
        let seller = try #require(model.model.sellers.first { $0.role.id.value == "mps-specialist" })
        #expect(seller.pay.hardwareLines.count == 2)
        let days = try #require(model.model.days.first)
        let a = two.assumptions
        let sales = { (range: ClosedRange<Int>) in range.reduce(0.0) { $0 + days.hardwareTouches[$1] } / a.hardware.touchesPerSale }
        let expected = sales(0...89) * 0.08 * a.hardware.grossProfit + sales(30...89) * 50
        let pay = try #require(model.pay(of: "mps-specialist"))
        #expect(abs(pay.hardwareCommission - expected) < 1e-6 * expected)
        // One draw of sales per range, paid by both lines where both are in force.
        let simulator = Simulator(two)
        #expect(simulator.sellers[0].hardwareSales.map(\.period) == [0, 1, 2])
        let runs = 100_000
        let simulated = simulator.projection((0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 3) }, seed: 3)
        expectConverges(simulated, to: Projection.expected(two))
    }

    @Test("a seller who starts at the horizon is paid nothing in it, not a draw, in both models")
    func startsAtHorizon() throws {
        let plan = try SimulatorBoundsTests.lakeside([
            (SimulatorBoundsTests.specialist, SimulatorBoundsTests.specialist.replacingOccurrences(of: "start_day: 0,", with: "start_day: 90,")),
            ("    performance_adjustment:", "    draw: {monthly: 3000, until_day: 120}\n    performance_adjustment:"),
        ])
        #expect(plan.compensation[0].draw != nil)
        let pay = try #require(ExpectationModel(plan).pay(of: "mps-specialist"))
        #expect(pay.total == 0 && pay.draw == 0)
        let simulator = Simulator(plan)
        let projection = simulator.projection([simulator.runBlock(0, runs: 500, seed: 1)], seed: 1)
        #expect(projection.roles.first { $0.role.rawValue == "mps-specialist" }?.pay.mean == 0)
    }
}

/// Pay period by period: the same computation as the totals, split.
@Suite("Pay by period")
struct PayByPeriodTests {
    @Test("base by period: 30 days each, the cut from the day after the review, summing to the total")
    func base() throws {
        var (plan, _) = try PayPlanTests.lakeside()
        plan.compensation[0].performanceAdjustment?.reviewDay.value = 45
        let pay = try #require(PipelineModel(plan).sellers.first).pay
        #expect(pay.periods == 3 && (0..<3).map(pay.days(ofPeriod:)) == [0...29, 30...59, 60...89])
        #expect(abs(pay.base(inPeriod: 1, adjusted: true) - 60_000 * (30 - 14 * 0.15) / 365) < 1e-9, "days 46 to 59 are cut")
        #expect(abs(pay.base(inPeriod: 0, adjusted: true) - 60_000 * 30 / 365) < 1e-9)
        let sum = (0..<3).reduce(0.0) { $0 + pay.base(inPeriod: $1, adjusted: true) }
        #expect(abs(sum - pay.base(adjusted: true)) < 1e-9)
        #expect(abs(pay.base(adjusted: true) - (60_000 * 90 / 365 - 60_000 * 44 / 365 * 0.15)) < 1e-9)
    }

    @Test("the draw period by period: top-ups while it runs, repayments after, adding up to what it pays")
    func draw() throws {
        let draw = Draw(monthly: 1_500, untilDay: Located(60, at: .file), recoverable: true, location: .file)
        let earned = [200.0, 1_800, 500, 3_000]
        var payments: [(Int, Double)] = []
        draw.payments(earnedByPeriod: earned, startDay: 0) { payments.append(($0, $1)) }
        #expect(payments.map(\.0) == [0, 2, 3] && payments.map(\.1) == [1_300, 1_000, -2_300])
        #expect(draw.paid(earnedByPeriod: earned, startDay: 0) == 0, "recovered in full from period 4's commission")
    }

    @Test("pay by period = base + commission + draw, and the sum is the total the simulator reports")
    func periods() throws {
        let (plan, seller) = try PayPlanTests.lakeside()
        let pay = seller.pay
        var out: [Double] = []
        pay.payByPeriod(earned: [100, 0, 2_000], adjusted: false, into: &out)
        #expect(out.count == 3 && abs(out[2] - (pay.base(inPeriod: 2, adjusted: false) + 2_000)) < 1e-9)
        // The simulator: one person's months add up to their mean pay over the horizon.
        let projection = SimulationSet(plan, sensitivity: false, reportDetail: true).runSerially(runs: 2_000, seed: 3)
        let role = try #require(projection.roles.first)
        #expect(role.payByPeriod.map(\.days) == [0...29, 30...59, 60...89])
        let months = role.payByPeriod.reduce(0.0) { $0 + ($1.pay.mean ?? 0) }
        #expect(abs(months - (role.pay.mean ?? 0)) < 1e-6 * months)
        #expect(role.payByPeriod.allSatisfy { $0.pay.p10 != nil && $0.pay.p90 != nil })
        #expect(role.payByPeriod.allSatisfy { ($0.pay.p10 ?? 0) <= ($0.pay.p50 ?? 0) && ($0.pay.p50 ?? 0) <= ($0.pay.p90 ?? 0) })
        // Only the report asks for it.
        #expect(SimulationSet(plan, sensitivity: false).runSerially(runs: 1_000, seed: 3).roles.first?.payByPeriod.isEmpty == true)
    }
}
