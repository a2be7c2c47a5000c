#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LaunchPlanCore

/// Turns the paths on the command line into playbooks to read: files as
/// named, directories searched (recursively, hidden entries skipped, symbolic
/// links to folders not followed) for `*.yaml` and `*.yml` in any case
/// (`PLAN.YAML` too), in sorted order. A file reached twice (named twice, or
/// named and found in a folder) is checked once, where it first appears.
/// Only regular files are read, and standard input when named. A playbook
/// that cannot be read is never skipped in silence: it comes back in its
/// place as an `UnreadablePath`, and the caller goes on with the others.
enum PlaybookFiles {
    typealias Found = Result<PlaybookPath, UnreadablePath>

    /// The playbooks the paths name, in order (files as given, directories searched).
    static func find(_ paths: [PlaybookPath]) -> [Found] {
        var found: [Found] = []
        for path in paths {
            if path.isStandardInput {
                found.append(.success(path))
                continue
            }
            var info = stat()
            guard stat(path.cString, &info) == 0 else {
                found.append(.failure(.cannotRead(path)))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                var inside: [Found] = []
                search(path, into: &inside)
                found += inside.isEmpty ? [.failure(.noPlaybooks(in: path))] : inside.sorted(by: inOrder)
            case S_IFREG:
                found.append(.success(path))
            default:
                // `/dev/stdin` or `/dev/fd/0` names the pipe the caller gave us;
                // any other pipe could block forever waiting for a writer.
                found.append(isStandardInput(info) ? .success(PlaybookPath(standardInputNamed: path.shown)) : .failure(.notRegular(path, info)))
            }
        }
        return onceEach(found)
    }

    /// Drops a file seen before under another path (same device and inode).
    private static func onceEach(_ found: [Found]) -> [Found] {
        var seen: Set<[UInt64]> = []
        return found.filter { outcome in
            guard case .success(let path) = outcome, !path.isStandardInput else { return true }
            var info = stat()
            guard stat(path.cString, &info) == 0 else { return true }
            return seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted
        }
    }

    /// Appends the playbooks in `directory` and its folders, and a problem
    /// for each entry that could hold or be one but cannot be looked at.
    private static func search(_ directory: PlaybookPath, into found: inout [Found]) {
        guard let handle = opendir(directory.cString) else {
            found.append(.failure(.cannotSearch(directory)))
            return
        }
        defer { closedir(handle) }
        while true {
            errno = 0
            guard let entry = readdir(handle) else {
                if errno != 0 { found.append(.failure(.cannotSearch(directory))) }
                return
            }
            // The name as bytes: it need not be UTF-8.
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name.first == UInt8(ascii: ".") { continue }
            let path = directory.appending(name)
            let lowercased = name.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            let isPlaybook = lowercased.ends(with: ".yaml") || lowercased.ends(with: ".yml")
            var isDirectory = Int(entry.pointee.d_type) == Int(DT_DIR)
            if Int(entry.pointee.d_type) == Int(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path.cString, &info) == 0 else {
                    found.append(.failure(.cannotRead(path)))
                    continue
                }
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isDirectory {
                search(path, into: &found)
            } else if isPlaybook {
                found.append(.success(path))
            }
        }
    }

    private static func inOrder(_ a: Found, _ b: Found) -> Bool {
        let (x, y) = (a.path, b.path)
        return x.shown != y.shown ? x.shown < y.shown : x.cString.lexicographicallyPrecedes(y.cString)
    }

    private static func isStandardInput(_ info: stat) -> Bool {
        var input = stat()
        return fstat(0, &input) == 0 && input.st_dev == info.st_dev && input.st_ino == info.st_ino
    }

    /// Reads a playbook named as a string (`simulate`, `explain --plan`).
    static func read(_ path: String, limits: InputLimits) throws(UsageError) -> PlaybookSource {
        do {
            return try read(PlaybookPath(argument: path), limits: limits)
        } catch {
            throw UsageError(message: error.message)
        }
    }

    /// Reads a regular file (or standard input), at most the size limit and
    /// one byte more: a larger file is refused by the loader without being
    /// read whole. The type is checked before opening, so a FIFO is never
    /// opened, and again on the open file, so one swapped in between cannot
    /// block either: O_NONBLOCK makes `open` return at once.
    static func read(_ path: PlaybookPath, limits: InputLimits) throws(UnreadablePath) -> PlaybookSource {
        if path.isStandardInput { return try read(descriptor: 0, path, size: 0, limits: limits) }
        var info = stat()
        guard stat(path.cString, &info) == 0 else { throw .cannotRead(path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegular(path, info) }
        let descriptor = open(path.cString, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotRead(path) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw .cannotRead(path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegular(path, info) }
        return try read(descriptor: descriptor, path, size: Int(info.st_size), limits: limits)
    }

    /// Reads to the end whatever `size` says (a pipe reports 0), capped at the limit + 1.
    private static func read(descriptor: Int32, _ path: PlaybookPath, size: Int, limits: InputLimits) throws(UnreadablePath) -> PlaybookSource {
        let wanted = limits.maxBytes + 1
        var bytes = [UInt8](repeating: 0, count: min(wanted, max(size, 65_536)))
        var filled = 0
        while filled < wanted {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, wanted - bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // Standard input left non-blocking by the caller: wait for data.
                    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                throw .cannotRead(path)
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return PlaybookSource(path: path.shown, bytes: bytes, byteCount: max(size, filled))
    }
}

private extension PlaybookFiles.Found {
    var path: PlaybookPath {
        switch self {
        case .success(let path): path
        case .failure(let problem): problem.path
        }
    }
}

private extension [UInt8] {
    func ends(with suffix: String) -> Bool {
        self.count >= suffix.utf8.count && self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }
}

private func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, pointer, count)
    #else
    Darwin.read(descriptor, pointer, count)
    #endif
}
