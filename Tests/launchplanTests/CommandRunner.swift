import Foundation
import Testing

/// Runs the built `launchplan` binary as a user would, from the repository root.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// The binary sits beside the test bundle in the build folder.
    static let binary: URL = {
        #if os(macOS)
        let folder = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? Bundle.main.bundleURL
        #else
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        #endif
        return folder.appendingPathComponent("launchplan")
    }()

    /// With `shell`, runs `/bin/sh` with `arguments` instead of the binary.
    /// A run still going after `timeout` seconds is terminated (status 15), so
    /// a hang fails its test instead of stalling the suite.
    static func run(_ arguments: [String], environment: [String: String] = [:], shell: Bool = false, timeout: Double = 120) throws -> Result {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: "/bin/sh") : binary
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        defer { deadline.cancel() }
        // Drain standard error on another thread while reading standard output:
        // a child that fills one pipe while we wait on the other would hang.
        let errorBox = DataBox()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorBox.data = err.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        let errData = errorBox.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Compares with `Tests/Golden/NAME`; `LAUNCHPLAN_RECORD_GOLDEN=1 swift test` rewrites it.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = repositoryRoot.appendingPathComponent("Tests/Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LAUNCHPLAN_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let diff = a.difference(from: e).map { change -> String in
                switch change {
                case .insert(let offset, let line, _): "+\(offset + 1): \(line)"
                case .remove(let offset, let line, _): "-\(offset + 1): \(line)"
                }
            }.joined(separator: "\n")
            Issue.record("\(name) differs from the golden file (re-record with LAUNCHPLAN_RECORD_GOLDEN=1):\n\(diff)", sourceLocation: sourceLocation)
        }
    }
}

/// Standard error's bytes, filled by the draining thread before the semaphore signals.
final class DataBox: @unchecked Sendable {
    var data = Data()
}
