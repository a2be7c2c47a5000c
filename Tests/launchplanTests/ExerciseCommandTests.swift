import Foundation
import Testing

/// `launchplan exercise`, run as a consultant runs it: the pack from the
/// binary, start into a folder (never overwriting, ids checked), check one
/// file, grade a class.
@Suite("exercise command")
struct ExerciseCommandTests {
    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-exercise-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func manifestIDs() throws -> [String] {
        let data = try Data(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("playbooks/exercises/manifest.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["exercises"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }

    @Test("list: every exercise with its difficulty and rules, as text and as JSON")
    func list() throws {
        let text = try CommandRunner.run(["exercise", "list"])
        #expect(text.status == 0)
        let ids = try Self.manifestIDs()
        #expect(ids.count >= 10 && ids.count == 11, "the eleven exercises of the pack")
        for id in ids { #expect(text.stdout.contains(id)) }
        let json = try CommandRunner.run(["exercise", "list", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let exercises = try #require(object["exercises"] as? [[String: Any]])
        #expect(exercises.compactMap { $0["id"] as? String } == ids)
        for exercise in exercises {
            #expect(["starter", "intermediate", "advanced"].contains(exercise["difficulty"] as? String ?? ""))
            #expect(!((exercise["rules"] as? [String]) ?? []).isEmpty)
            #expect(((exercise["invariants"] as? [String]) ?? []).contains("no-new-waivers"))
        }
    }

    @Test("show prints the brief and notes the facilitator's notes, exactly the pack's files")
    func showAndNotes() throws {
        let brief = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("playbooks/exercises/walled-accounts/brief.md"), encoding: .utf8)
        let notes = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("playbooks/exercises/walled-accounts/notes.md"), encoding: .utf8)
        #expect(try CommandRunner.run(["exercise", "show", "walled-accounts"]).stdout == brief)
        #expect(try CommandRunner.run(["exercise", "notes", "walled-accounts"]).stdout == notes)
    }

    @Test("an id that names no exercise (a typo, a path) is a usage error: one line, exit 2, nothing written", arguments: [
        ["exercise", "show", "walled-acounts"], ["exercise", "notes", "nope"], ["exercise", "start", "../../etc"],
        ["exercise", "start", "/etc/passwd"], ["exercise", "check", "../walled-accounts", "playbooks/northwind-good.yaml"],
        ["exercise", "grade", "..", "playbooks"],
    ])
    func unknownID(arguments: [String]) throws {
        let folder = try Self.folder("unknown-" + arguments.joined(separator: "-").filter { $0.isLetter || $0 == "-" })
        let result = try CommandRunner.run(["-c", "cd \"$0\" && bin=\"$1\" && shift && exec \"$bin\" \"$@\"", folder.path, CommandRunner.binary.path] + arguments, shell: true)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("launchplan: error: unknown exercise `"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing written")
        if arguments[2] == "walled-acounts" { #expect(result.stderr.contains("did you mean `walled-accounts`?")) }
    }

    @Test("start copies the flawed playbook and the brief, and never overwrites: a second start writes nothing")
    func start() throws {
        let folder = try Self.folder("start")
        let target = folder.appendingPathComponent("alice").path
        let first = try CommandRunner.run(["exercise", "start", "salary-cut", target])
        #expect(first.status == 0, "\(first.stderr)")
        let playbook = try String(contentsOfFile: target + "/playbook.yaml", encoding: .utf8)
        let original = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("playbooks/exercises/salary-cut/playbook.yaml"), encoding: .utf8)
        #expect(playbook == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).sorted() == ["brief.md", "playbook.yaml"], "no notes, no solution, no temporary file")
        try "my fix\n".write(toFile: target + "/playbook.yaml", atomically: false, encoding: .utf8)
        let again = try CommandRunner.run(["exercise", "start", "salary-cut", target])
        #expect(again.status == 2 && again.stdout.isEmpty && again.stderr.contains("never replaces"))
        #expect(try String(contentsOfFile: target + "/playbook.yaml", encoding: .utf8) == "my fix\n")
        // Only the brief there: still nothing written.
        let other = folder.appendingPathComponent("bob").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
        try "notes of mine\n".write(toFile: other + "/brief.md", atomically: false, encoding: .utf8)
        #expect(try CommandRunner.run(["exercise", "start", "salary-cut", other]).status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["brief.md"])
        // A folder whose parent is missing, or a file where the folder should be: exit 2, nothing created.
        #expect(try CommandRunner.run(["exercise", "start", "salary-cut", folder.path + "/no/such"]).status == 2)
        #expect(try CommandRunner.run(["exercise", "start", "salary-cut", other + "/brief.md"]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/no"))
    }

    @Test("start without a folder names it after the exercise, in the working directory")
    func startDefaultFolder() throws {
        let folder = try Self.folder("default")
        let result = try CommandRunner.run(["-c", "cd \"$0\" && exec \"$1\" exercise start short-draw", folder.path, CommandRunner.binary.path], shell: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/short-draw/playbook.yaml"))
        #expect(result.stderr.contains("exercise check short-draw short-draw/playbook.yaml"))
    }

    @Test("check: each reference fix passes (exit 0) and the untouched playbook fails (exit 1), same seed before and after", arguments: try manifestIDs())
    func check(id: String) throws {
        let pass = try CommandRunner.run(["exercise", "check", "--runs", "2000", id, "Tests/Exercises/\(id)/solution.yaml"])
        #expect(pass.status == 0, "\(pass.stdout)")
        #expect(pass.stdout.contains("PASS: every target finding resolved"))
        let untouched = try CommandRunner.run(["exercise", "check", "--runs", "2000", "--format", "json", id, "playbooks/exercises/\(id)/playbook.yaml"])
        #expect(untouched.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(untouched.stdout.utf8)) as? [String: Any])
        #expect(object["passed"] as? Bool == false)
        let objective = try #require(object["objective"] as? [String: Any])
        if objective["probability_before"] is NSNull {
            #expect(id == "yaml-traps", "only a plan that cannot be read goes unsimulated")
        } else {
            #expect(objective["seed"] as? String == "1" && objective["runs"] as? Int == 2000)
        }
        #expect("\(objective["probability_before"] ?? "")" == "\(objective["probability_after"] ?? "")", "the same plan and seed give the same chance")
        let targets = try #require(object["targets"] as? [String: Any])
        #expect((targets["remaining"] as? [Any])?.count == targets["total"] as? Int)
        #expect((object["changed_key_paths"] as? [Any])?.isEmpty == true)
    }

    @Test("check: a fix by deleting fails on its invariant, saying which and why it matters")
    func cheat() throws {
        let result = try CommandRunner.run(["exercise", "check", "--runs", "1000", "hardware-while-building", "Tests/Exercises/hardware-while-building/cheat.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken: quota-kept: `mps-specialist` no longer carries a new-mrr quota of at least 14,000"))
        #expect(result.stdout.contains("why it matters: a quota lowered or taken away"))
        #expect(result.stdout.contains("FAIL: invariant broken: quota-kept."))
        #expect(result.stdout.contains("New warnings (shown, not failing): 1"), "the quota-objective gap the deletion opens")
    }

    @Test("check: a file that cannot be read is named on one line, exit 2")
    func unreadable() throws {
        let result = try CommandRunner.run(["exercise", "check", "walled-accounts", "no-such.yaml"])
        #expect(result.status == 2 && result.stdout.isEmpty && result.stderr.contains("cannot read 'no-such.yaml'"))
    }

    @Test("grade: the class's leaderboard, ranked, as text (golden), Markdown and CSV; exit 1 when someone failed")
    func grade() throws {
        let text = try CommandRunner.run(["exercise", "grade", "walled-accounts", "Tests/Fixtures/bootcamp-class"], environment: ["NO_COLOR": "1"])
        #expect(text.status == 1)
        try CommandRunner.expectGolden(text.stdout, "exercise-grade-walled-accounts.text")
        let markdown = try CommandRunner.run(["exercise", "grade", "--format", "markdown", "walled-accounts", "Tests/Fixtures/bootcamp-class"])
        #expect(markdown.stdout.contains("| 1 | alice | pass | 4/4 | 0 | 0 | 71 % | 7 |"))
        let csv = try CommandRunner.run(["exercise", "grade", "--format", "csv", "walled-accounts", "Tests/Fixtures/bootcamp-class"])
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "rank,participant,file,result,targets_resolved,targets_total,targets_remaining,new_errors,new_warnings,invariants_broken,chance_before,chance_after,key_paths_changed")
        #expect(rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] } == ["alice", "dave", "bob", "carol", "erin"])
        #expect(rows[1].hasPrefix("1,alice,Tests/Fixtures/bootcamp-class/alice.yaml,pass,4,4,0,0,"))
    }

    @Test("grade: exit 0 when everyone passed; a path that is not a folder is a usage error")
    func gradeAllPass() throws {
        let folder = try Self.folder("class")
        for name in ["ann", "ben"] {
            try FileManager.default.copyItem(atPath: CommandRunner.repositoryRoot.appendingPathComponent("Tests/Exercises/work-it-out/solution.yaml").path,
                                            toPath: folder.appendingPathComponent("\(name).yaml").path)
        }
        let result = try CommandRunner.run(["exercise", "grade", "--runs", "1000", "work-it-out", folder.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("2 of 2 participants passed"))
        #expect(result.stdout.contains("   1  ann  ") && result.stdout.contains("   1  ben  "), "equal grades share a rank")
        // The folders `exercise start` makes, one per participant: named by folder, briefs ignored.
        let started = try Self.folder("started")
        #expect(try CommandRunner.run(["exercise", "start", "work-it-out", started.path + "/cleo"]).status == 0)
        try FileManager.default.createDirectory(atPath: started.path + "/dan", withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: CommandRunner.repositoryRoot.appendingPathComponent("Tests/Exercises/work-it-out/solution.yaml").path,
                                        toPath: started.path + "/dan/playbook.yaml")
        let byFolder = try CommandRunner.run(["exercise", "grade", "--runs", "1000", "--format", "csv", "work-it-out", started.path])
        #expect(byFolder.status == 1)
        #expect(byFolder.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] } == ["dan", "cleo"])
        let file = try CommandRunner.run(["exercise", "grade", "work-it-out", "playbooks/northwind-good.yaml"])
        #expect(file.status == 2 && file.stdout.isEmpty && file.stderr.contains("is not a folder"))
    }

    @Test("--pack DIR: a consultant's own pack from a folder, read as the built-in one is; a bad one is a usage error")
    func ownPack() throws {
        let builtIn = try CommandRunner.run(["exercise", "list", "--format", "json"])
        #expect(try CommandRunner.run(["exercise", "list", "--format", "json", "--pack", "playbooks/exercises"]).stdout == builtIn.stdout)
        let pack = try Self.folder("pack")
        try FileManager.default.createDirectory(at: pack.appendingPathComponent("my-first"), withIntermediateDirectories: false)
        for part in ["playbook.yaml", "brief.md", "notes.md"] {
            try FileManager.default.copyItem(atPath: CommandRunner.repositoryRoot.appendingPathComponent("playbooks/exercises/short-draw/\(part)").path,
                                            toPath: pack.appendingPathComponent("my-first/\(part)").path)
        }
        let manifest = pack.appendingPathComponent("manifest.json").path
        try """
            {"exercises": [{"id": "my-first", "title": "Mine", "difficulty": "starter", "objective": "mps-mrr",
              "targets": ["draw-ends-before-first-close", "missing-checkpoint"], "invariants": [{"kind": "draw-kept", "role": "mps-specialist"}]}]}
            """.write(toFile: manifest, atomically: true, encoding: .utf8)
        let list = try CommandRunner.run(["exercise", "list", "--pack", pack.path])
        #expect(list.status == 0 && list.stdout.contains("my-first") && list.stdout.contains("1 exercise."))
        let cheat = try CommandRunner.run(["exercise", "check", "--runs", "500", "--pack", pack.path, "my-first", "Tests/Exercises/short-draw/cheat.yaml"])
        #expect(cheat.status == 1 && cheat.stdout.contains("FAIL: invariant broken: draw-kept."))
        #expect(try CommandRunner.run(["exercise", "show", "--pack", pack.path, "short-draw"]).status == 2, "only the folder's exercises")
        // An id that would leave the folder is refused by the manifest's reader, before any file is read.
        try #"{"exercises": [{"id": "../../etc", "title": "t", "difficulty": "starter", "objective": "o", "targets": []}]}"#
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["exercise", "list", "--pack", pack.path])
        #expect(refused.status == 2 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("manifest.json:1:16: `../../etc` is not an exercise id"))
        let missing = try CommandRunner.run(["exercise", "list", "--pack", pack.path + "/nope"])
        #expect(missing.status == 2 && missing.stderr.split(separator: "\n").count == 1)
    }
}
