import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Report {
    /// `validate --format json`, in its documented shape and key order, then
    /// `config`: the project config file in use, or null.
    public func json() -> JSONValue {
        let summary = self.summary
        return .object([
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
            ("files", .array(files.map { file in
                .object([("path", .string(file.path)), ("findings", .array(file.findings.map(\.json)))])
            })),
            ("summary", .object([
                ("files", .int(summary.files)), ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
                ("infos", .int(summary.infos)), ("waived", .int(summary.waived)),
            ])),
            ("config", config.map(JSONValue.string) ?? .null),
        ])
    }
}

extension Finding {
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(rule.id)),
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
            ("line", .int(location.mark.line)),
            ("column", .int(location.mark.column)),
            ("key_path", .string(location.keyPath.description)),
            ("related", .array(related.map { related in
                .object([("line", .int(related.location.mark.line)), ("column", .int(related.location.mark.column)),
                         ("key_path", .string(related.location.keyPath.description))])
            })),
            ("fix", .string(fix)),
            ("waived", .bool(isWaived)),
        ]
        if let waiver { members.append(("waiver_reason", .string(waiver))) }
        return .object(members)
    }
}
