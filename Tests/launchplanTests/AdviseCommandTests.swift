import Foundation
import Testing

/// `launchplan advise` as a user runs it: formats, the patch applied by git,
/// `-o`, limits and bad input.
@Suite("advise command")
struct AdviseCommandTests {
    static let lakeside = "playbooks/lakeside-story.yaml"

    @Test("text, JSON, Markdown and the patch on the lakeside story match their golden files; the plan can be fixed (exit 0)")
    func golden() throws {
        for (format, name) in [("text", "advise-lakeside.text"), ("json", "advise-lakeside.json"), ("markdown", "advise-lakeside.md"), ("patch", "advise-lakeside.patch")] {
            let result = try CommandRunner.run(["advise", Self.lakeside, "--format", format], environment: ["NO_COLOR": "1"])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            try CommandRunner.expectGolden(result.stdout, name)
        }
        let json = try CommandRunner.run(["advise", Self.lakeside, "--format", "json"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
    }

    @Test("the same output with one thread as with all")
    func threads() throws {
        let one = try CommandRunner.run(["advise", Self.lakeside, "--threads", "1", "--runs", "3000"])
        let all = try CommandRunner.run(["advise", Self.lakeside, "--runs", "3000"])
        #expect(one.status == all.status && !one.stdout.isEmpty && one.stdout == all.stdout)
    }

    /// A temporary git repository holding the playbook.
    static func repository() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advise-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("playbooks"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.repositoryRoot.appendingPathComponent(lakeside), to: folder.appendingPathComponent(lakeside))
        return folder
    }

    @Test("`git apply` and `patch -p1` accept the patch: the playbook then has no error and every comment it had")
    func patchApplies() throws {
        let patch = try CommandRunner.run(["advise", Self.lakeside, "--format", "patch"]).stdout
        #expect(patch.hasPrefix("--- a/playbooks/lakeside-story.yaml\n+++ b/playbooks/lakeside-story.yaml\n@@ "))
        let original = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent(Self.lakeside), encoding: .utf8)
        let comments = original.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(comments.count >= 5)
        for tool in ["git apply", "patch -p1 --quiet"] {
            let folder = try Self.repository()
            defer { try? FileManager.default.removeItem(at: folder) }
            try patch.write(to: folder.appendingPathComponent("advice.patch"), atomically: true, encoding: .utf8)
            let applied = try CommandRunner.run(["-c", "cd '\(folder.path)' && \(tool) < advice.patch"], shell: true)
            #expect(applied.status == 0, "\(tool): \(applied.stderr)")
            let path = folder.appendingPathComponent(Self.lakeside).path
            let changed = try String(contentsOfFile: path, encoding: .utf8)
            #expect(changed.split(separator: "\n").filter { $0.hasPrefix("#") } == comments, "\(tool)")
            let json = try CommandRunner.run(["validate", "--format", "json", path])
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["summary"] as? [String: Any]
            #expect(summary?["errors"] as? Int == 0, "\(tool)")
        }
    }

    @Test("-o writes the changed playbook atomically, the same text the patch makes; -o - prints it")
    func output() throws {
        let folder = try Self.repository()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("fixed.yaml").path
        let written = try CommandRunner.run(["advise", Self.lakeside, "-o", target, "--format", "patch"])
        #expect(written.status == 0, "\(written.stderr)")
        try written.stdout.write(to: folder.appendingPathComponent("advice.patch"), atomically: true, encoding: .utf8)
        _ = try CommandRunner.run(["-c", "cd '\(folder.path)' && git apply < advice.patch"], shell: true)
        let patched = try String(contentsOfFile: folder.appendingPathComponent(Self.lakeside).path, encoding: .utf8)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == patched)
        let printed = try CommandRunner.run(["advise", Self.lakeside, "-o", "-"])
        #expect(printed.stdout == patched)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".launchplan-") }
        #expect(leftovers.isEmpty)
        let unwritable = try CommandRunner.run(["advise", Self.lakeside, "-o", "/nonexistent-folder/fixed.yaml"])
        #expect(unwritable.status == 2)
    }

    @Test("--keep and --budget are the owner's limits; --errors-only leaves the warnings")
    func limits() throws {
        let kept = try CommandRunner.run(["advise", Self.lakeside, "--keep", "commission,checkpoint", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(kept.stdout.utf8)) as? [String: Any])
        let changes = try #require((json["combined"] as? [String: Any])?["changes"] as? [[String: Any]])
        #expect(!changes.contains { ["commission", "checkpoint"].contains($0["lever"] as? String) })
        #expect(kept.status == 1, "the hardware clause needs a commission change")
        let budget = try CommandRunner.run(["advise", Self.lakeside, "--budget", "0", "--keep", "commission", "--format", "json"])
        let combined = try #require(try JSONSerialization.jsonObject(with: Data(budget.stdout.utf8)) as? [String: Any])["combined"] as? [String: Any]
        #expect(try #require(combined?["cost_per_year"] as? Double) <= 0)
        let errorsOnly = try CommandRunner.run(["advise", Self.lakeside, "--errors-only"])
        #expect(errorsOnly.status == 0)
        #expect(errorsOnly.stdout.contains("to 0 errors and"))
    }

    @Test("bad input: one line on standard error, exit 2, nothing on standard output", arguments: [
        (["advise", "missing.yaml"], "cannot read 'missing.yaml'"),
        (["advise", "Tests/Fixtures/flawed.yaml"], "Tests/Fixtures/flawed.yaml:9:3: the key `specialist` appears twice"),
        (["advise", lakeside, "--keep", "salary"], "no lever kind `salary`"),
        (["advise", lakeside, "--runs", "0"], "--runs must be from 1 to 100000"),
        (["advise", lakeside, "--budget", "-5"], "--budget must be a number of 0 or more"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
