import Foundation
import Testing

/// The VS Code task in README.md: its problem matcher finds every active
/// finding of the text output, with the right place, severity and rule, and
/// nothing else (not notes, fixes, waived findings or the summary).
@Suite("VS Code problem matcher")
struct ProblemMatcherTests {
    static func matcher() throws -> (regex: NSRegularExpression, groups: [String: Int]) {
        let readme = try ReadmeSampleTests.readme()
        let after = try #require(readme.range(of: "<!-- vscode-tasks -->\n```json\n"))
        let end = try #require(readme.range(of: "\n```", range: after.upperBound..<readme.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(readme[after.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let task = try #require((json["tasks"] as? [[String: Any]])?.first)
        let pattern = try #require((task["problemMatcher"] as? [String: Any])?["pattern"] as? [String: Any])
        let regex = try NSRegularExpression(pattern: try #require(pattern["regexp"] as? String))
        var groups: [String: Int] = [:]
        for key in ["file", "line", "column", "severity", "message", "code"] { groups[key] = pattern[key] as? Int }
        return (regex, groups)
    }

    @Test("every active finding of the text output, at its place, and nothing else")
    func matchesFindings() throws {
        let (regex, groups) = try Self.matcher()
        let text = try CommandRunner.run(["validate", "--color", "never", "Tests/Fixtures/flawed.yaml", "Tests/Fixtures/waived.yaml"]).stdout
        let json = try CommandRunner.run(["validate", "--format", "json", "Tests/Fixtures/flawed.yaml", "Tests/Fixtures/waived.yaml"]).stdout
        let files = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["files"] as? [[String: Any]])
        var expected: [String] = []
        for file in files {
            for finding in file["findings"] as? [[String: Any]] ?? [] where finding["waived"] as? Bool != true {
                expected.append("\(file["path"]!):\(finding["line"]!):\(finding["column"]!):\(finding["severity"]!):\(finding["rule"]!)")
            }
        }
        var matched: [String] = []
        for line in text.split(separator: "\n").map(String.init) {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = regex.firstMatch(in: line, range: range) else { continue }
            func group(_ key: String) -> String { String(line[Range(match.range(at: groups[key]!), in: line)!]) }
            matched.append("\(group("file")):\(group("line")):\(group("column")):\(group("severity")):\(group("code"))")
            #expect(!group("message").isEmpty)
        }
        #expect(expected.count > 5)
        #expect(matched == expected)
        #expect(text.contains("warning (waived):"), "the fixture has a waived finding, which the matcher leaves out")
    }
}
