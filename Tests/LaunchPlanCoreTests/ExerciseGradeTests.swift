import Foundation
import Testing
import LaunchPlanCore

/// Grading pieces on small plans: each invariant kind, the manifest's
/// reader, the size of a change, and the leaderboard's ranking and formats.
@Suite("Exercise grading")
struct ExerciseGradeTests {
    static let good = String(decoding: (try? readFile("playbooks/northwind-good.yaml")) ?? [], as: UTF8.self)

    static func plan(_ text: String) throws -> Playbook {
        try #require(Validator().validate(PlaybookSource(path: "p.yaml", bytes: Array(text.utf8))).playbook)
    }

    static func edited(_ edits: [(String, String)]) throws -> Playbook {
        var text = good
        for (old, new) in edits {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try plan(text)
    }

    @Test("each invariant kind: kept by the plan itself, broken by the change, with a message naming the part", arguments: [
        (Invariant.rolesKept(roles: nil, kindMayChange: []), [("  copier-reps: {kind: account-rep, title: MFP account reps, headcount: 6}\n", "")], "`copier-reps`"),
        (.rolesKept(roles: nil, kindMayChange: []), [("status: to-hire\n", "status: in-seat\n")], "in-seat"),
        (.rolesKept(roles: nil, kindMayChange: []), [("headcount: 6}", "headcount: 2}")], "headcount of 2"),
        (.quotaKept(role: "mps-specialist", metric: .newMRR, service: nil, atLeast: 12000), [("      target: 12000\n      by_day: 180", "      target: 6000\n      by_day: 180")], "6,000"),
        (.objectiveKept("mrr-by-180", atLeast: 12000), [("    target: 12000\n    by_day: 180", "    target: 9000\n    by_day: 180")], "9,000"),
        (.accountsKept(role: "copier-reps"), [("accounts: 1400, owner: copier-reps", "accounts: 1400")], "no longer owns `installed-base`"),
        (.accessKept(role: "mps-specialist", segment: "installed-base"), [("    - {role: mps-specialist, segment: installed-base, sells: [managed-print], access: notify}\n", "")], "installed-base"),
        (.drawKept(role: "mps-specialist"), [("    draw: {monthly: 1500, until_day: 150, recoverable: false}\n", "")], "no longer has a draw"),
        (.milestonesKept(nil), [("  - id: crm-and-training\n    day: -3\n    owner: sales-manager\n    delivers: [crm-ready, training-complete]\n", "")], "crm-and-training"),
        (.assumptionsKept(except: []), [("  referrals_per_month: 1", "  referrals_per_month: 5")], "referrals_per_month"),
        (.noNewWaivers, [("  introductions_per_month: 0.5", "  introductions_per_month: 0.5\nwaivers:\n  - {rule: quota-too-easy, reason: fine}")], "quota-too-easy"),
    ] as [(Invariant, [(String, String)], String)])
    func invariant(invariant: Invariant, edits: [(String, String)], named: String) throws {
        let flawed = try Self.plan(Self.good)
        #expect(invariant.broken(flawed: flawed, fixed: flawed) == nil)
        let broken = try #require(invariant.broken(flawed: flawed, fixed: try Self.edited(edits)))
        #expect(broken.invariant == invariant.name)
        #expect(broken.message.contains(named), "\(broken.message)")
        #expect(!broken.why.isEmpty)
    }

    @Test("exceptions: a kind the exercise lets change, an assumption it lets move, a service still launched")
    func exceptions() throws {
        let flawed = try Self.plan(Self.good)
        let manager = try Self.edited([("sales-manager: {kind: manager", "sales-manager: {kind: owner")])
        #expect(Invariant.rolesKept(roles: nil, kindMayChange: ["sales-manager"]).broken(flawed: flawed, fixed: manager) == nil)
        #expect(Invariant.rolesKept(roles: nil, kindMayChange: []).broken(flawed: flawed, fixed: manager) != nil)
        let busier = try Self.edited([("  referrals_per_month: 1", "  referrals_per_month: 5")])
        #expect(Invariant.assumptionsKept(except: ["referrals_per_month"]).broken(flawed: flawed, fixed: busier) == nil)
        #expect(Invariant.servicesKept.broken(flawed: flawed, fixed: busier) == nil)
        let waived = try Self.edited([("  introductions_per_month: 0.5", "  introductions_per_month: 0.5\nwaivers:\n  - {rule: quota-too-easy, reason: fine}")])
        #expect(Invariant.noNewWaivers.broken(flawed: waived, fixed: waived) == nil, "a waiver the flawed plan had is not new")
    }

    @Test("the manifest's reader names the problem and its line", arguments: [
        ("{}", "no `exercises` list"),
        ("{\"exercises\": [{\"id\": \"a\"}]}", "manifest.json:1:16: `difficulty` must be a string"),
        ("{\"exercises\": [{\"id\": \"../x\", \"title\": \"t\"}]}", "not an exercise id"),
        ("{\"exercises\": [{\"id\": \"a\", \"title\": \"t\", \"difficulty\": \"easy\", \"objective\": \"o\", \"targets\": []}]}", "difficulty `easy`"),
        ("{\"exercises\": [{\"id\": \"a\", \"title\": \"t\", \"difficulty\": \"starter\", \"objective\": \"o\", \"targets\": [], \"invariants\": [{\"kind\": \"vibes-kept\"}]}]}", "invariant `vibes-kept`"),
        ("{\"exercises\": [{\"id\": \"a\", \"title\": \"t\", \"difficulty\": \"starter\", \"objective\": \"o\", \"targets\": []}]}", "exercise `a` has no playbook.yaml"),
        ("{\"exercises\": [", "manifest.json:2:1: the file is not well-formed YAML"),
    ])
    func manifestProblems(manifest: String, says: String) {
        #expect(throws: ExercisePack.Problem.self) { try ExercisePack(files: ["manifest.json": manifest]) }
        do {
            _ = try ExercisePack(files: ["manifest.json": manifest])
        } catch {
            #expect(error.message.contains(says), "\(error.message)")
        }
    }

    @Test("the size of a change: scalars changed, added and removed; list items paired by id, else by position")
    func keyPathChanges() {
        func tree(_ text: String) -> YAMLNode? { YAMLLoader().load(Array(text.utf8)).root }
        let base = "a: 1\nb: {c: 2, d: 3}\nm:\n  - {id: x, day: 1}\n  - {id: y, day: 2}\nl: [1, 2]\n"
        #expect(KeyPathChanges.between(tree(base), tree(base)).isEmpty)
        #expect(KeyPathChanges.between(tree(base), tree(base.replacingOccurrences(of: "c: 2", with: "c: 5"))).map(\.description) == ["b.c"])
        #expect(KeyPathChanges.between(tree(base), tree(base + "e: 4\n")).map(\.description) == ["e"])
        #expect(KeyPathChanges.between(tree(base), tree(base.replacingOccurrences(of: "b: {c: 2, d: 3}\n", with: ""))).map(\.description) == ["b.c", "b.d"])
        let inserted = base.replacingOccurrences(of: "m:\n", with: "m:\n  - {id: w, day: 0}\n")
        #expect(KeyPathChanges.between(tree(base), tree(inserted)).map(\.description) == ["m[0].id", "m[0].day"], "one milestone inserted: its two keys")
        #expect(KeyPathChanges.between(tree(base), tree(base.replacingOccurrences(of: "[1, 2]", with: "[0, 1, 2]"))).count == 3, "a list without ids, by position")
    }

    static func grade(passing: Bool, remaining: Int = 0, newErrors: Int = 0, chance: Double? = 0.5, changed: Int = 1, readable: Bool = true) throws -> ExerciseGrade {
        let exercise = try #require(try ExercisePack.bundled.get().exercise("walled-accounts"))
        let flawed = Validator().validate(PlaybookSource(path: "f.yaml", bytes: Array(exercise.playbook.utf8)))
        var grade = ExerciseGrade(exercise, flawed: flawed, fixed: flawed, flawedTree: nil, fixedTree: nil, before: nil, after: nil)
        grade.remaining = Array(flawed.findings.prefix(passing ? 0 : max(1, remaining)))
        grade.introduced = Array(repeating: Finding(rule: .schemaType, message: "m", at: .file, fix: "f"), count: newErrors)
        grade.chanceAfter = chance
        grade.changed = Array(repeating: KeyPath.root, count: changed)
        grade.isReadable = readable
        return grade
    }

    @Test("the leaderboard ranks passes first, then fewer findings left, fewer new errors, a better chance, a smaller change; ties share a rank")
    func ranking() throws {
        let exercise = try #require(try ExercisePack.bundled.get().exercise("walled-accounts"))
        let board = Leaderboard(exercise: exercise, grades: [
            ("erin", try Self.grade(passing: false, remaining: 1)),
            ("dave", try Self.grade(passing: true, chance: 0.4)),
            ("carol", try Self.grade(passing: true, chance: 0.7, changed: 9)),
            ("bob", try Self.grade(passing: true, chance: 0.7, changed: 3)),
            ("alice", try Self.grade(passing: true, chance: 0.7, changed: 3)),
            ("frank", try Self.grade(passing: false, remaining: 1, readable: false)),
            ("gina", try Self.grade(passing: false, remaining: 3)),
        ])
        #expect(board.entries.map(\.participant) == ["alice", "bob", "carol", "dave", "erin", "gina", "frank"])
        #expect(board.entries.map(\.rank) == [1, 1, 3, 4, 5, 6, 7])
        #expect(board.passed == 4)
    }

    @Test("the leaderboard as CSV (a header and one row per participant, quoted where needed) and as a Markdown table")
    func formats() throws {
        let exercise = try #require(try ExercisePack.bundled.get().exercise("walled-accounts"))
        let board = Leaderboard(exercise: exercise, grades: [("o'neil, pat", try Self.grade(passing: true)), ("sam|x", try Self.grade(passing: false, remaining: 2))])
        let csv = board.csv().split(separator: "\n").map(String.init)
        #expect(csv.count == 3)
        #expect(csv[0] == Leaderboard.csvHeader.dropLast())
        #expect(csv[1].hasPrefix("1,\"o'neil, pat\",f.yaml,pass,"))
        #expect(csv[2].hasPrefix("2,sam|x,f.yaml,fail,"))
        #expect(csv.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count >= 13 })
        let markdown = board.markdown()
        #expect(markdown.contains("| rank | participant | result | targets resolved | new errors | invariants broken | chance after | key paths changed |"))
        #expect(markdown.contains("| 2 | sam\\|x | fail |"))
    }
}
