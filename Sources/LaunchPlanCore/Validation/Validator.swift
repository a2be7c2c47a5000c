/// Load, decode and run the plan rules on one playbook: values in, findings out.
/// The rules run on whatever decoded, even when reading found problems.
public struct Validator: Sendable {
    public var limits: InputLimits

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    public func validate(_ source: PlaybookSource) -> FileReport {
        let loaded = YAMLLoader(limits: limits).load(source.bytes, byteCount: source.byteCount)
        let quotable = source.byteCount > limits.maxBytes ? [] : source.bytes
        let fatal = loaded.findings.contains { $0.rule == .yamlSyntax || $0.rule == .yamlLimits }
        guard !fatal else {
            return FileReport(path: source.path, findings: loaded.findings, playbook: nil, source: quotable)
        }
        let decoded = PlaybookDecoder().decode(loaded.root)
        let planFindings = decoded.playbook.map(Catalogue.check) ?? []
        return FileReport(path: source.path, findings: loaded.findings + decoded.findings + planFindings,
                          playbook: decoded.playbook, source: quotable)
    }

}
