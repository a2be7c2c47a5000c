import Foundation
import Testing
import LaunchPlanCore

/// `--color`, `TERM=dumb`, and JUnit that fails what the exit code fails.
@Suite("Colour and JUnit under --fail-on")
struct ColorAndJUnitTests {
    static let flawed = "Tests/Fixtures/flawed.yaml"

    @Test("--color always and never decide, whatever the output is")
    func choice() throws {
        let always = try CommandRunner.run(["validate", "--color", "always", Self.flawed])
        #expect(always.stdout.contains("\u{1B}[1;31merror"))
        let never = try CommandRunner.run(["validate", "--color", "never", Self.flawed])
        #expect(!never.stdout.contains("\u{1B}["))
        let bad = try CommandRunner.run(["validate", "--color", "sometimes", Self.flawed])
        #expect(bad.status == 2)
    }

    /// On a real terminal (a pseudo-terminal from `script`), auto colours unless TERM=dumb or NO_COLOR.
    @Test("auto on a terminal: colour, except under TERM=dumb or NO_COLOR", arguments: [("xterm", "", true), ("dumb", "", false), ("xterm", "1", false)])
    func auto(term: String, noColor: String, coloured: Bool) throws {
        let command = "\(CommandRunner.binary.path) validate \(Self.flawed)"
        let result = try CommandRunner.run(["-c", "script -qec '\(command)' /dev/null"], environment: ["TERM": term, "NO_COLOR": noColor], shell: true)
        #expect(result.stdout.contains("error"), "\(result.stdout.prefix(200)) \(result.stderr)")
        #expect(result.stdout.contains("\u{1B}[") == coloured, "TERM=\(term) NO_COLOR=\(noColor)")
    }

    @Test("JUnit fails what the exit code fails: warnings too under --fail-on warning")
    func junitFollowsFailOn() throws {
        let byDefault = try CommandRunner.run(["validate", "--format", "junit", "playbooks/exercises/sandbagged-quota/playbook.yaml"])
        let strict = try CommandRunner.run(["validate", "--format", "junit", "--fail-on", "warning", "playbooks/exercises/sandbagged-quota/playbook.yaml"])
        #expect(strict.status == 1)
        let failures = { (xml: String) in xml.components(separatedBy: "<failure ").count - 1 }
        #expect(failures(strict.stdout) > failures(byDefault.stdout))
        #expect(byDefault.status == (failures(byDefault.stdout) > 0 ? 1 : 0), "exit code and JUnit agree by default")
        #expect(strict.stdout.contains("failures=\"\(failures(strict.stdout))\""))
    }
}
