import Foundation
import Testing

/// What a new user (or a hostile file) throws at the validator: each must give
/// a finding quickly, never a crash or a hang.
@Suite("Hostile and broken input")
struct HostileInputTests {
    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-tests-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Each case makes its bytes on demand (a 50 MB argument would be slow to describe).
    enum HostileFile: String, CaseIterable, CustomTestStringConvertible {
        case tab, empty, binary, aliasBomb, brackets, big, nul, twoDocuments, list

        var testDescription: String { rawValue }

        var bytes: [UInt8] {
            switch self {
            case .tab: Array("launchplan: 1\ndealership:\n\tname: x\n".utf8)
            case .empty: []
            case .binary: (0..<4096).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
            case .aliasBomb:
                Array((["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + (1...20).map { level in
                    "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]"
                }).joined(separator: "\n").utf8)
            case .brackets: Array(repeating: UInt8(ascii: "["), count: 4 << 20)
            case .big: Array(repeating: UInt8(ascii: "#"), count: 50_000_000)
            case .nul: Array("launchplan: 1".utf8) + [0]
            case .twoDocuments: Array("launchplan: 1\n---\nlaunchplan: 1\n".utf8)
            case .list: Array("- launchplan\n".utf8)
            }
        }

        var rule: String {
            switch self {
            case .tab, .nul: "yaml-syntax"
            case .empty: "schema-version"
            case .binary, .aliasBomb, .brackets, .big, .twoDocuments: "yaml-limits"
            case .list: "schema-type"
            }
        }
    }

    @Test("each gives its finding and exit 1, within a second", arguments: HostileFile.allCases)
    func hostile(file: HostileFile) throws {
        let path = try Self.write(file.bytes, name: file.rawValue + ".yaml")
        let rule = file.rule
        let started = Date()
        let result = try CommandRunner.run(["validate", "--format", "json", path])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require((object["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == rule)
        #expect(seconds < 15, "a guard against hangs (debug or sanitizer builds on a busy machine); speed is measured by scripts/bench")
    }
}
