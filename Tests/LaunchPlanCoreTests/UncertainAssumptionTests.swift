import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanSimulation
@testable import LaunchPlanModel

/// Assumptions written `{low, likely, high}`: read and checked with
/// positions, the mean for the model, one draw per run for the simulator,
/// and the importance of each to the first objective.
@Suite("Uncertain assumptions")
struct UncertainAssumptionTests {
    /// The lakeside story with `assumptions` appended (it has none of its own).
    static func lakeside(_ assumptions: String) throws -> String {
        String(decoding: try readFile("playbooks/lakeside-story.yaml"), as: UTF8.self) + "assumptions:\n" + assumptions
    }

    static func plan(_ text: String) throws -> Playbook {
        let report = Validator().read(PlaybookSource(path: "test.yaml", bytes: Array(text.utf8)))
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        return try #require(report.playbook)
    }

    /// Everything `simulate --format json` prints but the echo of the assumptions.
    static func numbers(_ projection: Projection) -> String {
        var members = projection.jsonMembers
        members.removeAll { $0.0 == "assumptions" || $0.0 == "defaults_used" }
        if let index = members.firstIndex(where: { $0.0 == "counterfactual" }), case .object(var inner) = members[index].1 {
            inner.removeAll { $0.0 == "assumptions" || $0.0 == "defaults_used" }
            members[index].1 = .object(inner)
        }
        return JSONValue.object(members).rendered()
    }

