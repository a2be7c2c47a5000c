import Foundation
import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanModel

@Suite("Decoding playbooks")
struct DecodingTests {
    /// Checks that `marked` yields exactly the findings of `rule`, at its `↓` marks, in order.
    func expectFindings(_ rule: RuleID, in marked: MarkedText, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Finding] {
        let report = validate(marked.text)
        let reading = report.decodingFindings
        let found = reading.filter { $0.rule == rule }
        #expect(found.map(\.location.mark) == marked.marks, "findings: \(report.findings.map { "\($0.rule) \($0.location.mark.line):\($0.location.mark.column) \($0.message)" })", sourceLocation: sourceLocation)
        #expect(reading.count == found.count, "only \(rule) expected: \(reading.map(\.message))", sourceLocation: sourceLocation)
        return found
    }

    @Test("the minimal playbook reads without findings, with defaults applied")
    func minimal() throws {
        let report = validate(minimalPlaybook)
        #expect(report.decodingFindings.isEmpty)
        let playbook = try #require(report.playbook)
        #expect(playbook.launch.horizonDays == 90)
        #expect(playbook.launch.title == "Test Dealer")
        #expect(playbook.dealership.currency == "USD")
        let specialist = try #require(playbook.role("specialist"))
        #expect(specialist.headcount == 1 && specialist.status == .inSeat && specialist.startDay == 0)
        #expect(playbook.objectives.first?.service?.value == "managed-print", "the only service is implied")
        #expect(playbook.assumptions.touchesPerDay == 40)
        #expect(playbook.assumptions.customerFunnel == .init(conversationPercent: 20, appointmentPercent: 20))
        #expect(playbook.assumptions.prospectFunnel == .init(conversationPercent: 10, appointmentPercent: 10))
        #expect(playbook.assumptions.stages == .init(assessmentPercent: 60, proposalPercent: 70, agreementPercent: 25))
        #expect(playbook.assumptions.cycleDays == .init(min: 30, likely: 60, max: 120))
        #expect(playbook.assumptions.dealMRR == .init(min: 300, likely: 900, max: 4000))
        #expect(playbook.assumptions.permission == .init(grantPercent: 50, waitDays: 10))
        #expect(playbook.assumptions.hardware == .init(touchesPerSale: 150, grossProfit: 2500))
        #expect(playbook.assumptions.hardwareDiversion == .auto)
        #expect(playbook.assumptions.introductionsPerMonth == 0.5)
        #expect(playbook.assumptions.defaulted.contains("funnel.customers.conversation_percent"))
        // Every numeric assumption and the diversion defaulted: derived from the list, not counted by hand.
        #expect(playbook.assumptions.defaulted.count == Assumptions.numeric.count + 1)
    }

    @Test("given assumptions are used and not listed as defaulted")
    func givenAssumptions() throws {
        let report = validate(minimalPlaybook + """
            assumptions:
              touches_per_day: 25
              funnel: {prospects: {conversation_percent: 8}}
              hardware_diversion_percent: 30

            """)
        #expect(report.decodingFindings.isEmpty)
        let assumptions = try #require(report.playbook?.assumptions)
        #expect(assumptions.touchesPerDay == 25)
        #expect(assumptions.prospectFunnel == .init(conversationPercent: 8, appointmentPercent: 10))
        #expect(assumptions.hardwareDiversion == .percent(30))
        #expect(!assumptions.defaulted.contains("touches_per_day"))
        #expect(!assumptions.defaulted.contains("funnel.prospects.conversation_percent"))
        #expect(assumptions.defaulted.contains("funnel.prospects.appointment_percent"))
    }

    @Test("schema-version: missing, or not 1")
    func schemaVersion() throws {
        let wrong = MarkedText(minimalPlaybook.replacingOccurrences(of: "launchplan: 1", with: "launchplan: ↓2"))
        _ = expectFindings(.schemaVersion, in: wrong)
        let missing = MarkedText("↓" + minimalPlaybook.replacingOccurrences(of: "launchplan: 1\n", with: ""))
        let found = expectFindings(.schemaVersion, in: missing)
        #expect(found.first?.message.contains("no `launchplan`") == true)
        #expect(validate("").findings.map(\.rule) == [.schemaVersion])
    }

    @Test("schema-unknown-key: a typo'd key gives one finding naming the key meant")
    func unknownKey() throws {
        let marked = MarkedText(minimalPlaybook + """
            compensation:
              specialist:
                ↓base_salery: 60000

            """)
        let found = expectFindings(.schemaUnknownKey, in: marked)
        #expect(found.first?.message == "unknown key `base_salery` in a comp plan; did you mean `base_salary`?")
        #expect(found.first?.location.keyPath.description == "compensation.specialist.base_salery")
        #expect(found.first?.fix == "Rename `base_salery` to `base_salary`.")
    }

