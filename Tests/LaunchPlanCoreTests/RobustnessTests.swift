import Foundation
import Testing
@testable import LaunchPlanCore

/// Rules, the model and the projection run on whatever decoded: they must stay
/// silent where data is missing and never crash or produce NaN.
@Suite("Rules and the model on broken plans")
struct RobustnessTests {
    static let northwind: String = (try? readFile("playbooks/northwind-good.yaml")).map { String(decoding: $0, as: UTF8.self) } ?? ""
    static let lakeside: String = (try? readFile("playbooks/lakeside-story.yaml")).map { String(decoding: $0, as: UTF8.self) } ?? ""

    /// A mutation: a name and a function from playbook text to broken text.
    static let mutations: [(String, @Sendable (String) -> String)] = [
        ("no territory", { $0.replacingOccurrences(of: "territory:", with: "territory_x:") }),
        ("no compensation", { $0.replacingOccurrences(of: "compensation:", with: "compensation_x:") }),
        ("no milestones", { $0.replacingOccurrences(of: "milestones:", with: "milestones_x:") }),
        ("no roles", { $0.replacingOccurrences(of: "roles:", with: "roles_x:") }),
        ("no assumptions", { $0.replacingOccurrences(of: "assumptions:", with: "assumptions_x:") }),
        ("zero headcount", { $0.replacingOccurrences(of: "headcount: 6", with: "headcount: 0") }),
        ("by_day past the horizon", { $0.replacingOccurrences(of: "by_day: 90", with: "by_day: 700") }),
        ("horizon of one day", { $0.replacingOccurrences(of: "horizon_days: 90", with: "horizon_days: 1").replacingOccurrences(of: "horizon_days: 180", with: "horizon_days: 1") }),
        ("start at the end", { $0.replacingOccurrences(of: "start_day: 0", with: "start_day: 729") }),
        ("empty lists", { $0.replacingOccurrences(of: "[managed-print, hardware]", with: "[]").replacingOccurrences(of: "[hardware]", with: "[]") }),
        ("all zero assumptions", { $0 + "\nassumptions_zero: 1\n" }),
        ("zero rates", { $0.replacingOccurrences(of: "assumptions:", with: """
            assumptions:
              touches_per_account: 0.001
              stages: {assessment_percent: 0, proposal_percent: 0, agreement_percent: 0}
              cycle_days: {min: 0, likely: 0, max: 0}
              funnel: {customers: {conversation_percent: 0}, prospects: {appointment_percent: 0}}
              ramp_days: 0
            """) }),
        ("degenerate cycle", { $0 + "\nassumptions:\n  cycle_days: {min: 45, likely: 45, max: 45}\n  hardware_diversion_percent: 90\n" }),
        ("targets of one", { $0.replacingOccurrences(of: "target: 12000", with: "target: 0.0001") }),
        ("zero salary and draws", { $0.replacingOccurrences(of: "base_salary: 60000", with: "base_salary: 0").replacingOccurrences(of: "base_salary: 65000", with: "base_salary: 0") }),
    ]

    @Test("every rule, the projection and every trace run on mutated plans", arguments: 0..<mutations.count)
    func mutated(index: Int) throws {
        let (name, mutate) = Self.mutations[index]
        try #require(!Self.lakeside.isEmpty && !Self.northwind.isEmpty, "the example playbooks must load")
        for base in [Self.lakeside, Self.northwind] {
            let report = Validator().validate(PlaybookSource(path: "\(name).yaml", bytes: Array(mutate(base).utf8)))
            guard let plan = report.playbook else { continue }
            let projection = Projection.expected(plan)
            let json = projection.json().rendered()
            // JSON writes a non-finite number as a string saying so; text writes it in words.
            #expect(!json.contains("not a number") && !json.contains("infinity"), "\(name)")
            for id in Catalogue.descriptions.map(\.id.id) {
                _ = Explanation.text(for: id, in: report)
            }
            for finding in report.findings {
                #expect(!finding.message.contains("not a number") && !finding.message.contains("infinity"), "\(name): \(finding.message)")
            }
        }
    }
}
