#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LaunchPlanCore

/// Turns the paths on the command line into playbook sources: files as named,
/// directories searched (recursively, hidden folders skipped, symbolic links
/// to folders not followed) for `*.yaml` and `*.yml`, in sorted order.
enum PlaybookFiles {
    /// The playbook files the paths name, in order (files as given, directories searched).
    static func files(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw UsageError(message: "cannot read '\(path)': \(errorText())") }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let found = try playbooks(in: path).sorted()
                guard !found.isEmpty else { throw UsageError(message: "no playbooks (*.yaml, *.yml) in the directory '\(path)'") }
                files += found
            } else {
                files.append(path)
            }
        }
        return files
    }

    private static func playbooks(in directory: String) throws -> [String] {
        guard let handle = opendir(directory) else { throw UsageError(message: "cannot read '\(directory)': \(errorText())") }
        defer { closedir(handle) }
        var found: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                found += try playbooks(in: path)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                found.append(path)
            }
        }
        return found
    }

    /// Reads at most the size limit and one byte more: a larger file is
    /// refused by the loader without being read whole.
    static func read(_ path: String, limits: InputLimits) throws -> PlaybookSource {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw UsageError(message: "cannot read '\(path)': \(errorText())") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw UsageError(message: "cannot read '\(path)': \(errorText())") }
        // Read to the end whatever st_size says (a pipe or `<(...)` reports 0), capped at the limit + 1.
        let size = Int(info.st_size)
        let wanted = limits.maxBytes + 1
        var bytes = [UInt8](repeating: 0, count: min(wanted, max(size, 65_536)))
        var filled = 0
        while filled < wanted {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, wanted - bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc_read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 { throw UsageError(message: "cannot read '\(path)': \(errorText())") }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return PlaybookSource(path: path, bytes: bytes, byteCount: max(size, filled))
    }

    private static func errorText() -> String {
        switch errno {
        case ENOENT: "no such file or directory"
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        default: String(cString: strerror(errno))
        }
    }
}

private func Glibc_read(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, pointer, count)
    #else
    Darwin.read(fd, pointer, count)
    #endif
}
