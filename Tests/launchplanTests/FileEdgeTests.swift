import Foundation
import Testing

/// What a hostile pull request can put in the tree CI validates: names that
/// are not UTF-8, paths longer than PATH_MAX, FIFOs, broken links, a planted
/// config; and the streams CI gives the tool: a full disk, a closed pipe.
/// Nothing may hang, crash, or pass in silence.
@Suite("Files and streams from untrusted pull requests")
struct FileEdgeTests {
    static let good = CommandRunner.repositoryRoot.appendingPathComponent("playbooks/northwind-good.yaml").path
    static let flawed = CommandRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/flawed.yaml").path
    static let waived = CommandRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/waived.yaml").path

    /// A fresh, empty folder for one test.
    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-edge-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func copy(_ file: String, to url: URL) throws {
        try FileManager.default.copyItem(atPath: file, toPath: url.path)
    }

    /// Runs `script` in `sh` with the binary as `$0` and `arguments` as `$1`…
    static func shell(_ script: String, _ arguments: [String] = [], timeout: Double = 60) throws -> CommandRunner.Result {
        try CommandRunner.run(["-c", script, CommandRunner.binary.path] + arguments, shell: true, timeout: timeout)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func paths(_ text: String) throws -> [String] {
        try #require(try json(text)["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
    }

    @Test("a file whose name is not UTF-8 is checked, in a folder or named, and shown with U+FFFD")
    func invalidUTF8Name() throws {
        let folder = try Self.folder("utf8")
        let name = Array("bad".utf8) + [0xFF] + Array(".yaml".utf8)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.flawed))
        let descriptor = open((Array(folder.path.utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) } + [0], O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let found = try CommandRunner.run(["validate", "--format", "json", folder.path])
        #expect(found.status == 1)
        #expect(found.stderr.isEmpty)
        #expect(try Self.paths(found.stdout) == [folder.path + "/bad\u{FFFD}.yaml"])
        #expect(found.stdout.contains("yaml-duplicate-key"))
        let named = try Self.shell(#""$0" validate "$1/$(printf 'bad\377.yaml')""#, [folder.path])
        #expect(named.status == 1, "\(named.stderr)")
        #expect(named.stdout.contains(folder.path + "/bad\u{FFFD}.yaml:"))
    }

    @Test("a folder deeper than PATH_MAX is named on stderr, the rest checked, exit 2")
    func pathTooLong() throws {
        let folder = try Self.folder("deep")
        defer { _ = try? Self.shell(#"rm -rf "$1""#, [folder.path]) }
        try Self.copy(Self.good, to: folder.appendingPathComponent("top.yaml"))
        // Made with mkdirat/openat: no single path to it fits in PATH_MAX.
        var descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        let name = String(repeating: "d", count: 200)
        for _ in 0..<22 {
            #expect(mkdirat(descriptor, name, 0o755) == 0)
            let inner = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = inner
        }
        let file = openat(descriptor, "deep.yaml", O_WRONLY | O_CREAT, 0o644)
        #expect(file >= 0)
        close(file)
        close(descriptor)
        let result = try CommandRunner.run(["validate", folder.path])
        #expect(result.status == 2)
        #expect(result.stdout == "1 file checked: no findings\n")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.hasPrefix("launchplan: error: cannot search the directory '\(folder.path)/dddd"))
        #expect(result.stderr.hasSuffix("': the path is longer than the system allows (PATH_MAX)\n"))
    }

    @Test("a FIFO named *.yaml in a folder is named on stderr, the rest checked, exit 2, no hang")
    func fifoInFolder() throws {
        let folder = try Self.folder("fifo")
        try Self.copy(Self.good, to: folder.appendingPathComponent("good.yaml"))
        #expect(mkfifo(folder.appendingPathComponent("trap.yaml").path, 0o644) == 0)
        let result = try CommandRunner.run(["validate", folder.path], timeout: 30)
        #expect(result.status == 2)
        #expect(result.stdout == "1 file checked: no findings\n")
        #expect(result.stderr == "launchplan: error: cannot read '\(folder.path)/trap.yaml': not a regular file (a FIFO); to read a pipe, give it as standard input, `-`\n")
        let named = try CommandRunner.run(["validate", folder.appendingPathComponent("trap.yaml").path], timeout: 30)
        #expect(named.status == 2)
        #expect(named.stdout.isEmpty)
        #expect(named.stderr.split(separator: "\n").count == 1)
    }

    @Test("standard input is read as `-` (and as /dev/stdin), shown as <stdin>")
    func standardInput() throws {
        let piped = try Self.shell(#"cat "$1" | "$0" validate -"#, [Self.flawed])
        #expect(piped.status == 1)
        #expect(piped.stdout.hasPrefix("<stdin>:"))
        let redirected = try Self.shell(#""$0" validate - < "$1""#, [Self.good])
        #expect(redirected.status == 0)
        #expect(redirected.stdout == "1 file checked: no findings\n")
    }

    @Test("--stdin-filename names standard input in every format; without `-` it is a usage error")
    func standardInputFilename() throws {
        let text = try Self.shell(#"cat "$1" | "$0" validate --stdin-filename plans/q1.yaml -"#, [Self.flawed])
        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("plans/q1.yaml:") && !text.stdout.contains("<stdin>"))
        let json = try Self.shell(#"cat "$1" | "$0" validate --format json --stdin-filename plans/q1.yaml -"#, [Self.flawed])
        #expect(json.stdout.contains("\"path\": \"plans/q1.yaml\""))
        let github = try Self.shell(#"cat "$1" | "$0" validate --format github --stdin-filename "$(printf 'a\033[2Jb.yaml')" -"#, [Self.flawed])
        #expect(github.stdout.contains("file=a\u{FFFD}[2Jb.yaml,") && !github.stdout.contains("\u{1B}"), "the name is display-safe")
        let alone = try Self.shell(#""$0" validate --stdin-filename x.yaml "$1""#, [Self.good])
        #expect(alone.status == 2 && alone.stdout.isEmpty)
        #expect(alone.stderr.contains("--stdin-filename names standard input: give `-` among the paths"))
    }

    @Test("init writes a playbook that validates, never over an existing file without --force, atomically")
    func initWrites() throws {
        let folder = try Self.folder("init")
        let file = folder.appendingPathComponent("plan.yaml").path
        let first = try Self.shell(#""$0" init --services managed-print,managed-it "$1""#, [file])
        #expect(first.status == 0 && first.stdout.isEmpty && first.stderr.contains("wrote"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let check = try Self.shell(#""$0" validate "$1""#, [file])
        #expect(check.status == 0, "\(check.stdout)")
        // An existing file stays as it was without --force.
        try "mine\n".write(toFile: file, atomically: false, encoding: .utf8)
        let again = try Self.shell(#""$0" init "$1""#, [file])
        #expect(again.status == 2 && again.stdout.isEmpty)
        #expect(again.stderr == "launchplan: error: '\(file)' exists; give --force to replace it\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine\n")
        let forced = try Self.shell(#""$0" init --force --services managed-print,managed-it "$1""#, [file])
        let replaced = try String(contentsOfFile: file, encoding: .utf8)
        #expect(forced.status == 0 && replaced == written)
        // Standard output for `-`; nothing left behind anywhere.
        let printed = try Self.shell(#""$0" init -"#, [])
        #expect(printed.status == 0 && printed.stdout.hasPrefix("# A starter launch plan for Your Dealership"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }

    @Test("init to a folder that cannot be written, or with bad options: exit 2, one line, nothing written", arguments: [
        ["init", "/proc/launchplan-cannot/plan.yaml"],
        ["init", "--services", "hardware", "-"],
        ["init", "--services", "Managed Print", "-"],
        ["init", "--specialists", "0", "-"],
        ["init", "--start-date", "2027-13-01", "-"],
    ])
    func initRefuses(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("launchplan: error: ") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test("a read-only folder: init fails with the reason and leaves no temporary file")
    func initReadOnly() throws {
        guard getuid() != 0 else {
            // root writes into read-only folders too: a path through a device (not a folder) stands in.
            let result = try Self.shell(#""$0" init /dev/full/plan.yaml"#, [])
            #expect(result.status == 2 && result.stderr.contains("cannot write '/dev/full/plan.yaml'"))
            return
        }
        let folder = try Self.folder("init-ro")
        #expect(chmod(folder.path, 0o555) == 0)
        defer { chmod(folder.path, 0o755) }
        let result = try Self.shell(#""$0" init "$1/plan.yaml""#, [folder.path])
        #expect(result.status == 2 && result.stderr.contains("Permission denied"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a FIFO as .launchplan.yml above the working directory is refused, exit 2, no hang")
    func fifoConfig() throws {
        let folder = try Self.folder("fifo-config")
        let inner = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent(".launchplan.yml").path, 0o644) == 0)
        let result = try Self.shell(#"cd "$1" && "$0" validate "$2""#, [inner.path, Self.good], timeout: 30)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("launchplan: error: cannot read '../.launchplan.yml': not a regular file (a FIFO)"))
    }

    @Test("a dangling symlink named *.yaml is named on stderr; the other files are checked; exit 2")
    func danglingSymlink() throws {
        let folder = try Self.folder("dangling")
        try Self.copy(Self.good, to: folder.appendingPathComponent("a.yaml"))
        try Self.copy(Self.flawed, to: folder.appendingPathComponent("c.yaml"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.yaml").path, withDestinationPath: "gone.yaml")
        let result = try CommandRunner.run(["validate", "--format", "json", folder.path])
        #expect(result.status == 2)
        #expect(try Self.paths(result.stdout) == [folder.path + "/a.yaml", folder.path + "/c.yaml"])
        #expect(result.stderr == "launchplan: error: cannot read '\(folder.path)/b.yaml': a symbolic link to a file that does not exist\n")
    }

    @Test("a write error (a full disk) is exit 2 with one line, in every format",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")),
          arguments: ["text", "json", "sarif", "github", "junit"])
    func fullDisk(format: String) throws {
        let result = try Self.shell(#""$0" validate --format "$1" "$2" > /dev/full"#, [format, Self.flawed])
        #expect(result.status == 2)
        #expect(result.stderr == "launchplan: error: cannot write the output: No space left on device\n")
    }

    @Test("a reader that goes away (| head -c 1) ends the output quietly, with the usual status")
    func closedPipe() throws {
        let folder = try Self.folder("pipe")
        for index in 0..<60 {
            try Self.copy(CommandRunner.repositoryRoot.appendingPathComponent("playbooks/lakeside-story.yaml").path,
                          to: folder.appendingPathComponent("copy-\(index).yaml"))
        }
        let result = try Self.shell(#"{ "$0" validate "$1"; echo "status $?" >&2; } | head -c 1 > /dev/null"#, [folder.path])
        #expect(result.stderr == "status 1\n", "no message, no death by SIGPIPE (status 141)")
    }

    @Test("a config above the working directory counts only inside the same repository, and is named in every output")
    func configScope() throws {
        let folder = try Self.folder("config")
        let inner = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try "rules:\n  waiver-unused: error\n".write(to: folder.appendingPathComponent(".launchplan.yml"), atomically: true, encoding: .utf8)
        let run = { (format: String) in try Self.shell(#"cd "$1" && "$0" validate --format "$3" "$2""#, [inner.path, Self.waived, format]) }
        let planted = try run("json")
        #expect(planted.status == 0, "no .git: the config above is not ours")
        #expect(try Self.json(planted.stdout)["config"] is NSNull)
        // A worktree's .git is a file.
        try "gitdir: elsewhere\n".write(to: folder.appendingPathComponent(".git"), atomically: true, encoding: .utf8)
        let json = try run("json")
        #expect(json.status == 1)
        #expect(try Self.json(json.stdout)["config"] as? String == "../.launchplan.yml")
        let text = try run("text")
        #expect(text.stdout.contains("(rule levels from ../.launchplan.yml)\nNot ready: "))
        let sarif = try Self.json(try run("sarif").stdout)
        let invocation = try #require(((sarif["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first)
        let note = try #require((invocation["toolConfigurationNotifications"] as? [[String: Any]])?.first)
        let location = (note["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        // Above the working directory: an absolute file:// URI (SARIF tools drop `../` references).
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "file://" + folder.appendingPathComponent(".launchplan.yml").path)
        #expect(invocation["executionSuccessful"] as? Bool == true)
    }

    @Test("a config file's mistakes reach stderr display-safe: no escape sequence from the file")
    func configErrorIsDisplaySafe() throws {
        let folder = try Self.folder("config-escape")
        let config = folder.appendingPathComponent("hostile.yml")
        try Data("rules:\n  \"\\e[2J\\e]0;owned\\a\": off\n".utf8).write(to: config)
        let result = try CommandRunner.run(["validate", "--config", config.path, Self.good])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown rule"))
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(result.stderr)")
    }

    @Test("a file named twice, or named and found in its folder, is checked once; *.YAML and *.Yml are found")
    func onceEachAndAnyCase() throws {
        let folder = try Self.folder("once")
        try Self.copy(Self.good, to: folder.appendingPathComponent("A.YAML"))
        try Self.copy(Self.flawed, to: folder.appendingPathComponent("b.Yml"))
        try Self.copy(Self.good, to: folder.appendingPathComponent("c.txt"))
        let a = folder.appendingPathComponent("A.YAML").path
        let result = try CommandRunner.run(["validate", "--format", "json", a, a, folder.path])
        #expect(result.status == 1)
        #expect(try Self.paths(result.stdout) == [a, folder.path + "/b.Yml"])
    }
}
