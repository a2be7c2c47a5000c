import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// The findings for one file, sorted as the spec orders them, with the
/// source lines the text output quotes.
public struct FileReport: Sendable {
    public var path: String
    public var findings: [Finding]
    /// The decoded plan, when the file could be read as a playbook at all
    /// (for `explain` and `simulate`; `validate` drops it once checked).
    public var playbook: Playbook?
    /// The lines the findings quote (none when the file was refused for its size).
    public let source: SourceExcerpt

    public init(path: String, findings: [Finding], playbook: Playbook?, source: [UInt8]) {
        let sorted = findings.sorted(by: Finding.ordered)
        self.init(path: path, sorted: sorted, playbook: playbook, source: SourceExcerpt(source, lines: Self.quoted(by: sorted)))
    }

    /// A report over some findings of another report, quoting from its excerpt.
    public init(path: String, findings: [Finding], playbook: Playbook?, source: SourceExcerpt) {
        let sorted = findings.sorted(by: Finding.ordered)
        self.init(path: path, sorted: sorted, playbook: playbook, source: source.keeping(lines: Self.quoted(by: sorted)))
    }

    private init(path: String, sorted: [Finding], playbook: Playbook?, source: SourceExcerpt) {
        self.path = path
        self.findings = sorted
        self.playbook = playbook
        self.source = source
    }

    /// Every line a finding or one of its related places points at.
    private static func quoted(by findings: [Finding]) -> Set<Int> {
        Set(findings.flatMap { [$0.location.mark.line] + $0.related.map(\.location.mark.line) })
    }

    /// The bytes of a 1-based line a finding quotes; nil for any other line.
    public func lineBytes(_ number: Int) -> ArraySlice<UInt8>? {
        source.line(number).map { $0[...] }
    }
}
