#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path named or found that cannot be read as a playbook, and why, in one
/// line for standard error (`validate` goes on with the other files and exits 2).
struct UnreadablePath: Error {
    let path: PlaybookPath
    let message: String

    /// The reason `errno` gives, read at once, before another call changes it.
    static func cannotRead(_ path: PlaybookPath) -> UnreadablePath {
        UnreadablePath(path: path, message: "cannot read '\(path.shown)': \(reason(errno, path))")
    }

    static func cannotSearch(_ directory: PlaybookPath) -> UnreadablePath {
        UnreadablePath(path: directory, message: "cannot search the directory '\(directory.shown)': \(reason(errno, directory))")
    }

    static func noPlaybooks(in directory: PlaybookPath) -> UnreadablePath {
        UnreadablePath(path: directory, message: "no playbooks (*.yaml, *.yml) in the directory '\(directory.shown)'")
    }

    /// A FIFO, socket, device or directory where a playbook file was expected.
    static func notRegular(_ path: PlaybookPath, _ info: stat) -> UnreadablePath {
        let kind = switch info.st_mode & S_IFMT {
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a directory"
        default: "of an unknown type"
        }
        let hint = path.isStandardInput ? "" : "; to read a pipe, give it as standard input, `-`"
        return UnreadablePath(path: path, message: "cannot read '\(path.shown)': not a regular file (\(kind))\(hint)")
    }

    private static func reason(_ code: Int32, _ path: PlaybookPath) -> String {
        switch code {
        case ENOENT:
            var info = stat()
            let dangling = lstat(path.cString, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
            return dangling ? "a symbolic link to a file that does not exist" : "no such file or directory"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        case ENAMETOOLONG: return "the path is longer than the system allows (PATH_MAX)"
        case ELOOP: return "too many levels of symbolic links"
        default: return String(cString: strerror(code))
        }
    }
}
