import Foundation
import Testing
import LaunchPlanCore

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
        #expect(Array(object.keys).sorted() == ["config", "files", "summary", "tool"])
        #expect(object["config"] is NSNull, "no .launchplan.yml in the repository")
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
        #expect(files.contains("playbooks/exercises/yaml-traps/playbook.yaml"))
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
        let json = try CommandRunner.run(["schema", "--format", "json"])
        #expect(json.status == 0 && json.stdout == checkedIn)
    }

    @Test("launchplan schema --format markdown prints exactly docs/playbook-format.md")
    func formatDocsDrift() throws {
        let result = try CommandRunner.run(["schema", "--format", "markdown"])
        #expect(result.status == 0)
        let checkedIn = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("docs/playbook-format.md"), encoding: .utf8)
        #expect(result.stdout == checkedIn, "run `swift run launchplan schema --format markdown > docs/playbook-format.md`")
        #expect(try CommandRunner.run(["schema", "--format", "yaml"]).status == 2)
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

@Suite("Waivers and rule levels on the command line")
struct RuleLevelCLITests {
    @Test("waived and unused waivers in text and JSON match their golden files")
    func waivedGolden() throws {
        let text = try CommandRunner.run(["validate", "Tests/Fixtures/waived.yaml"])
        try CommandRunner.expectGolden(text.stdout, "waived.text")
        let json = try CommandRunner.run(["validate", "--format", "json", "Tests/Fixtures/waived.yaml"])
        try CommandRunner.expectGolden(json.stdout, "waived.json")
        #expect(json.stdout.contains("\"waived\": true"))
    }

    @Test("--ignore-waivers makes a waived finding count again")
    func ignoreWaivers() throws {
        let honoured = try CommandRunner.run(["validate", "--fail-on", "warning", "--rule", "waiver-unused=off", "Tests/Fixtures/waived.yaml"])
        let ignored = try CommandRunner.run(["validate", "--fail-on", "warning", "--ignore-waivers", "--rule", "waiver-unused=off", "Tests/Fixtures/waived.yaml"])
        #expect(honoured.status == 0)
        #expect(ignored.status == 1)
        #expect(ignored.stdout.contains("[permission-without-sla]"))
    }

    @Test("--rule changes a severity or turns a rule off; bad ones are usage errors", arguments: [
        (["--rule", "team-not-briefed=off"], Int32(0)), (["--rule", "waiver-unused=error"], 1),
        (["--rule", "team-not-brefed=off"], 2), (["--rule", "yaml-syntax=off"], 2), (["--today", "tomorrow"], 2),
    ] as [([String], Int32)])
    func ruleLevels(options: [String], status: Int32) throws {
        let result = try CommandRunner.run(["validate"] + options + ["Tests/Fixtures/waived.yaml"])
        #expect(result.status == status)
        if status == 2 {
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test(".launchplan.yml is found from the working directory upward, up to the repository root")
    func configDiscovery() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-config-\(getpid())")
        let inner = folder.appendingPathComponent("plans/q1")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "rules:\n  waiver-unused: error\n".write(to: folder.appendingPathComponent(".launchplan.yml"), atomically: true, encoding: .utf8)
        let playbook = CommandRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/waived.yaml").path
        let result = try CommandRunner.run(["-c", "cd \"$1\" && \"$0\" validate \"$2\"", CommandRunner.binary.path, inner.path, playbook], shell: true)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: this waiver of `team-not-briefed` matches no finding"))
        #expect(result.stdout.contains("(rule levels from ../../.launchplan.yml)\nNot ready: "), "the summary names the config in use, the verdict follows")
        try "rules:\n  waiver-unusd: error\n".write(to: folder.appendingPathComponent(".launchplan.yml"), atomically: true, encoding: .utf8)
        let broken = try CommandRunner.run(["-c", "cd \"$1\" && \"$0\" validate \"$2\"", CommandRunner.binary.path, inner.path, playbook], shell: true)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(".launchplan.yml:2:3: unknown rule `waiver-unusd`; did you mean `waiver-unused`?"))
    }
}

@Suite("launchplan explain")
struct ExplainTests {
    @Test("a rule: rationale, fix, the triggering example with its finding, and a passing example")
    func rule() throws {
        let result = try CommandRunner.run(["explain", "permission-without-sla"])
        #expect(result.status == 0)
        for part in ["permission-without-sla (warning)", "Why it matters", "Fix", "Triggers", "Does not trigger",
                     "example.yaml:", "[permission-without-sla]"] {
            #expect(result.stdout.contains(part), "missing \(part)")
        }
    }

    @Test("--plan shows the calculation behind the hardware clause on the lakeside story")
    func plan() throws {
        let result = try CommandRunner.run(["explain", "hardware-clause-undermines-quota", "--plan", "playbooks/lakeside-story.yaml"])
        #expect(result.status == 0)
        try CommandRunner.expectGolden(result.stdout, "explain-hardware-clause.text")
        #expect(result.stdout.contains("hardware diversion (h)                         0.7701"))
    }

