import Foundation
import Testing
import LaunchPlanCore

/// The bootcamp pack: the copy built into the binary is the folder's, every
/// flawed playbook raises exactly its target rules, together they teach every
/// plan rule, the participants' files give nothing away, every reference fix
/// (Tests/Exercises/ID/solution.yaml, not shipped) passes and every wrong fix
/// (cheat.yaml) fails on the invariant it breaks.
@Suite("Exercise pack")
struct ExercisePackTests {
    static let pack: ExercisePack = (try? ExercisePack.bundled.get()) ?? ExercisePack(exercises: [])
    static let ids = pack.exercises.map(\.id.rawValue)

    static func report(_ text: String, _ path: String) -> FileReport {
        Validator().validate(PlaybookSource(path: path, bytes: Array(text.utf8)))
    }

    static func exercise(_ id: String) throws -> Exercise {
        try #require(pack.exercise(id))
    }

    static func grade(_ id: String, file: String) throws -> ExerciseGrade {
        let exercise = try exercise(id)
        let text = String(decoding: try readFile("Tests/Exercises/\(id)/\(file)"), as: UTF8.self)
        let flawed = report(exercise.playbook, "flawed.yaml")
        let fixed = report(text, file)
        return ExerciseGrade(exercise, flawed: flawed, fixed: fixed, flawedTree: YAMLLoader().load(Array(exercise.playbook.utf8)).root,
                             fixedTree: YAMLLoader().load(Array(text.utf8)).root, before: nil, after: nil)
    }

    @Test("the pack built into the binary reads, with at least ten exercises")
    func bundled() throws {
        let pack = try ExercisePack.bundled.get()
        #expect(pack.exercises.count >= 10 && pack.exercises.count == 11, "the eleven exercises of the pack")
        #expect(Set(pack.exercises.map(\.id)).count == pack.exercises.count)
    }

