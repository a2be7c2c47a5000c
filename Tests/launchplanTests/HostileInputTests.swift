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

    /// The checked-in corpus (Tests/BadInput/expected.tsv), run through the
    /// binary as a user would; the in-process checks are in BadInputCorpusTests.
    static let corpus: [(file: String, outcome: String)] = {
        let manifest = CommandRunner.repositoryRoot.appendingPathComponent("Tests/BadInput/expected.tsv")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t").map(String.init)
            return line.hasPrefix("#") || parts.count != 2 ? nil : (parts[0], parts[1])
        }
    }()

    @Test("each corpus file gives its finding (exit 1) or reads cleanly (exit 0), never a crash", arguments: corpus.map(\.file))
    func corpusFile(file: String) throws {
        let outcome = try #require(Self.corpus.first { $0.file == file }?.outcome)
        try Self.expect(path: "Tests/BadInput/" + file, outcome: outcome)
    }

    /// Inputs too large to check in, made on demand.
    enum LargeFile: String, CaseIterable, CustomTestStringConvertible {
        case brackets, big

        var testDescription: String { rawValue }

        var bytes: [UInt8] {
            switch self {
            case .brackets: Array(repeating: UInt8(ascii: "["), count: 4 << 20)
            case .big: Array(repeating: UInt8(ascii: "#"), count: 50_000_000)
            }
        }
    }

    @Test("4 MiB of `[` and a 50 MB file are refused by the limits", arguments: LargeFile.allCases)
    func large(file: LargeFile) throws {
        try Self.expect(path: try Self.write(file.bytes, name: file.rawValue + ".yaml"), outcome: "yaml-limits")
    }

    static func expect(path: String, outcome: String) throws {
        let started = Date()
        let result = try CommandRunner.run(["validate", "--format", "json", path])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require((object["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        if outcome == "none" {
            #expect(result.status == 0, "\(path): \(rules)")
        } else {
            #expect(result.status == 1)
            #expect(rules.contains(outcome), "\(path): expected \(outcome), got \(rules)")
        }
        #expect(seconds < 15, "a guard against hangs (debug or sanitizer builds on a busy machine); speed is measured by scripts/bench")
    }
}
