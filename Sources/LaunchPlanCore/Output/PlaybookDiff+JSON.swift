import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension PlaybookDiff {
    /// `diff --format json`: both versions' paths and tallies, the findings
    /// (each in `validate`'s finding shape), the simulated changes (null when
    /// a version cannot be read as a playbook) and the two failure tests.
    public func json() -> JSONValue {
        .object([
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
            ("base", Self.side(base)),
            ("head", Self.side(head)),
            ("findings", .object([
                ("introduced", .array(findings.introduced.map(\.json))),
                ("resolved", .array(findings.resolved.map(\.json))),
                ("changed", .array(findings.changed.map { pair in
                    .object([("rule", .string(pair.head.rule.id)), ("key_path", .string(pair.head.location.keyPath.description)),
                             ("numbers", .array(pair.numbers.map { .object([("base", .string($0.base)), ("head", .string($0.head))]) })),
                             ("base", pair.base.json), ("head", pair.head.json)])
                })),
                ("unchanged", .array(findings.unchanged.map(\.head.json))),
            ])),
            ("simulation", projection.map(Self.simulation) ?? .null),
            ("introduces_error", .bool(findings.introducesError)),
            ("primary_objective_worse", .bool(primaryObjectiveWorse)),
        ])
    }

    private static func side(_ file: FileReport) -> JSONValue {
        let summary = Report(files: [file]).summary
        return .object([("path", .string(file.path)), ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
                        ("infos", .int(summary.infos)), ("waived", .int(summary.waived))])
    }

    private static func simulation(_ change: ProjectionChange) -> JSONValue {
        func quantity(_ q: ProjectionChange.Quantity) -> JSONValue {
            var members: [(String, JSONValue)] = []
            switch q.kind {
            case .checkpoint(let milestone): members.append(("milestone", .string(milestone.rawValue)))
            case .objective(let objective): members += [("objective", .string(objective.rawValue)), ("primary", .bool(q.isPrimary))]
            }
            members += [
                ("metric", .string(q.metric.rawValue)), ("service", q.service.map { .string($0.rawValue) } ?? .null),
                ("base", q.baseDay.map { .object([("day", .int($0)), ("target", Projection.value(q.baseTarget))]) } ?? .null),
                ("head", q.headDay.map { .object([("day", .int($0)), ("target", Projection.value(q.headTarget))]) } ?? .null),
                ("probability", measured(q.probability)), ("mean", measured(q.mean)),
            ]
            return .object(members)
        }
        return .object([
            ("runs", .int(change.runs)), ("seed", .string(String(change.seed))),
            ("streams", .string("per-run-and-role")), ("standard_errors", .number(MeasuredChange.standardErrors)),
            ("currency", .string(change.head.currency)), ("horizon_days", .int(change.head.horizonDays)),
            ("objectives", .array(change.objectives.map(quantity))),
            ("checkpoints", .array(change.checkpoints.map(quantity))),
            ("roles", .array(change.roles.map { role in
                .object([("role", .string(role.role.rawValue)), ("pay_p50", measured(role.payMedian)),
                         ("adjustment_probability", measured(role.adjustmentProbability))])
            })),
        ])
    }

    /// `{"base", "head", "change", "standard_error", "real", "direction"}`: direction
    /// `up`, `down` or `none` (no change beyond noise).
    private static func measured(_ m: MeasuredChange) -> JSONValue {
        .object([
            ("base", Projection.value(m.base)), ("head", Projection.value(m.head)), ("change", Projection.value(m.change)),
            ("standard_error", Projection.value(m.standardError)), ("real", .bool(m.isReal)),
            ("direction", .string(m.direction > 0 ? "up" : m.direction < 0 ? "down" : "none")),
        ])
    }
}
