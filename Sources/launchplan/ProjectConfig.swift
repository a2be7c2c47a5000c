#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LaunchPlanCore

/// The project config file (`.launchplan.yml`) whose rule levels apply: named
/// with `--config`, or found from the working directory upward, no further
/// than the repository root (the first folder holding `.git`, a directory or
/// a worktree's file). Outside a repository only the working directory
/// counts: a config planted in a shared folder above (`/tmp/.launchplan.yml`)
/// must not change the rule levels of everyone below it.
struct ProjectConfig {
    /// As the outputs name it: relative to the working directory when found.
    let path: PlaybookPath
    let settings: RuleSettings

    static let fileName = ".launchplan.yml"

    /// Reads and parses the config; any problem is a usage error (exit 2),
    /// never a silently ignored file.
    static func read(_ path: PlaybookPath) throws(UsageError) -> ProjectConfig {
        let source: PlaybookSource
        do {
            source = try PlaybookFiles.read(path, limits: .standard)
        } catch {
            throw UsageError(message: error.message)
        }
        do {
            return ProjectConfig(path: path, settings: try RuleSettings.config(source.bytes, path: path.shown))
        } catch {
            throw UsageError(message: error.message)
        }
    }

    /// The nearest `.launchplan.yml` within the repository around the working
    /// directory (any kind of entry counts as found, so that a broken link or
    /// a FIFO is refused aloud rather than passed over).
    static func search() -> PlaybookPath? {
        var folders: [[UInt8]] = [[]]
        while let folder = folders.last, !exists(folder + Array(".git".utf8)) {
            let parent = folder + Array("../".utf8)
            guard !isFileSystemRoot(folder), parent.count + fileName.utf8.count < Int(PATH_MAX) else {
                folders = [[]]
                break
            }
            folders.append(parent)
        }
        return folders.lazy.map { PlaybookPath(bytes: $0 + Array(fileName.utf8)) }.first { exists($0.cString) }
    }

    private static func exists(_ path: [UInt8]) -> Bool {
        exists(path.map { CChar(bitPattern: $0) } + [0])
    }

    private static func exists(_ cString: [CChar]) -> Bool {
        var info = stat()
        return lstat(cString, &info) == 0
    }

    /// `folder` (relative, "" for the working directory) is `/`: it is its own parent.
    private static func isFileSystemRoot(_ folder: [UInt8]) -> Bool {
        var here = stat()
        var parent = stat()
        let name = folder.isEmpty ? Array(".".utf8) : folder
        guard stat(name.map { CChar(bitPattern: $0) } + [0], &here) == 0,
              stat((folder + Array("..".utf8)).map { CChar(bitPattern: $0) } + [0], &parent) == 0 else { return true }
        return here.st_dev == parent.st_dev && here.st_ino == parent.st_ino
    }
}
