import Testing
@testable import LaunchPlanCore

/// `launchplan init`'s playbook: no errors as written, whatever shapes it.
@Suite("Starter playbook")
struct StarterPlaybookTests {
    static let shapes: [StarterPlaybook] = [
        StarterPlaybook(),
        StarterPlaybook(dealership: "Acme \"Copiers\" & Sons: <script>alert(1)</script>", services: ["managed-print", "managed-it"],
                        specialists: 3, startDate: CalendarDate("2027-02-01")),
        StarterPlaybook(dealership: "Line\nbreak\t# not a comment \\ \u{1B}[2J", services: ["managed-print", "managed-it", "managed-voice"],
                        specialists: StarterPlaybook.maximumSpecialists),
        StarterPlaybook(dealership: "Bürotechnik Müller GmbH 計画", services: ["mps"], specialists: 2, startDate: CalendarDate("2026-12-31")),
    ]

    @Test("reads cleanly and has no errors; the name, services, headcount and start date are the ones given", arguments: shapes.indices)
    func noErrors(_ index: Int) throws {
        let starter = Self.shapes[index]
        let report = Validator().validate(PlaybookSource(path: "playbook.yaml", bytes: Array(starter.text().utf8)))
        #expect(report.findings.filter { $0.severity == .error }.isEmpty, "\(report.findings.map { "\($0.rule.id): \($0.message)" })")
        let plan = try #require(report.playbook)
        #expect(plan.dealership.name == starter.dealership)
        #expect(plan.dealership.services.map(\.value) == starter.services)
        #expect(plan.launch.startDate == starter.startDate)
        let specialists = plan.roles.filter { $0.kind == .specialist }
        #expect(specialists.count == starter.services.count && specialists.allSatisfy { $0.headcount == starter.specialists })
        // Every service is sold, has objectives, a quota and checkpoints: nothing is left without a seller.
        for service in starter.services {
            #expect(!plan.rolesSelling(service).isEmpty)
            #expect(plan.objectives.contains { $0.service?.value == service })
        }
    }

    @Test("the default starter has no findings at all, and every top-level section has a comment above it")
    func commented() throws {
        let text = StarterPlaybook().text()
        let report = Validator().validate(PlaybookSource(path: "playbook.yaml", bytes: Array(text.utf8)))
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let sections = lines.indices.filter { i in
            let line = lines[i]
            return !line.hasPrefix(" ") && !line.hasPrefix("#") && !line.isEmpty && !line.hasPrefix("launchplan:")
        }
        #expect(sections.count == 8, "dealership, launch, roles, objectives, compensation, territory, milestones, assumptions")
        for i in sections { #expect(lines[i - 1].hasPrefix("#"), "no comment above `\(lines[i])`") }
    }
}
