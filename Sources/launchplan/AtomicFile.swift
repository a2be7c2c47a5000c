#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole or not at all: the text goes to a temporary file in the
/// same folder, is flushed, and only then takes the file's name (a rename,
/// or a hard link when an existing file must not be replaced, so that no
/// check-then-write race can overwrite one). A failure leaves nothing behind
/// and any existing file as it was.
enum AtomicFile {
    enum Replacing { case never, always }

    static func write(_ text: String, to path: String, replacing: Replacing) throws(UsageError) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        var template = Array((folder.isEmpty ? "/" : folder + "/").utf8CString.dropLast()) + Array(".launchplan-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if n < 0 { if errno == EINTR { continue }; break }
            written += n
        }
        let complete = written == bytes.count && fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        bytes.removeAll()
        guard complete, closed, applyDefaultMode(temporary) else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        switch replacing {
        case .always:
            guard rename(temporary, path) == 0 else {
                let error = failure(path)
                unlink(temporary)
                throw error
            }
        case .never:
            let linked = link(temporary, path)
            let code = errno
            unlink(temporary)
            if linked != 0 {
                if code == EEXIST { throw UsageError(message: "'\(path)' exists; give --force to replace it") }
                errno = code
                throw failure(path)
            }
        }
    }

    /// A new file is readable by all and writable by its owner, as the umask allows (mkstemp makes it 0600).
    private static func applyDefaultMode(_ path: String) -> Bool {
        let mask = umask(0)
        umask(mask)
        return chmod(path, 0o666 & ~mask) == 0
    }

    private static func failure(_ path: String) -> UsageError {
        UsageError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
}
