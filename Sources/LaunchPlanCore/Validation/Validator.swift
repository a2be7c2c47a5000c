import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// Load, decode and run the plan rules on one playbook: values in, findings out.
/// The rules run on whatever decoded, even when reading found problems.
public struct Validator: Sendable {
    public var limits: InputLimits
    public var settings: RuleSettings
    public var waiverPolicy: WaiverPolicy

    public init(limits: InputLimits = .standard, settings: RuleSettings = RuleSettings(), waiverPolicy: WaiverPolicy = WaiverPolicy()) {
        self.limits = limits
        self.settings = settings
        self.waiverPolicy = waiverPolicy
    }

    public func validate(_ source: PlaybookSource) -> FileReport {
        let loaded = YAMLLoader(limits: limits).load(source.bytes, byteCount: source.byteCount)
        let quotable = source.byteCount > limits.maxBytes ? [] : source.bytes
        let fatal = loaded.findings.contains { $0.rule == .yamlSyntax || $0.rule == .yamlLimits }
        guard !fatal else {
            return FileReport(path: source.path, findings: loaded.findings, playbook: nil, source: quotable)
        }
        let decoded = PlaybookDecoder().decode(loaded.root)
        var findings = loaded.findings + decoded.findings
        if let playbook = decoded.playbook {
            // Waivers first (a waiver of a rule turned off is still used), then overrides.
            findings = waiverPolicy.apply(playbook.waivers, to: findings + Catalogue.check(playbook), launch: playbook.launch)
        }
        findings = settings.apply(to: findings)
        return FileReport(path: source.path, findings: findings,
                          playbook: decoded.playbook, source: quotable)
    }

}