    @Test("an unknown id: did you mean, exit 2", arguments: [
        ("permision-without-sla", "did you mean `permission-without-sla`?"), ("hardware-clause", "did you mean `hardware-clause-undermines-quota`?"),
        ("nonsense", "see `launchplan rules`"),
    ])
    func unknown(id: String, hint: String) throws {
        let result = try CommandRunner.run(["explain", id])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(hint))
    }
}

@Suite("launchplan simulate")
struct SimulateExpectedTests {
    @Test("text and JSON match their golden files on the lakeside story, counterfactual included")
    func golden() throws {
        let text = try CommandRunner.run(["simulate", "--expected", "playbooks/lakeside-story.yaml"])
        #expect(text.status == 0)
        try CommandRunner.expectGolden(text.stdout, "simulate-expected-lakeside.text")
        let json = try CommandRunner.run(["simulate", "--expected", "--format", "json", "playbooks/lakeside-story.yaml"])
        #expect(json.status == 0)
        try CommandRunner.expectGolden(json.stdout, "simulate-expected-lakeside.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for key in ["runs", "seed", "horizon_days", "assumptions", "checkpoints", "objectives", "roles", "counterfactual", "sensitivity"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        let role = try #require((object["roles"] as? [[String: Any]])?.first)
        #expect(Set(role.keys) == ["role", "quota_attainment", "adjustment_probability", "pay", "hardware_diversion"])
        #expect(object["counterfactual"] is [String: Any])
    }

    @Test("a plan of two services: every row names its service (golden), money in the plan's currency")
    func twoServicesGolden() throws {
        let text = try CommandRunner.run(["simulate", "--expected", "Tests/Fixtures/two-services.yaml"])
        #expect(text.status == 0)
        try CommandRunner.expectGolden(text.stdout, "simulate-expected-two-services.text")
    }

    @Test("--show-defaults is in --help; without it one line counts the defaults, with it each is listed")
    func showDefaults() throws {
        let help = try CommandRunner.run(["simulate", "--help"])
        #expect(help.stdout.contains("--show-defaults"))
        let plain = try CommandRunner.run(["simulate", "--expected", "playbooks/northwind-good.yaml"])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasSuffix("\nAssumptions: 23 of 25 use the format's defaults, not numbers from the playbook (--show-defaults lists them).\n"))
        #expect(!plain.stdout.contains("touches_per_day"))
        let listed = try CommandRunner.run(["simulate", "--expected", "--show-defaults", "playbooks/northwind-good.yaml"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\ntouches_per_day ") && listed.stdout.contains("\nhardware_diversion_percent "))
        #expect(!listed.stdout.contains("\nreferrals_per_month "), "set in the playbook")
    }

    @Test("the good plan has no counterfactual")
    func noCounterfactual() throws {
        let json = try CommandRunner.run(["simulate", "--expected", "--format", "json", "playbooks/northwind-good.yaml"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"counterfactual\": null"))
    }

    @Test("a playbook with reading findings is refused with them, exit 1")
    func refused() throws {
        let result = try CommandRunner.run(["simulate", "--expected", "playbooks/exercises/yaml-traps/playbook.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[schema-unknown-key]"))
        #expect(!result.stderr.contains("[team-not-briefed]"), "only reading findings")
    }

    @Test("Monte Carlo output is byte-identical whatever the number of threads")
    func threads() throws {
        let one = try CommandRunner.run(["simulate", "--runs", "3000", "--threads", "1", "--format", "json", "playbooks/lakeside-story.yaml"])
        let two = try CommandRunner.run(["simulate", "--runs", "3000", "--threads", "2", "--format", "json", "playbooks/lakeside-story.yaml"])
        let many = try CommandRunner.run(["simulate", "--runs", "3000", "--threads", "7", "--format", "json", "playbooks/lakeside-story.yaml"])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout == many.stdout)
    }

    /// One Monte Carlo golden pins the numbers (JSON); the text and CSV of the
    /// same run are checked against it rather than pinned again, so a change
    /// in the random draws re-records one file, not three.
    @Test("a small Monte Carlo run matches its golden JSON")
    func monteCarloGolden() throws {
        let json = try CommandRunner.run(["simulate", "--runs", "2000", "--seed", "7", "--format", "json", "playbooks/lakeside-story.yaml"])
        #expect(json.status == 0)
        try CommandRunner.expectGolden(json.stdout, "simulate-lakeside-2000.json")
    }

    /// The (label, mean, probability) of every checkpoint expectation and objective in a `simulate` JSON.
    static func estimates(_ json: String) throws -> [(label: String, mean: Double, probability: Double)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var rows: [(String, Double, Double)] = []
        for checkpoint in try #require(object["checkpoints"] as? [[String: Any]]) {
            for e in try #require(checkpoint["expectations"] as? [[String: Any]]) {
                rows.append(("\(checkpoint["milestone"] ?? ""): \(e["metric"] ?? "")", try #require(e["mean"] as? Double), try #require(e["probability"] as? Double)))
            }
        }
        for o in try #require(object["objectives"] as? [[String: Any]]) {
            rows.append(("\(o["objective"] ?? ""): \(o["metric"] ?? "")", try #require(o["mean"] as? Double), try #require(o["probability"] as? Double)))
        }
        return rows
    }

    @Test("text and CSV show the numbers of the JSON of the same run", arguments: ["playbooks/lakeside-story.yaml", "playbooks/northwind-good.yaml"])
    func textAndCSVAgreeWithJSON(file: String) throws {
        let run = ["simulate", "--runs", "2000", "--seed", "7", "--no-sensitivity", file]
        let json = try CommandRunner.run(run + ["--format", "json"])
        let text = try CommandRunner.run(run)
        let csv = try CommandRunner.run(run + ["--format", "csv"])
        #expect(json.status == 0 && text.status == 0 && csv.status == 0)
        let rows = try Self.estimates(json.stdout)
        #expect(!rows.isEmpty)
        let textLines = text.stdout.split(separator: "\n").map(String.init)
        for row in rows {
            let line = textLines.first { $0.hasPrefix(row.label + " ") }
            #expect(line?.contains(" \(NumberText.amount(row.mean)) ") == true, "\(row.label): \(line ?? "no line")")
            #expect(line?.contains(" \(NumberText.percent(row.probability))") == true, "\(row.label): \(line ?? "no line")")
        }
        #expect(csv.stdout.hasPrefix(Projection.csvHeader))
        let csvRows = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let estimates = csvRows.filter { $0.count == 14 && ($0[1] == "checkpoint" || $0[1] == "objective") }
        #expect(estimates.count == rows.count)
        for (cells, row) in zip(estimates, rows) {
            #expect(abs((Double(cells[8]) ?? .nan) - row.mean) < 1e-6 * max(1, abs(row.mean)), "\(row.label) mean")
            #expect(abs((Double(cells[7]) ?? .nan) - row.probability) < 1e-9, "\(row.label) probability")
        }
        #expect(csvRows.contains { $0.count > 1 && $0[1] == "role" })
    }

    @Test("--compare shows both plans with the same seed")
    func compare() throws {
        let result = try CommandRunner.run(["simulate", "--runs", "500", "--no-sensitivity", "--format", "json",
                                            "--compare", "playbooks/northwind-good.yaml", "playbooks/lakeside-story.yaml"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let plans = try #require(object["compare"] as? [[String: Any]])
        #expect(plans.compactMap { $0["path"] as? String } == ["playbooks/lakeside-story.yaml", "playbooks/northwind-good.yaml"])
    }

    @Test("bad run settings are usage errors (exit 2); a flawed file is refused (exit 1)", arguments: [
        (["--runs", "0"], Int32(2)), (["--runs", "-5"], 2), (["--threads", "0"], 2), (["--seed", "minus"], 2),
    ] as [([String], Int32)])
    func badSettings(options: [String], status: Int32) throws {
        let result = try CommandRunner.run(["simulate"] + options + ["playbooks/lakeside-story.yaml"])
        #expect(result.status == status)
        #expect(result.stdout.isEmpty)
        let flawed = try CommandRunner.run(["simulate", "--runs", "10", "playbooks/exercises/yaml-traps/playbook.yaml"])
        #expect(flawed.status == 1)
        #expect(flawed.stderr.contains("[yaml-duplicate-key]"))
    }
}

@Suite("validate: SARIF, GitHub and JUnit output")
struct CIFormatTests {
    /// Every format with a golden file `flawed-and-waived.FORMAT`: a new format
    /// is tested by adding its golden, nothing else.
    static let goldenFormats: [String] = ((try? FileManager.default.contentsOfDirectory(
        atPath: CommandRunner.repositoryRoot.appendingPathComponent("Tests/Golden").path)) ?? [])
        .filter { $0.hasPrefix("flawed-and-waived.") }.map { String($0.dropFirst("flawed-and-waived.".count)) }.sorted()

    @Test("every format with a golden file is one --help offers")
    func everyFormatHasAGolden() throws {
        let help = try CommandRunner.run(["validate", "--help"]).stdout
        #expect(!Self.goldenFormats.isEmpty)
        for format in Self.goldenFormats { #expect(help.contains(format), "\(format) in --help") }
    }

    @Test("each format matches its golden file, for findings and waived findings", arguments: goldenFormats)
    func golden(format: String) throws {
        let result = try CommandRunner.run(["validate", "--format", format, "Tests/Fixtures/flawed.yaml", "Tests/Fixtures/waived.yaml"])
        #expect(result.status == 1)
        try CommandRunner.expectGolden(result.stdout, "flawed-and-waived.\(format)")
    }

    @Test("SARIF lists every rule in the driver and points results at them")
    func sarif() throws {
        let result = try CommandRunner.run(["validate", "--format", "sarif", "Tests/Fixtures/waived.yaml"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == Catalogue.descriptions.map(\.id.id), "every rule of the registry, in order")
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.contains { $0["suppressions"] != nil }, "the waived finding is suppressed")
    }
}
