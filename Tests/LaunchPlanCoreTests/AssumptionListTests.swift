import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanModel

/// `Assumptions.numeric` is the one list of numeric assumptions: it must name
/// exactly the numeric keys the format declares under `assumptions`, each
/// with a default, so the decoder can never read a key the format lacks (a
/// silent 0) and a new key cannot be left out of the echo or the sensitivity.
@Suite("The list of numeric assumptions")
struct AssumptionListTests {
    /// The format's numeric keys below `assumptions`, dotted, with their defaults.
    static let formatKeys: [(key: String, hasDefault: Bool)] = formatProperties(PlaybookFormat.assumptions).compactMap { path, property in
        switch property.shape.uncertainValue ?? property.shape {
        case .integer, .number: (path, property.defaultValue != nil)
        default: nil
        }
    }

    @Test("the list and the format name the same keys, in the same order, each with a default")
    func sameKeys() {
        #expect(!Self.formatKeys.isEmpty)
        #expect(Assumptions.numeric.map(\.key) == Self.formatKeys.map(\.key))
        #expect(Self.formatKeys.allSatisfy { $0.hasDefault }, "\(Self.formatKeys.filter { !$0.hasDefault }.map(\.key))")
    }

    @Test("each key reads back what the playbook writes, and the JSON echo returns it at the same place")
    func roundTrip() throws {
        for (index, numeric) in Assumptions.numeric.enumerated() {
            let range = PlaybookFormat.assumptionRange(numeric.key)
            // A value inside the range that is no key's default (whole for whole keys).
            let value = min(range.maximum ?? 1000, max(range.minimum ?? 0, 2 + Double(index % 3)))
            let yaml = numeric.path.enumerated().map { depth, part in String(repeating: "  ", count: depth + 1) + part + ":" }
                .joined(separator: "\n") + " \(NumberText.exact(value))"
            let text = String(decoding: try readFile("playbooks/northwind-good.yaml"), as: UTF8.self)
                .replacingOccurrences(of: "assumptions:\n", with: "assumptions_of_northwind:\n") + "assumptions:\n" + yaml + "\n"
            let report = Validator().read(PlaybookSource(path: "a.yaml", bytes: Array(text.utf8)))
            let plan = try #require(report.playbook)
            if numeric.group == nil {
                // (A triangle's one value alone may fall out of order: its group is read together.)
                #expect(report.findings.filter { $0.rule != .schemaUnknownKey }.isEmpty, "\(numeric.key): \(report.findings.map(\.message))")
                #expect(plan.assumptions[numeric: numeric] == value, "\(numeric.key)")
                #expect(!plan.assumptions.defaulted.contains(numeric.key))
            }
            var node = plan.assumptions.json
            for part in numeric.path {
                guard case .object(let members) = node, let next = members.first(where: { $0.0 == part })?.1 else {
                    Issue.record("\(numeric.key) missing from the JSON echo")
                    break
                }
                node = next
            }
        }
    }
}
