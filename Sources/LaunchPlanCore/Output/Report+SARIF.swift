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
        // Built from typed values; encoding them cannot fail (no custom encoder throws).
        (try? JSONValue(encoding: sarifLog(relativeTo: directory))) ?? .null
    }

    func sarifLog(relativeTo directory: String) -> SARIFLog {
        let rules = Catalogue.descriptions.map { d in
            SARIFLog.ReportingDescriptor(
                id: d.id.id, shortDescription: .init(text: d.summary),
                fullDescription: .init(text: Self.sarifHelp(d)), help: .init(text: Self.sarifHelp(d)),
                defaultConfiguration: .init(level: Self.sarifLevel(d.severity)))
        }
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [SARIFLog.Result] = []
        for file in files {
            let uri = Self.uri(file.path, relativeTo: directory)
            func location(_ place: SourceLocation, id: Int? = nil, message: String? = nil) -> SARIFLog.Location {
                SARIFLog.Location(
                    id: id,
                    physicalLocation: .init(artifactLocation: .init(uri: uri), region: .init(startLine: place.mark.line, startColumn: place.mark.column)),
                    logicalLocations: place.keyPath.components.isEmpty ? nil : [.init(fullyQualifiedName: place.keyPath.description)],
                    message: message.map { .init(text: $0) })
            }
            for finding in file.findings {
                results.append(SARIFLog.Result(
                    ruleId: finding.rule.id, ruleIndex: index[finding.rule.id] ?? 0, level: Self.sarifLevel(finding.severity),
                    message: .init(text: "\(finding.message). Fix: \(finding.fix)"),
                    locations: [location(finding.location)],
                    relatedLocations: finding.related.isEmpty ? nil
                        : finding.related.enumerated().map { i, related in location(related.location, id: i, message: related.note) },
                    suppressions: finding.waiver.map { [.init(justification: $0)] }))
            }
        }
        let driver = SARIFLog.Driver(name: Tool.name, version: Tool.version, rules: rules)
        return SARIFLog(runs: [.init(tool: .init(driver: driver), invocations: configInvocation(relativeTo: directory), results: results)])
    }

    /// A rule's help: its rationale and fix; a reading rule's summary.
    static func sarifHelp(_ d: RuleDescription) -> String {
        d.kind == .reading ? d.summary : "\(d.rationale)\n\nFix: \(d.fix)"
    }

    /// When a project config set rule levels, `invocations[0]` says so in a
    /// tool-configuration notification pointing at the file
    /// (SARIF 2.1.0 `invocation.toolConfigurationNotifications`).
    func configInvocation(relativeTo directory: String) -> [SARIFLog.Invocation]? {
        guard let config else { return nil }
        let notification = SARIFLog.Notification(
            message: .init(text: "Rule levels read from the project config \(config)."), level: "note",
            locations: [.init(physicalLocation: .init(artifactLocation: .init(uri: Self.uri(config, relativeTo: directory))))])
        return [.init(executionSuccessful: true, toolConfigurationNotifications: [notification])]
    }

    package static func sarifLevel(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path as a URI: relative to `directory` (the working directory) for a
    /// file below it, else an absolute `file://` URI (a bare absolute path is
    /// no URI, and code-scanning tools drop it); the characters URIs reserve
    /// percent-encoded.
    package static func uri(_ path: String, relativeTo directory: String) -> String {
        let absolute = normalized(path.hasPrefix("/") ? path : directory + "/" + path)
        let base = normalized(directory)
        let prefix = base == "/" ? "/" : base + "/"
        if absolute.hasPrefix(prefix), absolute.count > prefix.count { return encoded(String(absolute.dropFirst(prefix.count))) }
        return "file://" + encoded(absolute)
    }

    /// An absolute path with `.` and `..` resolved and repeated slashes dropped (no file system access).
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func encoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
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
