import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// Everything a rule says about itself: it feeds the checks' tests (the
/// examples), `launchplan rules` and `explain`, SARIF's driver, the waiver and
/// `--rule` checks, and the rule docs.
public struct RuleDescription: Sendable {
    public enum Kind: Sendable, Equatable {
        /// About reading the file (the loader and decoder report it): always an
        /// error, never waived, never turned off.
        case reading
        /// About the plan itself (a `PlanRule`, or `waiver-unused`).
        case plan
    }

    public var id: RuleID
    public var kind: Kind
    /// The severity its findings carry unless `--rule` or the config changes it.
    public var severity: Severity
    /// One line for the rules table.
    public var summary: String
    /// Why it matters, written for a dealer principal.
    public var rationale: String
    /// What resolves it, in one sentence.
    public var fix: String
    /// The keys the rule reads, as format patterns (`compensation.*.quota.by_day`;
    /// `*` an id, `[]` a list item; a pattern covers every key below it, except
    /// that one ending in `*` or `[]` reads only which entries exist), and
    /// `key=word` for a word of a vocabulary it looks for
    /// (`milestones[].delivers=team-briefed`). The format docs list, for every
    /// key, the rules that read it; a test checks each pattern names a key of
    /// the format and each finding of an example points at a key it reads.
    public var reads: [String]
    /// Whether the rule asks the expectation model, which reads
    /// `ExpectationModel.reads` on top of `reads`.
    public var readsModel: Bool
    /// Playbooks the rule must flag, at every `↓` and nowhere else.
    public var triggering: [Example]
    /// Playbooks the rule must leave alone.
    public var passing: [Example]

    public init(id: RuleID, severity: Severity, summary: String, rationale: String, fix: String,
                reads: [String], readsModel: Bool = false, triggering: [Example], passing: [Example]) {
        self.id = id
        kind = .plan
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.fix = fix
        self.reads = reads
        self.readsModel = readsModel
        self.triggering = triggering
        self.passing = passing
    }

    /// A reading rule: an error that cannot be waived; its examples are the
    /// loader and decoding tests.
    package static func reading(_ id: RuleID, _ summary: String) -> RuleDescription {
        var description = RuleDescription(
            id: id, severity: .error, summary: summary,
            rationale: "Reading findings are reported by the loader and the decoder; the README lists what each covers. They are errors and cannot be waived or turned off.",
            fix: "Correct the file at the position given.", reads: [], triggering: [], passing: [])
        description.kind = .reading
        return description
    }
}

/// A whole small playbook; `↓` stands right before each place a finding must
/// point at. It records the file and line that wrote it, so a failing
/// example points at itself.
public struct Example: Sendable {
    public var marked: String
    public var file: String
    public var line: Int

    public init(_ marked: String, file: String = #filePath, line: Int = #line) {
        self.marked = marked
        self.file = file
        self.line = line
    }

    /// The playbook without the markers.
    public var text: String { marked.replacingAll("↓", with: "") }

    /// The 1-based positions of the markers in `text`.
    public var marks: [Mark] {
        var marks: [Mark] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == "↓" {
                marks.append(Mark(line: line, column: column))
            } else if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return marks
    }
}
