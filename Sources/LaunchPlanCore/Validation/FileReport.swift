/// The findings for one file, sorted as the spec orders them, with the
/// source lines the text output quotes.
public struct FileReport: Sendable {
    public var path: String
    public var findings: [Finding]
    /// The decoded plan, when the file could be read as a playbook at all.
    public var playbook: Playbook?
    /// The file's lines (without line endings), for quoting under a finding.
    public var lines: [Substring]

    public init(path: String, findings: [Finding], playbook: Playbook?, lines: [Substring]) {
        self.path = path
        self.findings = findings.sorted(by: Finding.ordered)
        self.playbook = playbook
        self.lines = lines
    }

    /// The text of a 1-based line, if the file has it.
    public func line(_ number: Int) -> Substring? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
