/// Everything a rule says about itself: it feeds the checks' tests (the
/// examples), `launchplan rules` and `explain`, and the rule docs.
public struct RuleDescription: Sendable {
    public var id: RuleID
    /// One line for the rules table.
    public var summary: String
    /// Why it matters, written for a dealer principal.
    public var rationale: String
    /// What resolves it, in one sentence.
    public var fix: String
    /// Playbooks the rule must flag, at every `↓` and nowhere else.
    public var triggering: [Example]
    /// Playbooks the rule must leave alone.
    public var passing: [Example]

    public init(id: RuleID, summary: String, rationale: String, fix: String, triggering: [Example], passing: [Example]) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.fix = fix
        self.triggering = triggering
        self.passing = passing
    }
}

/// A whole small playbook; `↓` stands right before each place a finding must point at.
public struct Example: Sendable {
    public var marked: String

    public init(_ marked: String) {
        self.marked = marked
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

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
