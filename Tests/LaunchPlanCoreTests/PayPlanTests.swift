import Testing
@testable import LaunchPlanCore

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
