import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanModel

/// `actuals:` read and checked with positions: each on its own, then against the others of its stream.
extension DecodingTests {
    @Test("actuals are read with the service implied and the role optional")
    func actualsRead() throws {
        let report = validate(minimalPlaybook + """
            actuals:
              - {day: 30, metric: appointments, value: 4, role: specialist}
              - {day: 30, metric: touches, value: 610, role: specialist}
              - {day: 30, metric: pipeline-mrr, value: 1250.5, role: specialist}

            """)
        #expect(report.decodingFindings.isEmpty, "\(report.findings.map(\.message))")
        let actuals = try #require(report.playbook).actuals
        #expect(actuals.map(\.metric.value) == [.appointments, .touches, .pipelineMRR])
        #expect(actuals.map { $0.service?.value.rawValue } == ["managed-print", "managed-print", "managed-print"])
        #expect(actuals.map { $0.role?.value.rawValue } == ["specialist", "specialist", "specialist"])
        #expect(actuals.map(\.value.value) == [4, 610, 1250.5])
    }

    @Test("an actual after the horizon, a fractional count or a role that builds no pipeline is refused where it is written")
    func actualsEach() {
        let found = expectFindings(.schemaType, in: MarkedText(minimalPlaybook + """
            actuals:
              - {day: ↓91, metric: appointments, value: 4}
              - {day: 30, metric: appointments, value: ↓4.5}
              - {day: 30, metric: new-mrr, value: 900.5}
              - {day: 30, metric: agreements, value: 0, role: ↓owner}

            """))
        #expect(found.map(\.message) == [
            "the actual `actuals[0]` is recorded on day 91, after the plan's horizon of 90 days",
            "the actual `actuals[1]` counts `appointments`, a whole number, but has 4.5",
            "the actual `actuals[3]` is recorded for `owner`, a role of kind `owner`, which builds no pipeline in the model",
        ])
        _ = expectFindings(.schemaType, in: MarkedText(minimalPlaybook + "actuals:\n  - {day: 30, metric: ↓hardware-gp, value: 4}\n"))
        _ = expectFindings(.unknownReference, in: MarkedText(minimalPlaybook + "actuals:\n  - {day: 30, metric: proposals, value: 1, role: ↓specialst}\n"))
    }

    @Test("within a stream: one value a day, cumulative counts never fall, the funnel's order holds, and roles and the dealership are not mixed")
    func actualsTogether() {
        let found = expectFindings(.schemaType, in: MarkedText(minimalPlaybook + """
            actuals:
              - {day: 30, metric: appointments, value: 6}
              - ↓{day: 30, metric: appointments, value: 5}
              - {day: 60, metric: appointments, value: ↓4}
              - {day: 60, metric: assessments, value: 3}
              - {day: 60, metric: proposals, value: ↓5}
              - {day: 60, metric: pipeline-mrr, value: 800}
              - {day: 60, metric: new-mrr, value: ↓900}
              - ↓{day: 60, metric: agreements, value: 1, role: specialist}

            """))
        #expect(found.map(\.message) == [
            "appointments of the dealership on day 30 is recorded twice",
            "appointments of the dealership are counted from day 0, so they cannot fall from 6 on day 30 to 4 on day 60",
            "by day 60, the dealership records 5 proposals but only 3 assessments; every deal passes through assessments first",
            "by day 60, the dealership records 900 new-mrr but only 800 pipeline-mrr; every deal passes through pipeline-mrr first",
            "actuals for `managed-print` are recorded both for the whole dealership and for a role; `track` needs one or the other",
        ])
    }

    @Test("conversations cannot exceed touches on a day; an actual reading refused is not judged again by off-track")
    func conversationsAndUnreadable() {
        _ = expectFindings(.schemaType, in: MarkedText(minimalPlaybook + """
            actuals:
              - {day: 30, metric: touches, value: 10}
              - {day: 30, metric: conversations, value: ↓1000000000}

            """))
        let ghost = validate(minimalPlaybook + "actuals:\n  - {day: 30, metric: appointments, value: 0, role: ghost}\n")
        #expect(ghost.findings.contains { $0.rule == .unknownReference } && !ghost.findings.contains { $0.rule == .offTrack }, "\(ghost.findings.map(\.message))")
    }
}
