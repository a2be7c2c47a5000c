import Foundation
import Testing

/// `launchplan calibrate` as a consultant runs it over past launches: the
/// text of the shipped examples, the chances `simulate` gives, skipped
/// playbooks and the exit status.
@Suite("launchplan calibrate")
struct CalibrateCommandTests {
    static let launches = "playbooks/launches"

    /// A temporary folder with the shipped launches, a playbook that cannot be
    /// read (a YAML error on line 3) and one without actuals.
    static func folder(launches: Bool = true) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-calibrate-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let root = CommandRunner.repositoryRoot
        if launches {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(Self.launches).path) where name.hasSuffix(".yaml") {
                try FileManager.default.copyItem(at: root.appendingPathComponent(Self.launches).appendingPathComponent(name), to: url.appendingPathComponent(name))
            }
            try "launchplan: 1\ndealership: {name: Broken}\nroles: [unclosed\n".write(to: url.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        }
        try FileManager.default.copyItem(at: root.appendingPathComponent("playbooks/northwind-good.yaml"), to: url.appendingPathComponent("no-actuals.yaml"))
        return url
    }

    @Test("the shipped launches: text as in the golden file, with an assumption consistently off; exit 0")
    func golden() throws {
        let result = try CommandRunner.run(["calibrate", Self.launches])
        #expect(result.status == 0, "\(result.stderr)")
        try CommandRunner.expectGolden(result.stdout, "calibrate-launches.text")
        #expect(result.stdout.contains("consistently off; set `funnel`"))
    }

    @Test("each forecast's chance is the one `simulate --no-sensitivity` gives the plan, with the same runs and seed")
    func chancesAreSimulate() throws {
        let file = "\(Self.launches)/summit-imaging-2024.yaml"
        let calibrate = try CommandRunner.run(["calibrate", Self.launches, "--runs", "3000", "--seed", "5", "--format", "json"])
        let simulate = try CommandRunner.run(["simulate", file, "--no-sensitivity", "--runs", "3000", "--seed", "5", "--format", "json"])
        #expect(calibrate.status == 0 && simulate.status == 0)
        let launches = try #require(try JSONSerialization.jsonObject(with: Data(calibrate.stdout.utf8)) as? [String: Any])["launches"] as? [[String: Any]]
        let launch = try #require(launches?.first { $0["path"] as? String == file })
        let forecasts = try #require(launch["forecasts"] as? [[String: Any]])
        let objectives = try #require(try JSONSerialization.jsonObject(with: Data(simulate.stdout.utf8)) as? [String: Any])["objectives"] as? [[String: Any]]
        for objective in try #require(objectives) {
            let id = try #require(objective["objective"] as? String)
            let forecast = try #require(forecasts.first { $0["kind"] as? String == "objective" && $0["id"] as? String == id })
            #expect(forecast["probability"] as? Double == objective["probability"] as? Double, "\(id)")
        }
    }

    @Test("the same output with one thread as with all")
    func threads() throws {
        let one = try CommandRunner.run(["calibrate", Self.launches, "--runs", "2000", "--threads", "1"])
        let all = try CommandRunner.run(["calibrate", Self.launches, "--runs", "2000"])
        #expect(one.status == 0 && !one.stdout.isEmpty && one.stdout == all.stdout)
    }

    @Test("a playbook that cannot be read, or records no actuals, is listed as skipped with file:line:column; the rest are calibrated (exit 0)")
    func skipped() throws {
        let folder = try Self.folder()
        let result = try CommandRunner.run(["calibrate", folder.path, "--runs", "500"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Calibration over 6 past launches"))
        #expect(result.stdout.contains("Skipped (2):\n  \(folder.path)/broken.yaml:4:1: yaml-syntax: "))
        #expect(result.stdout.contains("  \(folder.path)/no-actuals.yaml: records no actuals\n"))
        let markdown = try CommandRunner.run(["calibrate", folder.path, "--runs", "500", "--format", "markdown"])
        #expect(markdown.status == 0 && markdown.stdout.hasPrefix("# Calibration over 6 past launches"))
        #expect(markdown.stdout.contains("| Prairie Copy &amp; Print |"), "playbook strings escaped")
        #expect(markdown.stdout.contains("**Every forecast**"))
    }

    @Test("exit 2: a folder that does not exist, one without playbooks, one whose playbooks record no actuals")
    func usage() throws {
        let missing = try CommandRunner.run(["calibrate", "no/such/folder"])
        #expect(missing.status == 2 && missing.stdout.isEmpty)
        #expect(missing.stderr == "launchplan: error: calibrate: cannot read 'no/such/folder': no such file or directory\n")
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("launchplan-calibrate-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try CommandRunner.run(["calibrate", empty.path])
        #expect(none.status == 2 && none.stderr.contains("no playbooks (*.yaml, *.yml)"))
        let withoutActuals = try CommandRunner.run(["calibrate", try Self.folder(launches: false).path])
        #expect(withoutActuals.status == 2 && withoutActuals.stdout.isEmpty)
        #expect(withoutActuals.stderr.contains("records actuals"))
        #expect(try CommandRunner.run(["calibrate"]).status == 2)
    }
}
