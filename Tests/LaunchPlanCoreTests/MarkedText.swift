import LaunchPlanCore

/// Test text in which `↓` stands right before each position a finding must
/// point at, so tests state positions by pointing, not by counting columns.
struct MarkedText {
    let text: String
    let marks: [Mark]

    init(_ marked: String) {
        var text = ""
        var marks: [Mark] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == "↓" {
                marks.append(Mark(line: line, column: column))
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
        self.marks = marks
    }
}

func load(_ text: String, limits: InputLimits = .standard) -> LoadedDocument {
    YAMLLoader(limits: limits).load(Array(text.utf8))
}

func validate(_ text: String) -> FileReport {
    Validator().validate(PlaybookSource(path: "test.yaml", bytes: Array(text.utf8)))
}

/// The minimal valid playbook, to which tests add or change one thing.
let minimalPlaybook = """
    launchplan: 1
    dealership:
      name: Test Dealer
      services: [managed-print]
    roles:
      owner: {kind: owner}
      specialist: {kind: specialist}
    objectives:
      mrr: {metric: new-mrr, target: 5000, by_day: 90, owner: owner}
    milestones:
      - {id: day-30, day: 30, owner: owner, expect: [{metric: appointments, target: 5}]}

    """

/// The repository's root, for fixtures, playbooks and the checked-in schema.
let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

func readFile(_ relativePath: String) throws -> [UInt8] {
    try fileBytes(repositoryRoot + "/" + relativePath)
}

extension FileReport {
    /// What loading and decoding report (reading rules and `single-owner`),
    /// without the plan rules: what the decoding tests are about.
    var decodingFindings: [Finding] {
        findings.filter { $0.rule.isReading || $0.rule == .singleOwner }
    }
}
