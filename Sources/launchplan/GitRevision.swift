#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LaunchPlanCore

/// `git:REV:path` on the command line: a playbook as a git revision has it,
/// read through `git show REV:path` run in the working directory (so `path`
/// is from the repository's root, or `./path` from the working directory, as
/// git reads it). A revision or path git cannot find is a usage error with
/// git's own reason, in one line.
struct GitRevision {
    static let prefix = "git:"

    var revision: String
    var path: String

    /// `git:REV:path` split at the first colon after the prefix; nil for an
    /// argument that is not one (a plain file path).
    init?(argument: String) throws(UsageError) {
        guard argument.hasPrefix(Self.prefix) else { return nil }
        let rest = argument.dropFirst(Self.prefix.count)
        guard let colon = rest.firstIndex(of: ":"), colon != rest.startIndex, rest.index(after: colon) != rest.endIndex else {
            throw UsageError(message: "'\(argument)' is not git:REV:path (a revision, a colon, a path: git:main:playbooks/plan.yaml)")
        }
        revision = String(rest[..<colon])
        path = String(rest[rest.index(after: colon)...])
        // Never an option to git, whatever the argument says.
        guard !revision.hasPrefix("-") else { throw UsageError(message: "'\(argument)': a revision cannot start with '-'") }
    }

    var shown: String { Self.prefix + revision + ":" + path }

    /// The file's bytes at the revision, at most the size limit and one byte more.
    func read(limits: InputLimits) throws(UsageError) -> PlaybookSource {
        let object = revision + ":" + path
        let type = try Self.git(["cat-file", "-t", object], shown: shown, limit: 64)
        let kind = String(decoding: type.output, as: UTF8.self).trimmingNewlines
        guard kind == "blob" else {
            throw UsageError(message: "cannot read '\(shown)': not a file in that revision (a \(kind))")
        }
        let file = try Self.git(["show", "--no-textconv", object], shown: shown, limit: limits.maxBytes + 1)
        return PlaybookSource(path: shown, bytes: file.output, byteCount: file.size)
    }

    /// Runs `git ARGS` with its output captured (at most `limit` bytes kept,
    /// the rest counted); a failure throws git's first line of complaint.
    private static func git(_ arguments: [String], shown: String, limit: Int) throws(UsageError) -> (output: [UInt8], size: Int) {
        var output: [Int32] = [0, 0], errors: [Int32] = [0, 0]
        guard pipe(&output) == 0, pipe(&errors) == 0 else {
            throw UsageError(message: "cannot read '\(shown)': cannot start git (\(String(cString: strerror(errno))))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        for descriptor in output + errors { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = (["git", "--no-pager"] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        let started = posix_spawnp(&child, "git", &actions, nil, argv, environ)
        close(output[1])
        close(errors[1])
        defer {
            close(output[0])
            close(errors[0])
        }
        guard started == 0 else {
            let reason = started == ENOENT ? "git is not installed (not found on PATH)" : String(cString: strerror(started))
            throw UsageError(message: "cannot read '\(shown)': \(reason)")
        }
        let (kept, size) = drain(output[0], keeping: limit)
        let (complaint, _) = drain(errors[0], keeping: 4096)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else {
            let line = String(decoding: complaint, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "git failed"
            let reason = line.hasPrefix("fatal: ") ? String(line.dropFirst("fatal: ".count)) : line
            throw UsageError(message: "cannot read '\(shown)': \(reason)")
        }
        return (kept, size)
    }

    /// Reads a descriptor to its end, keeping the first `limit` bytes.
    private static func drain(_ descriptor: Int32, keeping limit: Int) -> (bytes: [UInt8], size: Int) {
        var kept: [UInt8] = []
        var size = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            if kept.count < limit { kept += buffer.prefix(min(got, limit - kept.count)) }
            size += got
        }
        return (kept, size)
    }
}

private extension String {
    var trimmingNewlines: String {
        var text = Substring(self)
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return String(text)
    }
}

private func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, pointer, count)
    #else
    Darwin.read(descriptor, pointer, count)
    #endif
}
