import Foundation
import Testing

/// `launchplan diff` as CI runs it: versions from files or git, the exit
/// status under `--fail-on`, one line for a version that cannot be read.
@Suite("launchplan diff")
struct DiffCommandTests {
    static let lakeside = "playbooks/lakeside-story.yaml"
    static let fixed = "Tests/Fixtures/lakeside-without-hardware-clause.yaml"

    /// A fresh git repository holding the story as plan.yaml and folder/plan.yaml (one commit) and,
    /// uncommitted, the story without its hardware clause as fixed.yaml.
    static func repository() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-diff-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let root = CommandRunner.repositoryRoot
        try FileManager.default.copyItem(at: root.appendingPathComponent(lakeside), to: url.appendingPathComponent("plan.yaml"))
        try FileManager.default.copyItem(at: root.appendingPathComponent(fixed), to: url.appendingPathComponent("fixed.yaml"))
        let git = try CommandRunner.run(["-c", """
            cd "$0" && git init -q && mkdir folder && cp plan.yaml folder/ && git add plan.yaml folder && git -c user.name=test -c user.email=test@example.com commit -q -m story
            """, url.path], shell: true)
        #expect(git.status == 0, "\(git.stderr)")
        return url
    }

    static func diff(in folder: URL, _ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(["-c", "cd \"$0\" && bin=\"$1\" && shift && exec \"$bin\" diff --runs 1000 \"$@\"", folder.path, CommandRunner.binary.path] + arguments, shell: true)
    }

    @Test("git:REV:path reads the committed version: the same text from git and from the file is no change")
    func gitRevision() throws {
        let folder = try Self.repository()
        let result = try CommandRunner.run(["-c", "cd \"$1\" && \"$0\" diff --runs 1000 --format json git:HEAD:plan.yaml plan.yaml", CommandRunner.binary.path, folder.path], shell: true)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["base"] as? [String: Any])?["path"] as? String == "git:HEAD:plan.yaml")
        let findings = try #require(json["findings"] as? [String: [Any]])
        #expect(findings["introduced"]?.isEmpty == true && findings["resolved"]?.isEmpty == true && findings["changed"]?.isEmpty == true)
        #expect(findings["unchanged"]?.count == 12)
        let fixed = try CommandRunner.run(["-c", "cd \"$1\" && \"$0\" diff --runs 1000 git:HEAD:plan.yaml fixed.yaml", CommandRunner.binary.path, folder.path], shell: true)
        #expect(fixed.status == 0 && fixed.stdout.contains("| resolved | error | `hardware-clause-undermines-quota`"), "\(fixed.stderr)")
    }

    @Test("a revision or path git cannot find, a folder, or a malformed git: argument: exit 2, one line naming it, nothing on stdout", arguments: [
        (["git:no-such-revision:plan.yaml", "plan.yaml"], "cannot read 'git:no-such-revision:plan.yaml': "),
        (["git:HEAD:no-such.yaml", "plan.yaml"], "cannot read 'git:HEAD:no-such.yaml': "),
        (["plan.yaml", "git:HEAD:fixed.yaml"], "cannot read 'git:HEAD:fixed.yaml': "),
        (["git:HEAD:folder", "plan.yaml"], "not a file in that revision (a tree)"),
        (["git:HEAD", "plan.yaml"], "'git:HEAD' is not git:REV:path"),
        (["git:--output=x:plan.yaml", "plan.yaml"], "a revision cannot start with '-'"),
        (["no-such.yaml", "plan.yaml"], "cannot read 'no-such.yaml': no such file or directory"),
    ])
    func unreadable(_ arguments: [String], _ message: String) throws {
        let result = try Self.diff(in: try Self.repository(), arguments)
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("launchplan: error: ") && result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test("--fail-on introduced and worse: exit 1 only when the head adds an error or the primary objective drops beyond noise")
    func failOn() throws {
        let root = CommandRunner.repositoryRoot.path
        let adding = try Self.diff(in: URL(fileURLWithPath: root), ["--fail-on", "introduced", Self.fixed, Self.lakeside])
        #expect(adding.status == 1 && adding.stdout.contains("| introduced | error | `hardware-clause-undermines-quota`"))
        let removing = try Self.diff(in: URL(fileURLWithPath: root), ["--fail-on", "introduced", "--fail-on", "worse", Self.lakeside, Self.fixed])
        #expect(removing.status == 0)
        let plain = try Self.diff(in: URL(fileURLWithPath: root), [Self.fixed, Self.lakeside])
        #expect(plain.status == 0, "without --fail-on the diff is information")
        let worse = try CommandRunner.run(["-c", """
            sed 's/introductions_per_month: 0.5/introductions_per_month: 0/' playbooks/northwind-good.yaml > "$1/fewer.yaml" && \
            "$0" diff --runs 2000 --fail-on worse playbooks/northwind-good.yaml "$1/fewer.yaml"
            """, CommandRunner.binary.path, try Self.repository().path], shell: true)
        #expect(worse.status == 1 && worse.stdout.contains("falls from"), "\(worse.stdout)\(worse.stderr)")
        let bad = try CommandRunner.run(["diff", "--fail-on", "better", Self.lakeside, Self.fixed])
        #expect(bad.status == 2 && bad.stderr.split(separator: "\n").count == 1)
    }

    @Test("the Markdown of the story with and without its hardware clause (2,000 runs) is the golden file")
    func golden() throws {
        let result = try CommandRunner.run(["diff", "--runs", "2000", Self.lakeside, Self.fixed])
        #expect(result.status == 0)
        try CommandRunner.expectGolden(result.stdout, "diff-lakeside-hardware-clause.md")
    }

    @Test("the output does not depend on the thread count")
    func threads() throws {
        let one = try CommandRunner.run(["diff", "--runs", "3000", "--threads", "1", "--format", "json", Self.lakeside, Self.fixed])
        let three = try CommandRunner.run(["diff", "--runs", "3000", "--threads", "3", "--format", "json", Self.lakeside, Self.fixed])
        #expect(one.status == 0 && one.stdout == three.stdout)
    }
}
