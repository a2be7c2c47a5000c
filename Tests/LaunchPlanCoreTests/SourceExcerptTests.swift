import Testing
@testable import LaunchPlanCore

/// A report over thousands of files must not keep every file's bytes: each
/// file report holds the lines its findings quote, and nothing else.
@Suite("File reports keep only the lines they quote")
struct SourceExcerptTests {
    func finding(line: Int, related: Int? = nil) -> Finding {
        let place = { (line: Int) in SourceLocation(mark: Mark(line: line, column: 1), keyPath: .root) }
        return Finding(rule: .permissionWithoutSLA, message: "m", at: place(line),
                       related: related.map { [Finding.Related(place($0), note: "n")] } ?? [], fix: "f")
    }

    @Test("the quoted lines and their related lines are kept; the others are not")
    func onlyQuoted() {
        let source = Array((1...1_000).map { "line \($0)\n" }.joined().utf8)
        let report = FileReport(path: "p", findings: [finding(line: 7, related: 500)], playbook: nil, source: source)
        #expect(report.lineBytes(7).map { String(decoding: $0, as: UTF8.self) } == "line 7")
        #expect(report.lineBytes(500).map { String(decoding: $0, as: UTF8.self) } == "line 500")
        #expect(report.lineBytes(8) == nil)
        #expect(report.lineBytes(1) == nil)
    }

    @Test("line breaks LF, CRLF and CR, a byte-order mark, an empty last line, past the end", arguments: [
        ("\u{FEFF}a\r\nb\rc\n", [1: "a", 2: "b", 3: "c", 4: ""]),
        ("", [1: ""]),
        ("x", [1: "x", 2: nil]),
    ] as [(String, [Int: String?])])
    func lineBreaks(text: String, lines: [Int: String?]) {
        let report = FileReport(path: "p", findings: lines.keys.map { finding(line: $0) }, playbook: nil, source: Array(text.utf8))
        for (number, expected) in lines {
            #expect(report.lineBytes(number).map { String(decoding: $0, as: UTF8.self) } == expected, "line \(number)")
        }
    }

    @Test("a report over some of another's findings quotes from its excerpt")
    func subset() {
        let whole = FileReport(path: "p", findings: [finding(line: 2), finding(line: 3)], playbook: nil, source: Array("a\nb\nc\n".utf8))
        let part = FileReport(path: "p", findings: [whole.findings[1]], playbook: nil, source: whole.source)
        #expect(part.lineBytes(3).map { String(decoding: $0, as: UTF8.self) } == "c")
        #expect(part.lineBytes(2) == nil)
    }
}
