import Foundation
import Testing

/// `launchplan report` as a user runs it: the exit status says the verdict,
/// the file is written whole or not at all.
@Suite("launchplan report")
struct ReportCommandTests {
    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-report-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a plan with errors: the report is written and the exit status is 1; a clean plan: 0")
    func verdictInExitStatus() throws {
        let folder = try Self.folder("verdict")
        let lakeside = folder.appendingPathComponent("lakeside.html").path
        let fix = try CommandRunner.run(["report", "--runs", "1000", "playbooks/lakeside-story.yaml", "-o", lakeside])
        #expect(fix.status == 1 && fix.stdout.isEmpty && fix.stderr.contains("(fix these first)"))
        #expect(try String(contentsOfFile: lakeside, encoding: .utf8).contains("<h2>Fix these first</h2>"))
        let ready = try CommandRunner.run(["report", "--runs", "1000", "playbooks/northwind-good.yaml", "-o", "-"])
        #expect(ready.status == 0 && ready.stdout.hasPrefix("<!DOCTYPE html>") && ready.stdout.contains("<h2>Ready to hire</h2>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lakeside.html"], "no temporary file left")
    }

    @Test("--format markdown: the same verdict as Markdown, to a file or standard output")
    func markdown() throws {
        let folder = try Self.folder("markdown")
        let output = folder.appendingPathComponent("lakeside.md").path
        let written = try CommandRunner.run(["report", "--runs", "1000", "--format", "markdown", "playbooks/lakeside-story.yaml", "-o", output])
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.status == 1 && text.hasPrefix("# Lakeside Office Systems\n") && text.contains("\n## Fix these first\n"))
        let printed = try CommandRunner.run(["report", "--runs", "1000", "--format", "markdown", "playbooks/northwind-good.yaml", "-o", "-"])
        #expect(printed.status == 0 && printed.stdout.contains("\n## Ready to hire\n") && !printed.stdout.contains("<svg"))
        let bad = try CommandRunner.run(["report", "--format", "pdf", "playbooks/northwind-good.yaml", "-o", "-"])
        #expect(bad.status == 2 && bad.stdout.isEmpty)
    }

    @Test("an existing report is replaced only by a complete one: a plan that cannot be read leaves it as it was")
    func replacedOnlyWhenComplete() throws {
        let folder = try Self.folder("replace")
        let output = folder.appendingPathComponent("report.html").path
        try "the old report\n".write(toFile: output, atomically: false, encoding: .utf8)
        let refused = try CommandRunner.run(["report", "playbooks/exercises/yaml-traps/playbook.yaml", "-o", output])
        #expect(refused.status == 1 && refused.stderr.contains("[yaml-duplicate-key]"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "the old report\n")
        let replaced = try CommandRunner.run(["report", "--runs", "1000", "playbooks/northwind-good.yaml", "-o", output])
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(replaced.status == 0 && written.hasSuffix("</html>\n"))
    }

    @Test("a path that cannot be written, a missing playbook or bad options: exit 2, one line, nothing written", arguments: [
        ["report", "--runs", "1000", "playbooks/northwind-good.yaml", "-o", "/proc/launchplan-cannot/report.html"],
        ["report", "no-such-plan.yaml", "-o", "-"],
        ["report", "--runs", "0", "playbooks/northwind-good.yaml"],
    ])
    func refuses(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("launchplan: error: ") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }
}
