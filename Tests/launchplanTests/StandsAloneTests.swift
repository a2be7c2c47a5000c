import Foundation
import Testing

/// A user has only the repository: nothing a user reads may point outside it.
@Suite("The repository stands alone")
struct StandsAloneTests {
    static let outside = ["../shared", "shared/spec", "PLAYBOOK.md", "RULES.md", "SIMULATOR.md", "CLI.md", "STYLE.md"]

    /// README, docs, the schema and every example playbook.
    static func userFiles() throws -> [String] {
        let root = CommandRunner.repositoryRoot.path
        var files = ["README.md", "schemas/playbook.schema.json"]
        for folder in ["docs", "playbooks"] {
            let found = try #require(FileManager.default.enumerator(atPath: root + "/" + folder)).compactMap { $0 as? String }
            files += found.filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { folder + "/" + $0 }
        }
        return files
    }

    @Test("README, docs, schema and playbooks name no file outside the repo")
    func files() throws {
        let files = try Self.userFiles()
        #expect(files.count > 5)
        for file in files {
            let text = try String(contentsOfFile: CommandRunner.repositoryRoot.path + "/" + file, encoding: .utf8)
            for name in Self.outside { #expect(!text.contains(name), "\(file) names \(name)") }
        }
    }

    @Test("no help text names a file outside the repo", arguments: ["", "validate", "simulate", "rules", "explain", "schema"])
    func help(command: String) throws {
        let result = try CommandRunner.run(command.isEmpty ? ["--help"] : [command, "--help"])
        #expect(result.status == 0 && !result.stdout.isEmpty)
        for name in Self.outside { #expect(!result.stdout.contains(name), "\(command) --help names \(name)") }
    }
}
