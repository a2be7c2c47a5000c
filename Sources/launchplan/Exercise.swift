#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LaunchPlanCore

extension LaunchPlan {
    /// `launchplan exercise`: the bootcamp pack built into the binary.
    struct ExerciseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "exercise",
            abstract: "Bootcamp exercises: flawed playbooks with a brief, graded by the same engine.",
            discussion: """
                The pack is built into launchplan (from playbooks/exercises/ of its source), so it works \
                wherever the binary is installed. A class: `exercise list`, then for each exercise \
                `exercise start ID DIR` per participant, `exercise check ID FILE` while they work, and \
                `exercise grade ID DIR` over everyone's files at the end.
                """,
            subcommands: [List.self, Show.self, Notes.self, Start.self, Check.self, Grade.self]
        )
    }
}

extension LaunchPlan.ExerciseCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the exercises: id, difficulty, title and the rules each teaches.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @OptionGroup var source: PackOptions

        func run() throws {
            let pack = try source.pack()
            Terminal.standardOutput.write(format == .text ? pack.listText() : pack.listJSON().rendered())
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print an exercise's brief, as the participant reads it.")

        @Argument(help: "An exercise id (see `launchplan exercise list`).")
        var id: String

        @OptionGroup var source: PackOptions

        func run() throws {
            Terminal.standardOutput.write(try ExerciseLookup.exercise(id, in: source.pack()).brief)
        }
    }

    struct Notes: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the facilitator's notes: what the exercise teaches, the usual wrong fixes and what to say.")

        @Argument(help: "An exercise id (see `launchplan exercise list`).")
        var id: String

        @OptionGroup var source: PackOptions

        func run() throws {
            Terminal.standardOutput.write(try ExerciseLookup.exercise(id, in: source.pack()).notes)
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy an exercise's flawed playbook and brief into a working folder.",
            discussion: """
                Writes DIR/playbook.yaml and DIR/brief.md (DIR defaults to the exercise id, created if \
                missing; its parent must exist). Never replaces a file: when either exists, nothing is written.
                """
        )

        @Argument(help: "An exercise id (see `launchplan exercise list`).")
        var id: String

        @OptionGroup var source: PackOptions

        @Argument(help: ArgumentHelp("The participant's working folder (default: the exercise id).", valueName: "dir"))
        var dir: String?

        func run() throws {
            let exercise = try ExerciseLookup.exercise(id, in: source.pack())
            let folder = dir ?? exercise.id.rawValue
            let files = [(Exercise.playbookFile, exercise.playbook), (Exercise.briefFile, exercise.brief)]
            let paths = files.map { (folder.hasSuffix("/") ? folder : folder + "/") + $0.0 }
            var info = stat()
            let exists = stat(folder, &info) == 0
            if exists, (info.st_mode & S_IFMT) != S_IFDIR { throw UsageError(message: "'\(folder)' exists and is not a folder") }
            for path in paths where lstat(path, &info) == 0 || errno != ENOENT {
                throw UsageError(message: "'\(path)' exists; exercise start never replaces a file (name another folder)")
            }
            if !exists, mkdir(folder, 0o777) != 0 {
                throw UsageError(message: "cannot create the folder '\(folder)': \(String(cString: strerror(errno)))")
            }
            var written: [String] = []
            do {
                for (path, (_, text)) in zip(paths, files) {
                    try AtomicFile.write(text, to: path, replacing: .never)
                    written.append(path)
                }
            } catch {
                // All or nothing: take back what this run wrote.
                for path in written { unlink(path) }
                if !exists { rmdir(folder) }
                throw error
            }
            Terminal.standardError.write("\(Tool.name): wrote \(paths.map(\.displaySafe).joined(separator: " and ")); next: read the brief, fix the playbook, then \(Tool.name) exercise check \(exercise.id) \(paths[0].displaySafe)\n")
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grade one participant's version of an exercise: pass (exit 0) or fail (exit 1).",
            discussion: """
                Validates FILE and the exercise's flawed playbook with the catalogue's default rule levels \
                (no project config, no --rule: every class is graded alike) and reports which of the \
                exercise's findings are resolved and which remain, new errors and warnings, the \
                invariants the fix must keep, the chance of the primary objective before and after \
                (both simulated with the same runs and seed) and how many key paths changed. It passes \
                when every target finding is resolved, no new error appears and every invariant is kept.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "An exercise id (see `launchplan exercise list`).")
        var id: String

        @OptionGroup var source: PackOptions

        @Argument(help: "The participant's playbook.")
        var file: String

        @OptionGroup var simulation: GradingOptions

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() async throws {
            let grader = try await ExerciseGrader(try ExerciseLookup.exercise(id, in: source.pack()), simulation: simulation)
            let grade = await grader.grade(try PlaybookFiles.read(file, limits: grader.validator.limits))
            let output = Terminal.standardOutput
            output.write(format == .text ? grade.text(exercise: grader.exercise, color: output.wantsColor) : grade.json(exercise: grader.exercise).rendered())
            throw ExitCode(grade.passed ? 0 : 1)
        }
    }

    struct Grade: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grade every participant's file in a folder and print a ranked leaderboard.",
            discussion: """
                DIR holds one playbook per participant, named by participant (alice.yaml, bob.yaml), \
                or one folder per participant as `exercise start ID DIR/alice` makes them \
                (alice/playbook.yaml); folders below are searched too. Each is graded as `exercise check` grades it, with the \
                same seed. Exit status: 0 when everyone passed, 1 when someone did not, 2 for a usage \
                error or a file that cannot be read (named on standard error; the others are still graded).
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv }

        @Argument(help: "An exercise id (see `launchplan exercise list`).")
        var id: String

        @OptionGroup var source: PackOptions

        @Argument(help: ArgumentHelp("The folder of participants' playbooks.", valueName: "dir"))
        var dir: String

        @OptionGroup var simulation: GradingOptions

        @Option(help: "Output format: text, markdown or csv.")
        var format: Format = .text

        func run() async throws {
            let exercise = try ExerciseLookup.exercise(id, in: source.pack())
            var info = stat()
            guard stat(dir, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw UsageError(message: "'\(dir)' is not a folder; exercise grade takes a folder of participants' playbooks")
            }
            let grader = try await ExerciseGrader(exercise, simulation: simulation)
            let prefix = dir.hasSuffix("/") ? dir : dir + "/"
            var grades: [(participant: String, grade: ExerciseGrade)] = []
            var unreadable: [UnreadablePath] = []
            for found in PlaybookFiles.find([PlaybookPath(argument: dir)]) {
                switch found {
                case .failure(let problem):
                    unreadable.append(problem)
                case .success(let path):
                    do {
                        let source = try PlaybookFiles.read(path, limits: grader.validator.limits)
                        grades.append((Self.participant(path.shown, in: prefix), await grader.grade(source)))
                    } catch {
                        unreadable.append(error)
                    }
                }
            }
            let board = Leaderboard(exercise: exercise, grades: grades)
            if !grades.isEmpty {
                let output = switch format {
                case .text: board.text()
                case .markdown: board.markdown()
                case .csv: board.csv()
                }
                Terminal.standardOutput.write(output)
            }
            for problem in unreadable { Terminal.standardError.write("\(Tool.name): error: \(problem.message)\n") }
            throw ExitCode(!unreadable.isEmpty ? 2 : board.passed == board.entries.count ? 0 : 1)
        }

        /// `alice` for `DIR/alice.yaml`, and for `DIR/alice/playbook.yaml` (the
        /// folder `exercise start ID DIR/alice` makes); `team-a/bob` for a file
        /// in a folder below.
        static func participant(_ path: String, in prefix: String) -> String {
            var name = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            if let dot = name.lastIndex(of: "."), name[dot...].lowercased() == ".yaml" || name[dot...].lowercased() == ".yml" {
                name = String(name[..<dot])
            }
            if name.hasSuffix("/playbook"), name.count > "/playbook".count { name.removeLast("/playbook".count) }
            return name
        }
    }
}

