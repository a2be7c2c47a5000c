import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation
import LaunchPlanAdvice

extension Advice {
    /// `launchplan advise --format json`: each finding with its number and
    /// proposals, then the combined proposal with its patch.
    public func json() -> JSONValue {
        let byFinding = Dictionary(grouping: proposals) { $0.finding.location.keyPath.description + $0.finding.rule.id }
        return .object([
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
            ("path", .string(path)),
            ("runs", runs.map(JSONValue.int) ?? .null),
            ("seed", seed.map { .int(Int(truncatingIfNeeded: $0)) } ?? .null),
            ("objective", objective.map { objective in
                .object([("objective", .string(objective.id.value.rawValue)), ("probability", probability.map(JSONValue.number) ?? .null)])
            } ?? .null),
            ("limits", .object([
                ("keep", .array(limits.keep.map(\.rawValue).sorted().map(JSONValue.string))),
                ("budget", limits.budget.map(JSONValue.number) ?? .null),
                ("warnings", .bool(limits.warnings)),
            ])),
            ("findings", .array(findings.map { finding in
                let found = byFinding[finding.location.keyPath.description + finding.rule.id] ?? []
                return .object([
                    ("rule", .string(finding.rule.id)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("line", .int(finding.location.mark.line)),
                    ("column", .int(finding.location.mark.column)),
                    ("key_path", .string(finding.location.keyPath.description)),
                    ("message", .string(finding.message)),
                    ("measure", found.first?.before.map(\.json) ?? .null),
                    ("advised", .bool(!notAdvised.contains { $0 == finding })),
                    ("proposals", .array(found.map(\.json))),
                ])
            })),
            ("combined", .object([
                ("changes", .array(combined.changes.map { change in
                    .object([
                        ("lever", .string(change.kind.rawValue)),
                        ("title", .string(change.lever)),
                        ("key_path", .string(change.keyPath.description)),
                        ("from", change.from.json), ("to", change.to.json),
                        ("cost_per_year", .number(change.costPerYear)),
                        ("clears", .array(change.clears.map(\.reference))),
                    ])
                })),
                ("cost_per_year", .number(combined.costPerYear)),
                ("probability", combined.probability.map(JSONValue.number) ?? .null),
                ("remaining", .array(combined.remaining.map(\.reference))),
                ("patch", combined.patched == nil ? .null : .string(patch)),
            ])),
        ])
    }
}

extension Proposal {
    var json: JSONValue {
        .object([
            ("lever", .string(kind.rawValue)),
            ("title", .string(lever)),
            ("key_path", .string(keyPath.description)),
            ("from", from.json), ("to", to.json),
            ("from_text", .string(from.text)), ("to_text", .string(to.text)),
            ("measure", after.map(\.json) ?? .null),
            ("cost_per_year", .number(costPerYear)),
            ("within_budget", .bool(withinBudget)),
            ("probability", probability.map(JSONValue.number) ?? .null),
            ("search", .string(search)),
            ("also_clears", .array(alsoClears.map(\.reference))),
            ("introduces", .array(introduces.map(\.reference))),
            ("in_place", .bool(edits != nil)),
        ])
    }
}

extension FindingMeasure {
    var json: JSONValue {
        .object([("label", .string(label)), ("value", .number(value)), ("unit", .string(unit.rawValue))])
    }
}

extension Finding {
    /// A finding named, not repeated: rule, severity and where.
    var reference: JSONValue {
        .object([("rule", .string(rule.id)), ("severity", .string(severity.rawValue)), ("line", .int(location.mark.line)),
                 ("column", .int(location.mark.column)), ("key_path", .string(location.keyPath.description))])
    }
}