    @Test("the generated ExercisePack+Files.swift is playbooks/exercises/, file for file (scripts/generate-exercise-pack)")
    func generatedInSync() throws {
        let root = repositoryRoot + "/playbooks/exercises"
        var onDisk: [String: String] = ["manifest.json": String(decoding: try readFile("playbooks/exercises/manifest.json"), as: UTF8.self)]
        for folder in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + folder, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for part in try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) {
                onDisk[folder + "/" + part] = String(decoding: try readFile("playbooks/exercises/\(folder)/\(part)"), as: UTF8.self)
            }
        }
        let embedded = Dictionary(ExercisePack.files.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run scripts/generate-exercise-pack")
        for (path, text) in onDisk {
            #expect(embedded[path] == text, "\(path) differs from the copy in the binary: run scripts/generate-exercise-pack")
        }
    }

    @Test("each untouched flawed playbook raises exactly its target rules", arguments: ids)
    func flawedRaisesTargets(id: String) throws {
        let exercise = try Self.exercise(id)
        let rules = Set(Self.report(exercise.playbook, "\(id)/playbook.yaml").findings.map(\.rule.id))
        #expect(rules == Set(exercise.targets.map(\.id)))
        #expect(!exercise.targets.isEmpty)
    }

    @Test("together the exercises teach every plan rule of the catalogue")
    func coversEveryPlanRule() {
        let taught = Set(Self.pack.exercises.flatMap(\.targets).map(\.id))
        // `off-track` judges what happened after the launch, not a plan before hiring: no exercise's playbook records actuals.
        let planRules = Catalogue.descriptions.filter { $0.kind == .plan && $0.id != .offTrack }.map(\.id.id)
        #expect(planRules.filter { !taught.contains($0) } == [])
        #expect(taught.allSatisfy { Catalogue.description(named: $0) != nil }, "a target that is no rule")
    }

    @Test("the participant's files give nothing away: no rule id, no `# expect:` line", arguments: ids)
    func participantFiles(id: String) throws {
        let exercise = try Self.exercise(id)
        // A waiver names its rule: the only place a participant's playbook may.
        let playbook = exercise.playbook.split(separator: "\n").filter { !$0.contains("{rule: ") }.joined(separator: "\n")
        for (name, text) in [("brief.md", exercise.brief), ("playbook.yaml", playbook)] {
            #expect(!text.contains("# expect:"), "\(id)/\(name)")
            for rule in Catalogue.descriptions.map(\.id.id) {
                #expect(!text.contains(rule), "\(id)/\(name) names the rule \(rule)")
            }
        }
        #expect(exercise.brief.count > 400, "\(id): a brief in words, with the story, the goal and hints")
        let waived = try #require(Self.report(exercise.playbook, "p.yaml").playbook).waivers.map(\.rule.value)
        #expect(waived.allSatisfy { rule in !exercise.targets.contains { $0.id == rule } }, "\(id): a waiver names a rule the exercise teaches")
    }

    @Test("the facilitator's notes name every rule the exercise targets and its wrong fixes", arguments: ids)
    func notes(id: String) throws {
        let exercise = try Self.exercise(id)
        for rule in exercise.targets { #expect(exercise.notes.contains(rule.id), "\(id): the notes do not name \(rule.id)") }
        #expect(exercise.notes.lowercased().contains("wrong fix"), "\(id)")
    }

    @Test("the manifest's primary objective is the flawed plan's first, and every invariant holds on the flawed plan itself", arguments: ids)
    func manifestMatchesPlan(id: String) throws {
        let exercise = try Self.exercise(id)
        let plan = try #require(Self.report(exercise.playbook, "p.yaml").playbook)
        #expect(plan.objectives.first?.id.value == exercise.objective)
        let declared = YAMLLoader().load(Array(exercise.playbook.utf8)).root?["roles"]?.mapping?.compactMap { $0.key.scalar?.text } ?? []
        for invariant in exercise.allInvariants {
            switch invariant {
            case .rolesKept(let roles?, _):
                // Named when the flawed plan cannot be read whole: each is in its roles as written.
                #expect(roles.allSatisfy { declared.contains($0.rawValue) }, "\(id): \(roles)")
            default:
                #expect(invariant.broken(flawed: plan, fixed: plan) == nil, "\(id): \(invariant.name)")
            }
            switch invariant {
            case .quotaKept(let role, _, _, _): #expect(plan.compPlan(for: role)?.quota != nil, "\(id): \(role) has no quota")
            case .objectiveKept(let objective, _): #expect(plan.objectives.contains { $0.id.value == objective }, "\(id): \(objective)")
            case .accountsKept(let role): #expect(plan.territory.segments.contains { $0.owner?.value == role }, "\(id): \(role) owns nothing")
            case .drawKept(let role): #expect(plan.compPlan(for: role)?.draw != nil, "\(id): \(role) has no draw")
            default: break
            }
        }
    }

    @Test("each reference fix has no finding at all and passes", arguments: ids)
    func referencePasses(id: String) throws {
        let grade = try Self.grade(id, file: "solution.yaml")
        #expect(grade.file.findings.isEmpty, "\(id): \(grade.file.findings.map(\.rule.id))")
        #expect(grade.passed, "\(id): \(grade.verdict)")
        #expect(grade.resolved.count == grade.targetCount)
    }

    /// The invariant each exercise's wrong fix (Tests/Exercises/ID/cheat.yaml) breaks.
    static let cheats: [String: String] = [
        "silent-launch": "roles-kept", "yaml-traps": "roles-kept", "hardware-while-building": "quota-kept",
        "short-draw": "draw-kept", "work-it-out": "access-kept", "walled-accounts": "access-kept",
        "salary-cut": "quota-kept", "cold-calling": "milestones-kept", "sandbagged-quota": "objective-kept",
        "ninety-day-revenue": "objective-kept", "two-partners": "services-kept",
    ]

    @Test("each wrong fix (deleting the offending part) fails on its invariant, saying which and why", arguments: ids)
    func cheatFails(id: String) throws {
        let invariant = try #require(Self.cheats[id], "\(id) needs a wrong fix in the table")
        let grade = try Self.grade(id, file: "cheat.yaml")
        #expect(!grade.passed)
        let broken = try #require(grade.broken.first { $0.invariant == invariant }, "\(id): \(grade.broken.map(\.invariant))")
        #expect(!broken.message.isEmpty && !broken.why.isEmpty)
        #expect(grade.verdict.contains(invariant))
    }

    @Test("the untouched flawed playbook fails with every target finding remaining", arguments: ids)
    func untouchedFails(id: String) throws {
        let exercise = try Self.exercise(id)
        let flawed = Self.report(exercise.playbook, "p.yaml")
        let tree = YAMLLoader().load(Array(exercise.playbook.utf8)).root
        let grade = ExerciseGrade(exercise, flawed: flawed, fixed: flawed, flawedTree: tree, fixedTree: tree, before: nil, after: nil)
        #expect(!grade.passed)
        #expect(grade.remaining.count == grade.targetCount && grade.resolved.isEmpty && grade.introduced.isEmpty && grade.changed == [])
    }
}