/// `--pack DIR`: a consultant's own pack, read from a folder laid out as
/// `playbooks/exercises/` is, instead of the one built in.
struct PackOptions: ParsableArguments {
    @Option(name: .customLong("pack"), help: ArgumentHelp(
        "A pack folder (manifest.json and a folder per exercise, as playbooks/exercises/) to use instead of the one built in.",
        valueName: "dir"))
    var folder: String?

    func pack() throws -> ExercisePack {
        guard let folder else {
            switch ExercisePack.bundled {
            case .success(let pack): return pack
            case .failure(let problem): throw UsageError(message: "the exercise pack built into \(Tool.name) cannot be read: \(problem.message)")
            }
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        func text(_ path: String) throws -> String {
            let source = try PlaybookFiles.read(prefix + path, limits: .standard)
            guard source.byteCount == source.bytes.count else { throw UsageError(message: "'\(prefix + path)' is larger than \(InputLimits.standard.maxBytes) bytes") }
            return String(decoding: source.bytes, as: UTF8.self)
        }
        do {
            let manifest = try text(ExercisePack.manifestFile)
            // Every path comes from an id the manifest's reader accepted (kebab-case): none leaves the folder.
            var files = [ExercisePack.manifestFile: manifest]
            for path in try ExercisePack.files(named: manifest) { files[path] = try text(path) }
            return try ExercisePack(files: files)
        } catch let problem as ExercisePack.Problem {
            throw UsageError(message: "the pack in '\(folder)' cannot be read: \(problem.message)")
        }
    }
}

/// Exercises by id, with usage errors (exit 2) a dealer can act on.
enum ExerciseLookup {
    /// The exercise `id` names; anything else (a typo, a path such as `../../etc`) is a usage error.
    static func exercise(_ id: String, in pack: ExercisePack) throws -> Exercise {
        if let exercise = pack.exercise(id) { return exercise }
        let known = pack.exercises.map(\.id.rawValue)
        let hint = Suggestion.closest(to: id, among: known).map { "; did you mean `\($0)`?" } ?? "; see `\(Tool.name) exercise list`"
        throw UsageError(message: "unknown exercise `\(Suggestion.echo(id))`\(hint)")
    }
}