    @Test("schema-unknown-key: with nothing close, the allowed keys are listed; merge keys are named")
    func unknownKeyListed() throws {
        let marked = MarkedText(minimalPlaybook + "↓budget: 100\n")
        let found = expectFindings(.schemaUnknownKey, in: marked)
        #expect(found.first?.message.contains("expected one of `launchplan`, `dealership`") == true)
        let merge = MarkedText(minimalPlaybook + "defaults: &d {kind: manager}\n".replacingOccurrences(of: "defaults", with: "x-d"))
        #expect(validate(merge.text).decodingFindings.map(\.rule) == [.schemaUnknownKey])
        let mergeKey = MarkedText(minimalPlaybook.replacingOccurrences(of: "  specialist: {kind: specialist}", with: "  specialist: {kind: specialist, ↓<<: {headcount: 2}}"))
        let mergeFound = expectFindings(.schemaUnknownKey, in: mergeKey)
        #expect(mergeFound.first?.message.contains("merge keys") == true)
    }

    @Test("schema-missing-key: at the mapping that lacks it")
    func missingKey() throws {
        let marked = MarkedText(minimalPlaybook.replacingOccurrences(of: "  mrr: {metric: new-mrr, target: 5000, by_day: 90, owner: owner}",
                                                                     with: "  mrr: ↓{metric: new-mrr, target: 5000, owner: owner}"))
        let found = expectFindings(.schemaMissingKey, in: marked)
        #expect(found.first?.message.contains("no `by_day`") == true)
        #expect(found.first?.location.keyPath.description == "objectives.mrr")
    }

    @Test("schema-missing-key: a service metric with several services must name one")
    func missingService() throws {
        let marked = MarkedText(minimalPlaybook
            .replacingOccurrences(of: "services: [managed-print]", with: "services: [managed-print, managed-it]")
            .replacingOccurrences(of: "  mrr: {metric", with: "  mrr: ↓{metric")
            .replacingOccurrences(of: "expect: [{metric: appointments", with: "expect: [↓{metric: appointments"))
        let found = expectFindings(.schemaMissingKey, in: marked)
        #expect(found.first?.message.contains("for which service") == true)
    }

    @Test("schema-type: a word outside its vocabulary lists the allowed values")
    func vocabulary() throws {
        let marked = MarkedText(minimalPlaybook.replacingOccurrences(of: "{kind: specialist}", with: "{kind: ↓sales}"))
        let found = expectFindings(.schemaType, in: marked)
        #expect(found.first?.message == "`roles.specialist.kind` must be one of `owner`, `manager`, `specialist`, `account-rep`, `technical` or `inside-sales`, not the text `sales`")
    }

    @Test("schema-type: a YAML 1.1 boolean where a boolean is expected suggests true/false")
    func yaml11Boolean() throws {
        let marked = MarkedText(minimalPlaybook + """
            compensation:
              specialist:
                draw: {monthly: 2000, until_day: 60, recoverable: ↓yes}

            """)
        let found = expectFindings(.schemaType, in: marked)
        #expect(found.first?.message.contains("`yes` is text in YAML 1.2, not a boolean") == true)
        #expect(found.first?.fix == "Write `true` instead of `yes`.")
    }

