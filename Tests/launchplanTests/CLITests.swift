import Foundation
import Testing

@Suite("launchplan validate and schema, run as a user would")
struct CLITests {
    @Test("a good playbook: exit 0 and a clean summary")
    func good() throws {
        let result = try CommandRunner.run(["validate", "playbooks/northwind-good.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 file checked: no findings\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("text output matches its golden file; findings exit 1")
    func textGolden() throws {
        let result = try CommandRunner.run(["validate", "Tests/Fixtures/flawed.yaml"], environment: ["NO_COLOR": ""])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
        try CommandRunner.expectGolden(result.stdout, "flawed.text")
    }

    @Test("JSON output matches its golden file and parses as JSON")
    func jsonGolden() throws {
        let result = try CommandRunner.run(["validate", "--format", "json", "Tests/Fixtures/flawed.yaml"])
        #expect(result.status == 1)
        try CommandRunner.expectGolden(result.stdout, "flawed.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["tool", "files", "summary"])
    }

    @Test("--fail-on never exits 0 even with errors")
    func failOnNever() throws {
        let result = try CommandRunner.run(["validate", "--fail-on", "never", "Tests/Fixtures/flawed.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[yaml-duplicate-key]"))
    }

    @Test("a directory is searched recursively for *.yaml and *.yml, in sorted order")
    func directory() throws {
        let result = try CommandRunner.run(["validate", "--format", "json", "--fail-on", "never", "playbooks"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        let root = CommandRunner.repositoryRoot.appendingPathComponent("playbooks").path
        let expected = try #require(FileManager.default.subpaths(atPath: root))
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { "playbooks/\($0)" }.sorted()
        #expect(files == expected)
        #expect(files.contains("playbooks/lakeside-story.yaml"))
        #expect(files.contains("playbooks/exercises/yaml-traps.yaml"))
    }

    @Test("unreadable paths and usage errors: one line on stderr, nothing on stdout, exit 2", arguments: [
        ["validate", "no-such-file.yaml"],
        ["validate", "Tests/launchplanTests"],
        ["validate", "--format", "xml", "playbooks"],
        ["validate", "--fail-on", "sometimes", "playbooks"],
        ["validate"],
        ["frobnicate"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test("a missing file names the path and the reason")
    func missingFile() throws {
        let result = try CommandRunner.run(["validate", "no-such-file.yaml"])
        #expect(result.stderr == "launchplan: error: cannot read 'no-such-file.yaml': no such file or directory\n")
    }

    @Test("--version and help")
    func versionAndHelp() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try CommandRunner.run(["help", "validate"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--fail-on"))
    }

    @Test("launchplan rules prints the table; --format markdown the docs")
    func rules() throws {
        let table = try CommandRunner.run(["rules"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("RULE "))
        #expect(table.stdout.contains("team-not-briefed"))
        let docs = try CommandRunner.run(["rules", "--format", "markdown"])
        let checkedIn = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(docs.stdout == checkedIn)
    }

    @Test("launchplan schema prints exactly schemas/playbook.schema.json")
    func schemaDrift() throws {
        let result = try CommandRunner.run(["schema"])
        #expect(result.status == 0)
        let checkedIn = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("schemas/playbook.schema.json"), encoding: .utf8)
        #expect(result.stdout == checkedIn, "run `swift run launchplan schema > schemas/playbook.schema.json`")
    }
}

@Suite("Reading from pipes")
struct PipeTests {
    @Test("a playbook read through a pipe is read whole (st_size is 0 there)")
    func pipe() throws {
        let result = try CommandRunner.run(["-c", "cat playbooks/northwind-good.yaml | \"$0\" validate /dev/stdin", CommandRunner.binary.path], shell: true)
        #expect(result.status == 0)
        #expect(result.stdout == "1 file checked: no findings\n")
    }
}
