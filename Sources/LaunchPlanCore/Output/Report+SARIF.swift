import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Report {
    /// `validate --format sarif`: SARIF 2.1.0 for code-scanning upload. The
    /// driver lists every rule with its help text; each result has its rule,
    /// level, message (with the fix), location and related locations; waived
    /// findings carry an in-source suppression with the waiver's reason.
    /// `relativeTo` is the working directory, so URIs are relative to it.
    public func sarif(relativeTo directory: String) -> JSONValue {
        let rules = Catalogue.descriptions.map { d in
            (d.id, d.summary, d.kind == .reading ? d.summary : "\(d.rationale)\n\nFix: \(d.fix)", d.severity)
        }
        let index = Dictionary(rules.enumerated().map { ($1.0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver: JSONValue = .object([
            ("name", .string(Tool.name)),
            ("version", .string(Tool.version)),
            ("rules", .array(rules.map { id, summary, help, severity in
                .object([
                    ("id", .string(id.id)),
                    ("shortDescription", .object([("text", .string(summary))])),
                    ("fullDescription", .object([("text", .string(help))])),
                    ("help", .object([("text", .string(help))])),
                    ("defaultConfiguration", .object([("level", .string(Self.sarifLevel(severity)))])),
                ])
            })),
        ])
        var results: [JSONValue] = []
        for file in files {
            let uri = Self.uri(file.path, relativeTo: directory)
            func location(_ place: SourceLocation, message: String? = nil) -> JSONValue {
                var members: [(String, JSONValue)] = [
                    ("physicalLocation", .object([
                        ("artifactLocation", .object([("uri", .string(uri))])),
                        ("region", .object([("startLine", .int(place.mark.line)), ("startColumn", .int(place.mark.column))])),
                    ])),
                ]
                if !place.keyPath.components.isEmpty {
                    members.append(("logicalLocations", .array([.object([("fullyQualifiedName", .string(place.keyPath.description))])])))
                }
                if let message { members.append(("message", .object([("text", .string(message))]))) }
                return .object(members)
            }
            for finding in file.findings {
                var members: [(String, JSONValue)] = [
                    ("ruleId", .string(finding.rule.id)),
                    ("ruleIndex", .int(index[finding.rule.id] ?? 0)),
                    ("level", .string(Self.sarifLevel(finding.severity))),
                    ("message", .object([("text", .string("\(finding.message). Fix: \(finding.fix)"))])),
                    ("locations", .array([location(finding.location)])),
                ]
                if !finding.related.isEmpty {
                    members.append(("relatedLocations", .array(finding.related.enumerated().map { i, related in
                        guard case .object(var fields) = location(related.location, message: related.note) else { return .null }
                        fields.insert(("id", .int(i)), at: 0)
                        return .object(fields)
                    })))
                }
                if let reason = finding.waiver {
                    members.append(("suppressions", .array([.object([("kind", .string("inSource")), ("justification", .string(reason))])])))
                }
                results.append(.object(members))
            }
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([("tool", .object([("driver", driver)]))] + configInvocation(relativeTo: directory)
                + [("results", .array(results))])])),
        ])
    }

    /// When a project config set rule levels, `invocations[0]` says so in a
    /// tool-configuration notification pointing at the file
    /// (SARIF 2.1.0 `invocation.toolConfigurationNotifications`).
    package func configInvocation(relativeTo directory: String) -> [(String, JSONValue)] {
        guard let config else { return [] }
        let notification: JSONValue = .object([
            ("message", .object([("text", .string("Rule levels read from the project config \(config)."))])),
            ("level", .string("note")),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(Self.uri(config, relativeTo: directory)))])),
            ]))])])),
        ])
        return [("invocations", .array([.object([
            ("executionSuccessful", .bool(true)),
            ("toolConfigurationNotifications", .array([notification])),
        ])]))]
    }

    package static func sarifLevel(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path as a URI reference relative to `directory` (when inside it), with
    /// the characters URIs reserve percent-encoded.
    package static func uri(_ path: String, relativeTo directory: String) -> String {
        var relative = path
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        if relative.hasPrefix(prefix) { relative.removeFirst(prefix.count) }
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        var encoded = ""
        for byte in relative.utf8 {
            let safe = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || "-._~/".utf8.contains(byte)
            if safe {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }
}