    @Test("schema-type: numbers out of range, wrong types, the horizon and triangles")
    func rangesAndTypes() throws {
        let marked = MarkedText(minimalPlaybook
            .replacingOccurrences(of: "{kind: specialist}", with: "{kind: specialist, headcount: ↓0}")
            .replacingOccurrences(of: "by_day: 90", with: "by_day: ↓91")
            + """
            launch: {horizon_days: 90, start_date: ↓2027-02-30}
            assumptions:
              touches_per_day: ↓lots
              cycle_days: ↓{min: 90, likely: 60}
              customer_touch_percent: ↓1e400

            """)
        let found = expectFindings(.schemaType, in: marked)
        #expect(found.map(\.location.keyPath.description) == [
            "roles.specialist.headcount", "objectives.mrr.by_day", "launch.start_date",
            "assumptions.touches_per_day", "assumptions.cycle_days", "assumptions.customer_touch_percent",
        ])
        #expect(found[1].message.contains("after the plan's horizon of 90 days"))
    }

    @Test("schema-type: ids must be kebab-case, and `hardware` is not a service")
    func ids() throws {
        let marked = MarkedText(minimalPlaybook
            .replacingOccurrences(of: "  specialist: {kind: specialist}", with: "  ↓Specialist One: {kind: specialist}")
            .replacingOccurrences(of: "services: [managed-print]", with: "services: [managed-print, ↓hardware]"))
        let found = expectFindings(.schemaType, in: marked)
        #expect(found[0].fix.contains("`managed-print`") == false)
        #expect(found[0].message.contains("reserved"))
        #expect(found[1].fix == "Rename it to something like `specialist-one`.")
    }

    @Test("schema-type: a commission line gives exactly one rate")
    func exactlyOneRate() throws {
        let marked = MarkedText(minimalPlaybook + """
            compensation:
              specialist:
                commissions:
                  - ↓{metric: new-mrr, multiple: 1, percent: 5}

            """)
        _ = expectFindings(.schemaType, in: marked)
    }

    @Test("unknown-reference: every kind of id, with did you mean")
    func unknownReference() throws {
        let marked = MarkedText(minimalPlaybook
            .replacingOccurrences(of: "owner: owner}\nmilestones", with: "owner: ↓ownr}\nmilestones")
            .replacingOccurrences(of: "{kind: specialist}", with: "{kind: specialist, services: [↓managed-it]}")
            + """
            compensation:
              ↓specalist: {base_salary: 1}
            territory:
              segments:
                base: {kind: customers, accounts: 10, owner: ↓reps}
              rules:
                - {role: specialist, segment: ↓bse, sells: [managed-print, ↓hardwar], access: open}
            waivers:
              - {rule: ↓team-not-brief, reason: accepted}

            """)
        let found = expectFindings(.unknownReference, in: marked)
        #expect(found[1].message == "the role `ownr` is not declared in roles; did you mean `owner`?")
        #expect(found[0].message == "the service `managed-it` is not declared in dealership.services (declared: `managed-print`)")
        #expect(found.map(\.location.keyPath.description) == [
            "roles.specialist.services[0]", "objectives.mrr.owner", "compensation.specalist",
            "territory.segments.base.owner", "territory.rules[0].segment", "territory.rules[0].sells[1]",
            "waivers[0].rule",
        ])
        #expect(found[5].message.contains("did you mean `hardware`?"))
        #expect(found[6].message.contains("did you mean `team-not-briefed`?"))
    }

    @Test("duplicate-id: the second milestone with an id, related to the first")
    func duplicateID() throws {
        let marked = MarkedText(minimalPlaybook + "  - {id: ↓day-30, day: 31, owner: owner}\n")
        let found = expectFindings(.duplicateID, in: marked)
        #expect(found.first?.related.first?.location.mark == Mark(line: 11, column: 10))
    }

    @Test("single-owner: none, or a second one")
    func singleOwner() throws {
        let none = MarkedText(minimalPlaybook.replacingOccurrences(of: "  owner: {kind: owner}", with: "  ↓owner: {kind: manager}"))
        _ = expectFindings(.singleOwner, in: none)
        let two = MarkedText(minimalPlaybook.replacingOccurrences(of: "  specialist: {kind: specialist}", with: "  ↓boss: {kind: owner}"))
        let found = expectFindings(.singleOwner, in: two)
        #expect(found.first?.related.count == 1)
    }

    @Test("a playbook that is a list or a scalar is a schema-type finding, not a crash")
    func wrongTop() {
        #expect(validate("- a\n- b\n").findings.map(\.rule) == [.schemaType])
        #expect(validate("just text\n").findings.map(\.rule) == [.schemaType])
        #expect(validate("[a]: 1\n").findings.contains { $0.rule == .schemaType })
    }

    @Test("every problem is reported in one pass")
    func allAtOnce() {
        let report = validate(minimalPlaybook
            .replacingOccurrences(of: "launchplan: 1", with: "launchplan: 3")
            .replacingOccurrences(of: "{kind: specialist}", with: "{kind: specialst, headcount: -2, colour: red}"))
        #expect(Set(report.decodingFindings.map(\.rule.id)) == ["schema-version", "schema-type", "schema-unknown-key"])
        #expect(report.decodingFindings.count == 4)
    }
}

@Suite("Decoding edge cases, from review")
struct DecodingReviewTests {
    @Test("a document with only `---` reads like an empty file")
    func onlyDocumentStart() {
        #expect(validate("---\n").findings.map(\.rule) == [.schemaVersion])
    }

    @Test("whole numbers written as floats are whole numbers, as JSON Schema counts them")
    func wholeFloats() throws {
        let report = validate(minimalPlaybook.replacingOccurrences(of: "{kind: specialist}", with: "{kind: specialist, headcount: 2.0}"))
        #expect(report.decodingFindings.isEmpty)
        #expect(report.playbook?.role("specialist")?.headcount == 2)
        #expect(validate(minimalPlaybook.replacingOccurrences(of: "{kind: specialist}", with: "{kind: specialist, headcount: 2.5}"))
            .decodingFindings.map(\.rule) == [.schemaType])
    }

    @Test("an id listed twice is reported once, at the second; no services at all is a finding")
    func uniqueAndNonEmpty() {
        let twice = validate(minimalPlaybook.replacingOccurrences(of: "services: [managed-print]", with: "services: [managed-print, managed-print]"))
        #expect(twice.decodingFindings.map(\.rule) == [.schemaType])
        #expect(twice.findings.first?.location.keyPath.description == "dealership.services[1]")
        let none = validate(minimalPlaybook.replacingOccurrences(of: "services: [managed-print]", with: "services: []"))
        #expect(none.findings.contains { $0.rule == .schemaType && $0.location.keyPath.description == "dealership.services" })
    }

    @Test("echoed text is clipped to 80 characters")
    func clipped() {
        let long = String(repeating: "x", count: 5000)
        let report = validate(minimalPlaybook + "\(long): 1\n")
        #expect(report.decodingFindings.count == 1)
        #expect(report.decodingFindings[0].message.count < 400)
    }
}
