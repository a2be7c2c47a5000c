import Foundation
import Testing

/// Every output sample in README.md is what the tool prints today. A sample
/// is the fenced block right after a `<!-- sample: launchplan ARGS -->`
/// comment; the test runs `ARGS` from the repository root and compares every
/// line shown. A line that is only `...` (indentation allowed) stands for
/// lines left out: the lines around it must appear in order, those before the
/// first `...` at the very start of the output, those after the last at its end.
@Suite("README samples")
struct ReadmeSampleTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var lines: [String]
        var line: Int
        var testDescription: String { "launchplan " + arguments.joined(separator: " ") }
    }

    static let marker = "<!-- sample: launchplan "

    static func readme() throws -> String {
        try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The marked samples of a Markdown text.
    static func samples(in text: String) -> [Sample] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var samples: [Sample] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].hasPrefix(marker), lines[index].hasSuffix(" -->"), index + 1 < lines.count,
                  lines[index + 1].hasPrefix("```") else { continue }
            let command = lines[index].dropFirst(marker.count).dropLast(" -->".count)
            var body: [String] = []
            var cursor = index + 2
            while cursor < lines.count, lines[cursor] != "```" {
                body.append(lines[cursor])
                cursor += 1
            }
            samples.append(Sample(arguments: command.split(separator: " ").map(String.init), lines: body, line: index + 1))
            index = cursor
        }
        return samples
    }

    /// Whether `shown` is `output` with the elided runs left out; nil when it
    /// is, else the first line that does not match.
    static func mismatch(shown: [String], output: [String]) -> String? {
        var chunks: [[String]] = [[]]
        for line in shown {
            if line.trimmingCharacters(in: .whitespaces) == "..." { chunks.append([]) } else { chunks[chunks.count - 1].append(line) }
        }
        if chunks.count == 1 {
            return shown == output ? nil : zip(shown + [""], output + [""]).first { $0 != $1 }.map { "shown `\($0.0)`, printed `\($0.1)`" } ?? "line counts differ"
        }
        var position = 0
        for (i, chunk) in chunks.enumerated() where !chunk.isEmpty {
            let isFirst = i == 0, isLast = i == chunks.count - 1
            let candidates: [Int] = isFirst ? [0] : isLast ? [output.count - chunk.count] : Array(position...max(position, output.count - chunk.count))
            guard let start = candidates.first(where: { $0 >= position && $0 + chunk.count <= output.count && Array(output[$0..<($0 + chunk.count)]) == chunk }) else {
                return "not printed \(isFirst ? "at the start" : isLast ? "at the end" : "after the lines before it"): `\(chunk[0])`…"
            }
            position = start + chunk.count
        }
        return nil
    }

    @Test("README marks its samples")
    func marked() throws {
        let samples = Self.samples(in: try Self.readme())
        #expect(samples.count >= 5)
        #expect(samples.allSatisfy { !$0.lines.isEmpty })
    }

    @Test("each README sample is what the command prints", arguments: samples(in: (try? readme()) ?? ""))
    func sample(_ sample: Sample) throws {
        let result = try CommandRunner.run(sample.arguments, environment: ["NO_COLOR": "1"], timeout: 600)
        #expect(!result.stdout.isEmpty, "\(result.stderr)")
        var output = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if output.last == "" { output.removeLast() }
        let problem = Self.mismatch(shown: sample.lines, output: output)
        #expect(problem == nil, "README.md line \(sample.line): \(problem ?? ""); paste the output of `\(sample.testDescription)`")
    }

    @Test("the elision marker: kept lines must be printed, in order, at the ends given")
    func elision() {
        let output = ["a", "b", "c", "d", "e"]
        #expect(Self.mismatch(shown: output, output: output) == nil)
        #expect(Self.mismatch(shown: ["a", "...", "e"], output: output) == nil)
        #expect(Self.mismatch(shown: ["a", "  ...", "c", "...", "e"], output: output) == nil)
        #expect(Self.mismatch(shown: ["...", "d", "e"], output: output) == nil)
        #expect(Self.mismatch(shown: ["a", "b", "..."], output: output) == nil)
        #expect(Self.mismatch(shown: ["a", "b"], output: output) != nil)
        #expect(Self.mismatch(shown: ["b", "...", "e"], output: output) != nil)
        #expect(Self.mismatch(shown: ["a", "...", "d"], output: output) != nil)
        #expect(Self.mismatch(shown: ["a", "...", "d", "...", "c", "...", "e"], output: output) != nil)
        #expect(Self.mismatch(shown: ["a", "...", "x", "...", "e"], output: output) != nil)
    }

    @Test("the README's numbers in prose: the lakeside story's finding count, a clean plan's summary")
    func findingCounts() throws {
        let result = try CommandRunner.run(["validate", "--format", "json", "playbooks/lakeside-story.yaml"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        let count = (summary["errors"] ?? 0) + (summary["warnings"] ?? 0) + (summary["infos"] ?? 0)
        let readme = try Self.readme()
        for claim in ["the first three of its \(count) findings", "`validate playbooks/lakeside-story.yaml` (\(count) findings)",
                      "(\(count),000 findings;"] {
            #expect(readme.contains(claim), "README.md should say \(claim)")
        }
        let clean = try CommandRunner.run(["validate", "playbooks/northwind-good.yaml"])
        #expect(clean.status == 0)
        #expect(readme.contains("A clean plan prints `\(clean.stdout.trimmingCharacters(in: .newlines))` and exits 0."))
    }
}
