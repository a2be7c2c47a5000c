import Foundation
import Testing
@testable import LaunchPlanCore

/// The checked-in bad-input corpus (Tests/BadInput, outcomes in expected.tsv)
/// and the two inputs too large to check in: each gives its finding quickly.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    static let cases: [(file: String, outcome: String)] = {
        guard let manifest = try? readFile("Tests/BadInput/expected.tsv") else { return [] }
        return String(decoding: manifest, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t").map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }()

    static func check(_ bytes: [UInt8], byteCount: Int? = nil, expect outcome: String, _ what: String) {
        let started = ContinuousClock.now
        let report = Validator().validate(PlaybookSource(path: what, bytes: bytes, byteCount: byteCount))
        let reading = Set(report.findings.filter(\.rule.isReading).map(\.rule.id))
        if outcome == "none" {
            #expect(reading.isEmpty, "\(what): \(reading)")
        } else {
            #expect(reading.contains(outcome), "\(what): expected \(outcome), got \(reading)")
        }
        if let plan = report.playbook { _ = Projection.expected(plan).json().rendered() }
        _ = Report(files: [report]).text(color: false)
        // A hang guard: the release build answers in milliseconds (scripts/bench); debug and
        // sanitizer builds on a busy machine are many times slower.
        #expect(ContinuousClock.now - started < .seconds(10), "\(what) took too long")
    }

    @Test("the manifest reads and lists every file of the corpus, each once")
    func complete() throws {
        _ = try readFile("Tests/BadInput/expected.tsv")
        let files = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Tests/BadInput").filter { $0 != "expected.tsv" }.sorted()
        #expect(!files.isEmpty)
        #expect(Self.cases.map(\.file).sorted() == files)
    }

    @Test("each checked-in bad input gives its outcome within a second", arguments: cases.map(\.file))
    func corpus(file: String) throws {
        let outcome = try #require(Self.cases.first { $0.file == file }?.outcome)
        Self.check(try readFile("Tests/BadInput/" + file), expect: outcome, file)
    }

    @Test("a 50 MB file is refused by its size")
    func fiftyMegabytes() {
        Self.check(Array(repeating: UInt8(ascii: "#"), count: (4 << 20) + 1), byteCount: 50_000_000, expect: "yaml-limits", "50 MB")
    }

    @Test("a playbook with 10,000 milestones is refused at the node limit")
    func tenThousandMilestones() throws {
        let extra = (0..<10_000).map { "  - {id: m-\($0), day: \($0 % 90), owner: owner}\n" }.joined()
        let text = String(decoding: try readFile("playbooks/northwind-good.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "milestones:\n", with: "milestones:\n" + extra)
        Self.check(Array(text.utf8), expect: "yaml-limits", "10,000 milestones")
    }
}