    @Test("a range is read with its mean for the model, echoed as written, and its draws kept per run")
    func reading() throws {
        let plan = try Self.plan(try Self.lakeside("  funnel:\n    prospects:\n      appointment_percent: {low: 2, likely: 4, high: 9}\n"))
        let a = plan.assumptions
        #expect(a.prospectFunnel.appointmentPercent == 5)
        #expect(a.uncertain.map(\.key) == ["funnel.prospects.appointment_percent"])
        #expect(!a.defaulted.contains("funnel.prospects.appointment_percent"))
        guard case .object(let top) = a.json, case .object(let funnel)? = top.first(where: { $0.0 == "funnel" })?.1,
              case .object(let prospects)? = funnel.first(where: { $0.0 == "prospects" })?.1 else {
            Issue.record("no funnel in the echo")
            return
        }
        #expect(prospects.first { $0.0 == "appointment_percent" }?.1.rendered() == JSONValue.object([
            ("low", .number(2)), ("likely", .number(4)), ("high", .number(9))]).rendered())
        let simulator = Simulator(plan)
        let block = simulator.runBlock(0, runs: 300, seed: 1)
        #expect(block.assumptionDraws.count == 1 && block.assumptionDraws[0].count == 300)
        #expect(block.assumptionDraws[0].allSatisfy { (2...9).contains($0) })
    }

    @Test("without a range nothing extra is drawn or kept, and no importance is printed")
    func noRange() throws {
        let plan = try Self.plan(String(decoding: try readFile("playbooks/lakeside-story.yaml"), as: UTF8.self))
        let simulator = Simulator(plan)
        #expect(simulator.uncertain == nil)
        #expect(simulator.runBlock(0, runs: 100, seed: 1).assumptionDraws.isEmpty)
        let projection = SimulationSet(plan, sensitivity: false).runSerially(runs: 200, seed: 1)
        #expect(projection.importance.isEmpty)
        #expect(!projection.json().rendered().contains("importance"))
        #expect(!projection.text().contains("before hiring"))
        #expect(!projection.csvRows(plan: "p").contains("importance"))
    }

    @Test("a range of one value gives exactly the numbers of the plan that writes that value")
    func degenerate() throws {
        let fixed = try Self.plan(try Self.lakeside("  touches_per_day: 37.3\n  stages: {agreement_percent: 21.1}\n"))
        let ranged = try Self.plan(try Self.lakeside(
            "  touches_per_day: {low: 37.3, likely: 37.3, high: 37.3}\n  stages: {agreement_percent: {low: 21.1, likely: 21.1, high: 21.1}}\n"))
        #expect(ranged.assumptions.touchesPerDay == 37.3)
        let a = SimulationSet(fixed, sensitivity: true).runSerially(runs: 2000, seed: 4)
        let b = SimulationSet(ranged, sensitivity: true).runSerially(runs: 2000, seed: 4)
        #expect(Self.numbers(a) == Self.numbers(b))
        #expect(b.importance.isEmpty, "a certain range has no importance to rank")
    }

    @Test("over 200,000 runs the simulator's means match the expectation model at the ranges' means", .disabled(if: SanitizerRun.isOn, SanitizerRun.reason))
    func convergence() throws {
        // Independent factors: the mean of a product of independent draws is the product of their means.
        let plan = try SimulatorTests.plan("playbooks/northwind-uncertain.yaml")
        #expect(plan.assumptions.uncertain.count >= 5)
        let simulator = Simulator(plan)
        let runs = 200_000
        let simulated = simulator.projection((0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 1) }, seed: 1)
        expectConverges(simulated, to: Projection.expected(plan))
        let lakeside = try Self.plan(try Self.lakeside("""
              touches_per_day: {low: 25, likely: 40, high: 45}
              customer_touch_percent: {low: 30, likely: 50, high: 60}
              permission: {grant_percent: {low: 10, likely: 40, high: 60}}
              stages: {assessment_percent: {low: 40, likely: 60, high: 70}}
              hardware: {gross_profit: {low: 1500, likely: 2500, high: 3000}}

            """))
        let other = Simulator(lakeside)
        expectConverges(other.projection((0..<Simulator.blockCount(runs: runs)).map { other.runBlock($0, runs: runs, seed: 2) }, seed: 2),
                        to: Projection.expected(lakeside))
    }

    @Test("the assumption that decides the objective ranks first, with a large correlation and far apart thirds")
    func importance() throws {
        let plan = try Self.plan(String(decoding: try readFile("playbooks/northwind-good.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "  referrals_per_month: 1\n", with: """
                  referrals_per_month: {low: 0.9, likely: 1, high: 1.1}
                  touches_per_day: {low: 39, likely: 40, high: 41}
                  stages: {agreement_percent: {low: 2, likely: 25, high: 40}}

                """))
        let projection = SimulationSet(plan, sensitivity: false).runSerially(runs: 4000, seed: 1)
        // The first objective is pipeline by day 90: proposals, which agreement_percent does not touch; the second is new MRR.
        #expect(projection.importance.map(\.assumption).count == 3)
        let swapped = plan.objectives.reversed()
        var second = plan
        second.objectives = Array(swapped)
        let ranked = SimulationSet(second, sensitivity: false).runSerially(runs: 4000, seed: 1).importance
        let first = try #require(ranked.first)
        #expect(first.assumption == "stages.agreement_percent")
        #expect((first.correlation ?? 0) > 0.5, "\(ranked)")
        #expect((first.highThird ?? 0) - (first.lowThird ?? 1) > 0.4, "\(ranked)")
        #expect(ranked.dropFirst().allSatisfy { abs($0.correlation ?? 0) < 0.2 }, "\(ranked)")
    }

    @Test("a plan certain to reach its objective with fixed rates is not when a rate is uncertain enough")
    func widening() throws {
        let text = String(decoding: try readFile("playbooks/northwind-good.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "    metric: pipeline-mrr\n    target: 12000\n", with: "    metric: pipeline-mrr\n    target: 6000\n")
        let fixed = try Self.plan(text)
        let uncertain = try Self.plan(text.replacingOccurrences(of: "  referrals_per_month: 1\n", with: """
              referrals_per_month: 1
              funnel: {prospects: {appointment_percent: {low: 0.5, likely: 2, high: 18}}}
              stages: {proposal_percent: {low: 10, likely: 60, high: 80}}

            """))
        #expect(fixed.objectives.first?.target.value == 6000)
        let sure = SimulationSet(fixed, sensitivity: false).runSerially(runs: 3000, seed: 1).objectives[0].estimate.probability
        let unsure = SimulationSet(uncertain, sensitivity: false).runSerially(runs: 3000, seed: 1).objectives[0].estimate.probability
        #expect(sure == 1)
        #expect((unsure ?? 1) < 0.97, "\(String(describing: unsure))")
    }

    @Test("ranges out of order, out of range, incomplete, or where one number is needed are reported where they are written")
    func positions() throws {
        let cases: [(String, RuleID, String)] = [
            ("  touches_per_day: ↓{low: 50, likely: 40, high: 45}\n", .schemaType, "low <= likely <= high"),
            ("  stages: {agreement_percent: {low: 10, likely: 20, high: ↓140}}\n", .schemaType, "from 0 to 100"),
            ("  referrals_per_month: ↓{low: 0, high: 2}\n", .schemaMissingKey, "likely"),
            ("  ramp_days: ↓{low: 10, likely: 30, high: 60}\n", .schemaType, "takes one number, not a range: it is a duration"),
            ("  cycle_days: {min: 30, likely: ↓{low: 40, likely: 60, high: 90}, max: 120}\n", .schemaType, "already a distribution"),
            ("  touches_per_account: ↓{low: 4, likely: 8, high: 12}\n", .schemaType, "cap on customer touches"),
        ]
        for (assumptions, rule, words) in cases {
            let marked = MarkedText(try Self.lakeside(assumptions))
            let report = Validator().read(PlaybookSource(path: "test.yaml", bytes: Array(marked.text.utf8)))
            #expect(report.findings.count == 1, "\(assumptions): \(report.findings.map(\.message))")
            let finding = try #require(report.findings.first)
            #expect(finding.rule == rule, "\(assumptions)")
            #expect(finding.message.contains(words), "\(finding.message)")
            #expect(finding.location.mark == marked.marks[0], "\(assumptions): \(finding.location.mark)")
        }
    }

    @Test("a range that would take customer touches past the accounts' cap is refused where it is written; a plan under the cap is not")
    func cap() throws {
        let range = "  touches_per_day: ↓{low: 25, likely: 40, high: 45}\n"
        let under = MarkedText(try Self.lakeside(range))
        #expect(Validator().read(PlaybookSource(path: "a.yaml", bytes: Array(under.text.utf8))).findings.isEmpty)
        let over = MarkedText(try Self.lakeside(range).replacingOccurrences(of: "accounts: 1400", with: "accounts: 2"))
        let findings = Validator().read(PlaybookSource(path: "b.yaml", bytes: Array(over.text.utf8))).findings
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.location.mark == over.marks[0])
        #expect(findings.first?.message.contains("cannot draw it run by run") == true)
    }

    @Test("the sensitivity analysis scales a range as a whole, and its mean with it")
    func sensitivity() throws {
        let plan = try Self.plan(try Self.lakeside("  touches_per_day: {low: 20, likely: 40, high: 60}\n"))
        let variant = try #require(Sensitivity.variants(of: plan).first { $0.assumption == "touches_per_day" })
        #expect(variant.low.assumptions.uncertain("touches_per_day")?.range == Assumptions.Triangle(min: 15, likely: 30, max: 45))
        #expect(variant.low.assumptions.touchesPerDay == 30)
        #expect(variant.high.assumptions.uncertain("touches_per_day")?.range == Assumptions.Triangle(min: 25, likely: 50, max: 75))
    }

    @Test("ranks average their ties; the correlation of a monotone relation is 1; thirds split by the draws' ranks")
    func ranks() {
        #expect(Importance.ranks([3, 1, 3, 2]) == [3.5, 1, 3.5, 2])
        #expect(Importance.correlation(Importance.ranks([1, 2, 3, 4]), Importance.ranks([1, 4, 9, 100])) == 1)
        #expect(Importance.correlation([1, 1, 1], [1, 2, 3]) == nil)
        let (low, high) = Importance.thirds([5, 1, 9, 2, 8, 7], outcomes: [0, 0, 1, 0, 1, 0], target: 1)
        #expect(low == 0 && high == 1)
    }

    @Test("simulate's text, JSON and CSV show the importance of every uncertain assumption")
    func outputs() throws {
        let plan = try SimulatorTests.plan("playbooks/northwind-uncertain.yaml")
        let projection = SimulationSet(plan, sensitivity: false).runSerially(runs: 2000, seed: 1)
        #expect(projection.importance.count == plan.assumptions.uncertain.count)
        let text = projection.text()
        guard case .object(let members) = projection.json(), case .array(let items)? = members.first(where: { $0.0 == "importance" })?.1 else {
            Issue.record("no importance in the JSON")
            return
        }
        let named = items.compactMap { item -> String? in
            guard case .object(let fields) = item, case .string(let name)? = fields.first(where: { $0.0 == "assumption" })?.1 else { return nil }
            return fields.map(\.0) == ["assumption", "low", "likely", "high", "correlation", "probability_low_third", "probability_high_third"] ? name : nil
        }
        #expect(named == projection.importance.map(\.assumption))
        let csv = projection.csvRows(plan: "p")
        for entry in projection.importance {
            #expect(text.contains("\n" + entry.assumption + " "))
            #expect(csv.contains("importance,\(entry.assumption),first_objective_rank_correlation"))
        }
    }

    @Test("the owner's report charts the importance, with its data table, in the page and the Markdown; a plan without ranges has no such section")
    func report() throws {
        let uncertain = try OwnerReportTests.report(try OwnerReportTests.text("playbooks/northwind-uncertain.yaml"))
        let html = uncertain.html()
        #expect(html.contains("<h2>What to find out before hiring</h2>"))
        #expect(html.contains("aria-labelledby=\"uncertain-title uncertain-desc\""))
        let markdown = uncertain.markdown()
        #expect(markdown.contains("## What to find out before hiring"))
        for entry in uncertain.projection.importance {
            #expect(html.contains("<code>\(entry.assumption)</code>"), "\(entry.assumption)")
            #expect(markdown.contains("| `\(entry.assumption)` |"), "\(entry.assumption)")
        }
        let fixed = try OwnerReportTests.report(try OwnerReportTests.text("playbooks/northwind-good.yaml"), runs: 1_000)
        #expect(!fixed.html().contains("What to find out before hiring"))
    }

    @Test("the keys that accept a range are exactly the drawn rates, and every other assumption says why it takes one number")
    func sameKeys() {
        let properties = formatProperties(PlaybookFormat.assumptions)
        let ranged = properties.filter { $0.1.shape.uncertainValue != nil }.map(\.0)
        #expect(Set(ranged) == Set(DrawnRate.allCases.map(\.key)))
        #expect(ranged.count == DrawnRate.allCases.count)
        let single = properties.filter { property in
            property.1.shape.uncertainValue == nil && !property.1.shape.isObject
        }
        #expect(single.allSatisfy { $0.1.oneNumberBecause != nil }, "\(single.filter { $0.1.oneNumberBecause == nil }.map(\.0))")
    }

    @Test("a large plan drawn in aggregate scales its bins by the run's draws: means still match the expectation model",
          .disabled(if: SanitizerRun.isOn, SanitizerRun.reason), arguments: [0, 1])
    func aggregated(which: Int) throws {
        var plan = try which == 0 ? SimulatorBoundsTests.thousandSpecialists() : SimulatorBoundsTests.twoBusySpecialists()
        // Ranges whose means are the plan's values, so the expectation model is the plan's own.
        let a = plan.assumptions
        let location = plan.assumptions.uncertain.first?.location ?? SourceLocation(mark: Mark(line: 1, column: 1), keyPath: .root)
        func range(_ key: String, _ low: Double, _ likely: Double, _ high: Double) -> Assumptions.Uncertain {
            Assumptions.Uncertain(key: key, range: Assumptions.Triangle(min: low, likely: likely, max: high), location: location)
        }
        let agreement = a.stages.agreementPercent, proposal = a.stages.proposalPercent, prospects = a.prospectFunnel.appointmentPercent
        plan.assumptions.uncertain = [
            range("funnel.prospects.appointment_percent", prospects * 0.5, prospects, prospects * 1.5),
            range("stages.proposal_percent", proposal * 0.7, proposal, proposal * 1.3),
            range("stages.agreement_percent", agreement * 0.4, agreement, agreement * 1.6),
        ]
        // The salary cut is a threshold on attainment: wider attainment crosses it in some runs, which
        // moves the mean base by design (as the draw's top-up does), not by error.
        for index in plan.compensation.indices { plan.compensation[index].performanceAdjustment = nil }
        let simulator = Simulator(plan)
        #expect(simulator.sellers.allSatisfy { !$0.drawsEveryPerson && $0.sources.contains { $0.bins != nil } }, "the aggregated path")
        let runs = 20_000
        let blocks = (0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 5) }
        expectConverges(simulator.projection(blocks, seed: 5), to: Projection.expected(plan))
    }

    @Test("a run's scaling of each source is what rebuilding the model with the drawn values gives")
    func scalingIsRebuilding() throws {
        // A fixed diversion: with `auto` the seller chooses on the planned rates, by design.
        let plan = try Self.plan(try Self.lakeside("  hardware_diversion_percent: 40\n"))
        let drawn: [(DrawnRate, Double)] = [(.touchesPerDay, 31), (.customerTouchPercent, 70), (.grantPercent, 35),
                                            (.customerConversation, 12), (.customerAppointment, 30), (.prospectConversation, 7),
                                            (.prospectAppointment, 13), (.introductions, 0.9), (.touchesPerSale, 90)]
        var other = plan
        var ratios = RateRatios()
        for (rate, value) in drawn {
            let numeric = try #require(Assumptions.numeric.first { $0.key == rate.key })
            ratios[rate] = value / plan.assumptions[numeric: numeric]
            other.assumptions[numeric: numeric] = value
        }
        let (planned, rebuilt) = (PipelineModel(plan), PipelineModel(other))
        for index in planned.sellers.indices {
            let scale = planned.sellers[index].scale(ratios)
            let (a, b) = (planned.days[index], rebuilt.days[index])
            func close(_ x: Double, _ y: Double, _ what: String) { #expect(abs(x - y) <= 1e-9 * max(1, abs(y)), "\(what): scaled \(x), rebuilt \(y)") }
            for source in AppointmentSource.allCases {
                close(a.appointments(from: source).reduce(0, +) * scale.appointments(from: source), b.appointments(from: source).reduce(0, +), "\(source)")
            }
            close(a.customerTouches.reduce(0, +) * scale.customerTouches, b.customerTouches.reduce(0, +), "customer touches")
            close(a.prospectTouches.reduce(0, +) * scale.prospectTouches, b.prospectTouches.reduce(0, +), "prospect touches")
            close(a.hardwareTouches.reduce(0, +) / plan.assumptions.hardware.touchesPerSale * scale.hardwareSales,
                  b.hardwareTouches.reduce(0, +) / other.assumptions.hardware.touchesPerSale, "hardware sales")
        }
    }

    @Test("drawn in aggregate, the stage percents' draws reach the counts: a wide close rate decides new MRR")
    func aggregatedImportance() throws {
        var plan = try SimulatorBoundsTests.twoBusySpecialists()
        let agreement = plan.assumptions.stages.agreementPercent
        plan.assumptions.uncertain = [Assumptions.Uncertain(
            key: "stages.agreement_percent", range: Assumptions.Triangle(min: agreement * 0.3, likely: agreement, max: agreement * 1.7),
            location: SourceLocation(mark: Mark(line: 1, column: 1), keyPath: .root))]
        let simulator = Simulator(plan)
        #expect(simulator.sellers.allSatisfy { $0.sources.contains { $0.bins != nil || $0.roleBins != nil } }, "the aggregated path")
        let first = simulator.outlineQueries - plan.objectives.count
        #expect(plan.objectives.first?.metric.value == .newMRR && simulator.queries[first].metric == .newMRR)
        let blocks = (0..<2).map { simulator.runBlock($0, runs: 2000, seed: 3) }
        let importance = simulator.importance(blocks)
        #expect((importance.first?.correlation ?? 0) > 0.4, "\(importance)")
    }

    @Test("touches and conversations follow each run's rates: their mean is the expectation model's, and they vary with the draws")
    func touches() throws {
        let text = try Self.lakeside("""
              touches_per_day: {low: 20, likely: 40, high: 50}
              funnel: {prospects: {conversation_percent: {low: 5, likely: 10, high: 20}}}

            """).replacingOccurrences(of: "expect: [{metric: appointments, target: 12}]",
                                      with: "expect: [{metric: appointments, target: 12}, {metric: touches, target: 100}, {metric: conversations, target: 20}]")
        let plan = try Self.plan(text)
        let simulator = Simulator(plan)
        let runs = 20_000
        let simulated = simulator.projection((0..<Simulator.blockCount(runs: runs)).map { simulator.runBlock($0, runs: runs, seed: 1) }, seed: 1)
        let expected = Projection.expected(plan)
        for metric in [Metric.touches, .conversations] {
            let s = try #require(simulated.checkpoints[0].expectations.first { $0.metric == metric }?.estimate)
            let e = try #require(expected.checkpoints[0].expectations.first { $0.metric == metric }?.estimate.mean)
            #expect(abs((s.mean ?? 0) - e) <= 0.02 * e, "\(metric): \(String(describing: s.mean)) against \(e)")
            #expect((s.p90 ?? 0) > (s.p10 ?? 0) * 1.2, "\(metric) varies from run to run: \(s)")
        }
    }
}
