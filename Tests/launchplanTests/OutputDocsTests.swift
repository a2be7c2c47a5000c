import Foundation
import Testing
@testable import LaunchPlanCore

/// `docs/output.md` names every field of the JSON output, and only those: the
/// table after each `<!-- fields: NAME -->` comment against real output.
@Suite("docs/output.md")
struct OutputDocsTests {
    /// The field paths of the table after `<!-- fields: name -->`.
    static func documented(_ name: String) throws -> Set<String> {
        let text = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("docs/output.md"), encoding: .utf8)
        let start = try #require(text.range(of: "<!-- fields: \(name) -->\n"), "docs/output.md has no table for \(name)")
        var fields: Set<String> = []
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { break }
            let cell = line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if cell.hasPrefix("`"), cell.hasSuffix("`"), cell.count > 2 { fields.insert(String(cell.dropFirst().dropLast())) }
        }
        return fields
    }

    /// Every path in a JSON value: dots between keys, `[]` for array items.
    static func paths(_ value: Any, _ path: String = "", into out: inout Set<String>) {
        if !path.isEmpty { out.insert(path) }
        if let object = value as? [String: Any] {
            for (key, member) in object { paths(member, path.isEmpty ? key : path + "." + key, into: &out) }
        } else if let array = value as? [Any] {
            for item in array { paths(item, path + "[]", into: &out) }
        }
    }

    static func paths(ofJSON text: String) throws -> Set<String> {
        var out: Set<String> = []
        paths(try JSONSerialization.jsonObject(with: Data(text.utf8)), into: &out)
        return out
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("Tests/Golden/\(name)"), encoding: .utf8)
    }

    /// A simulate field as documented: the counterfactual shares the top
    /// level's fields, and below `assumptions` are the playbook's keys.
    static func simulateField(_ path: String) -> String? {
        var path = path
        if path.hasPrefix("counterfactual.") { path.removeFirst("counterfactual.".count) }
        if path.hasPrefix("assumptions.") { return nil }
        return path
    }

    @Test("validate --format json: every field documented, every documented field printed")
    func validate() throws {
        let documented = try Self.documented("validate")
        let printed = try Self.paths(ofJSON: Self.golden("flawed.json")).union(Self.paths(ofJSON: Self.golden("waived.json")))
        #expect(printed.subtracting(documented).isEmpty, "undocumented: \(printed.subtracting(documented).sorted())")
        #expect(documented.subtracting(printed).isEmpty, "documented, never printed: \(documented.subtracting(printed).sorted())")
    }

    @Test("simulate --format json (Monte Carlo and --expected): every field documented, every documented field printed")
    func simulate() throws {
        let documented = try Self.documented("simulate")
        let raw = try Self.paths(ofJSON: Self.golden("simulate-lakeside-2000.json"))
            .union(Self.paths(ofJSON: Self.golden("simulate-expected-lakeside.json")))
        // A plan with uncertain assumptions adds `importance` (the goldens have none).
        let uncertain = try CommandRunner.run(["simulate", "--runs", "300", "--no-sensitivity", "--format", "json", "playbooks/northwind-uncertain.yaml"])
        #expect(uncertain.status == 0)
        let ranged = try Self.paths(ofJSON: uncertain.stdout)
        #expect(ranged.contains("importance[].correlation"))
        let printed = Set(raw.union(ranged).compactMap(Self.simulateField))
        #expect(raw.contains("counterfactual.roles[].pay.base"), "the goldens should include a counterfactual")
        #expect(printed.subtracting(documented).isEmpty, "undocumented: \(printed.subtracting(documented).sorted())")
        #expect(documented.subtracting(printed).isEmpty, "documented, never printed: \(documented.subtracting(printed).sorted())")
        // Below `assumptions`: the playbook format's assumption keys, as docs/playbook-format.md lists them.
        let assumptionKeys = Set(PlaybookFormat.properties(PlaybookFormat.assumptions).map { "assumptions." + $0.path })
        #expect(raw.filter { $0.hasPrefix("assumptions.") } == assumptionKeys)
    }

    @Test("simulate --compare --format json: each plan's fields after its path")
    func compare() throws {
        let result = try CommandRunner.run(["simulate", "--compare", "playbooks/northwind-good.yaml", "--runs", "20", "--no-sensitivity",
                                            "--format", "json", "playbooks/lakeside-story.yaml"])
        #expect(result.status == 0)
        let documented = try Self.documented("compare")
        let simulate = try Self.documented("simulate")
        let printed = try Self.paths(ofJSON: result.stdout)
        for path in printed {
            let inner = path.hasPrefix("compare[].") ? Self.simulateField(String(path.dropFirst("compare[].".count))) : path
            guard let inner else { continue }
            #expect(documented.contains(path) || simulate.contains(inner), "undocumented: \(path)")
        }
        #expect(documented.isSubset(of: printed), "documented, never printed: \(documented.subtracting(printed).sorted())")
    }

    @Test("exercise list and exercise check --format json: every field documented, every documented field printed")
    func exercise() throws {
        let list = try CommandRunner.run(["exercise", "list", "--format", "json"])
        let listed = try Self.paths(ofJSON: list.stdout)
        #expect(listed == (try Self.documented("exercise-list")))
        // A partial fix with a broken invariant, a fix that adds an error and a warning, and an unreadable one.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-docs-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let broken = folder.appendingPathComponent("broken.yaml").path
        let flawed = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("Tests/Exercises/walled-accounts/solution.yaml"), encoding: .utf8)
        try flawed.replacingOccurrences(of: "  escalation: {role: sales-manager, sla_days: 2}\n", with: "")
            .replacingOccurrences(of: "milestones:\n", with: "milestones:\n  - {id: late, day: 20, owner: sales-manager, needs: [day-30]}\n")
            .write(toFile: broken, atomically: true, encoding: .utf8)
        var printed: Set<String> = []
        for file in ["Tests/Fixtures/bootcamp-class/bob.yaml", "playbooks/exercises/hardware-while-building/playbook.yaml", broken] {
            let result = try CommandRunner.run(["exercise", "check", "--runs", "200", "--format", "json",
                                                file.hasPrefix("playbooks/exercises/hardware") ? "hardware-while-building" : "walled-accounts", file])
            printed.formUnion(try Self.paths(ofJSON: result.stdout))
        }
        let documented = try Self.documented("exercise-check")
        let finding = try Self.documented("validate")
        for path in printed {
            // Findings are printed as validate prints them.
            let prefix = ["targets.remaining[]", "new_errors[]", "new_warnings[]"].first { path.hasPrefix($0) && path != $0 }
            let known = prefix.map { finding.contains("files[].findings[]" + path.dropFirst($0.count)) } ?? documented.contains(path)
            #expect(known, "undocumented: \(path)")
        }
        let findingItems: Set<String> = ["targets.remaining[]", "new_errors[]", "new_warnings[]"]
        #expect(documented.subtracting(printed).subtracting(findingItems).isEmpty, "documented, never printed: \(documented.subtracting(printed).sorted())")
    }

    @Test("diff --format json: every field documented, every documented field printed (findings in validate's shape)")
    func diff() throws {
        let documented = try Self.documented("diff")
        let validate = try Self.documented("validate")
        var printed: Set<String> = []
        // Introduced, resolved, changed with numbers, a waiver, and a role without a salary-cut clause.
        for (base, head) in [("playbooks/lakeside-story.yaml", "Tests/Fixtures/lakeside-without-hardware-clause.yaml"),
                             ("Tests/Fixtures/lakeside-without-hardware-clause.yaml", "Tests/Fixtures/lakeside-smaller-hardware-clause.yaml"),
                             ("playbooks/northwind-good.yaml", "Tests/Fixtures/two-services.yaml")] {
            let result = try CommandRunner.run(["diff", "--runs", "200", "--format", "json", base, head])
            #expect(result.status == 0, "\(result.stderr)")
            printed.formUnion(try Self.paths(ofJSON: result.stdout))
        }
        let findingPrefixes = ["findings.introduced[].", "findings.resolved[].", "findings.unchanged[].", "findings.changed[].base.", "findings.changed[].head."]
        for path in printed {
            if let prefix = findingPrefixes.first(where: path.hasPrefix) {
                let inner = "files[].findings[]." + path.dropFirst(prefix.count)
                #expect(validate.contains(inner), "undocumented in validate's finding shape: \(path)")
            } else {
                #expect(documented.contains(path), "undocumented: \(path)")
            }
        }
        #expect(documented.isSubset(of: printed), "documented, never printed: \(documented.subtracting(printed).sorted())")
    }

    @Test("advise --format json: every field documented, every documented field printed")
    func advise() throws {
        let documented = try Self.documented("advise")
        let kept = try CommandRunner.run(["advise", "playbooks/lakeside-story.yaml", "--keep", "commission", "--budget", "1000", "--format", "json"])
        let printed = try Self.paths(ofJSON: Self.golden("advise-lakeside.json")).union(Self.paths(ofJSON: kept.stdout))
        #expect(printed.subtracting(documented).isEmpty, "undocumented: \(printed.subtracting(documented).sorted())")
        #expect(documented.subtracting(printed).isEmpty, "documented, never printed: \(documented.subtracting(printed).sorted())")
    }

    @Test("calibrate --format json: every field documented, every documented field printed")
    func calibrate() throws {
        let documented = try Self.documented("calibrate")
        // The shipped launches and two skipped playbooks (one with a position, one without).
        let result = try CommandRunner.run(["calibrate", try CalibrateCommandTests.folder().path, "--runs", "500", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let printed = try Self.paths(ofJSON: result.stdout)
        #expect(printed.subtracting(documented).isEmpty, "undocumented: \(printed.subtracting(documented).sorted())")
        #expect(documented.subtracting(printed).isEmpty, "documented, never printed: \(documented.subtracting(printed).sorted())")
    }
}
