import LaunchPlanSupport

/// One problem in a playbook. A plain value: it never prints itself; the
/// output layer turns it into text, JSON and the other formats.
public struct Finding: Hashable, Sendable {
    /// Another node that takes part, e.g. the first occurrence of a duplicate key.
    public struct Related: Hashable, Sendable {
        public var location: SourceLocation
        /// Why it is mentioned ("first defined here"); shown in text output.
        public var note: String

        public init(_ location: SourceLocation, note: String) {
            self.location = location
            self.note = note
        }
    }

    public var rule: RuleID
    public var severity: Severity
    public var message: String
    /// The node most responsible.
    public var location: SourceLocation
    public var related: [Related]
    /// One sentence on what would resolve it.
    public var fix: String
    /// Set when a waiver in the playbook accepts this finding: its reason.
    public var waiver: String?

    /// Reading findings (the loader's and the decoder's) are always errors; a
    /// plan rule passes its description's severity.
    public init(
        rule: RuleID, severity: Severity = .error, message: String, at location: SourceLocation,
        related: [Related] = [], fix: String
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.related = related
        self.fix = fix
        self.waiver = nil
    }

    public var isWaived: Bool { waiver != nil }

    /// The spec's order: line, then column, then rule id.
    public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        if a.location.mark != b.location.mark { return a.location.mark < b.location.mark }
        if a.rule.id != b.rule.id { return a.rule.id < b.rule.id }
        return a.message < b.message
    }
}
