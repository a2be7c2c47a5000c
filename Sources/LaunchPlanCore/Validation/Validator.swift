import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation

/// Load, decode and run the plan rules on one playbook: values in, findings out.
/// The rules run on whatever decoded, even when reading found problems.
public struct Validator: Sendable {
    public var limits: InputLimits
    public var settings: RuleSettings
    public var waiverPolicy: WaiverPolicy
    /// Runs of the plan's band that `off-track` judges actuals against: `track`'s
    /// default, so both agree; the fuzz harness, which tests reading and not
    /// numbers, asks for fewer.
    public var bandRuns: Int

    public init(limits: InputLimits = .standard, settings: RuleSettings = RuleSettings(), waiverPolicy: WaiverPolicy = WaiverPolicy(),
                bandRuns: Int = OffTrack.runs) {
        self.limits = limits
        self.settings = settings
        self.waiverPolicy = waiverPolicy
        self.bandRuns = bandRuns
    }

    public func validate(_ source: PlaybookSource) -> FileReport {
        let decoded = decode(source)
        var findings = decoded.findings
        if let playbook = decoded.playbook {
            // Waivers first (a waiver of a rule turned off is still used), then overrides.
            findings = waiverPolicy.apply(playbook.waivers, to: findings + Catalogue.check(playbook) + OffTrack.check(playbook, runs: bandRuns), launch: playbook.launch)
        }
        return FileReport(path: source.path, findings: settings.apply(to: findings), playbook: decoded.playbook, source: decoded.quotable)
    }

    /// Load and decode only: the reading findings and the plan, without the
    /// plan rules. `validate` starts the same way; `simulate` reads its plans
    /// here and refuses one with reading findings.
    public func read(_ source: PlaybookSource) -> FileReport {
        let decoded = decode(source)
        return FileReport(path: source.path, findings: decoded.findings, playbook: decoded.playbook, source: decoded.quotable)
    }

    /// The reading findings, the plan when one decoded, and the bytes a report may quote.
    private func decode(_ source: PlaybookSource) -> (findings: [Finding], playbook: Playbook?, quotable: [UInt8]) {
        let loaded = YAMLLoader(limits: limits).load(source.bytes, byteCount: source.byteCount)
        let quotable = source.byteCount > limits.maxBytes ? [] : source.bytes
        guard !loaded.findings.contains(where: { $0.rule == .yamlSyntax || $0.rule == .yamlLimits }) else {
            return (loaded.findings, nil, quotable)
        }
        let decoded = PlaybookDecoder().decode(loaded.root)
        // A range the simulator could not draw exactly is refused as it is read, like a value out of range.
        let ranges = decoded.playbook?.rangesTheSimulatorCannotDraw ?? []
        return (loaded.findings + decoded.findings + ranges, decoded.playbook, quotable)
    }
}
