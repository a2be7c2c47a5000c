import Foundation
import Testing

/// The core's layers, bottom first. SwiftPM refuses an import that points up
/// (a cycle), but not one that points sideways to a module the target does
/// not declare, so this test reads every source file's imports: each layer may
/// import only the layers below it, as Package.swift declares them.
@Suite("Layers")
struct LayerTests {
    static let allowed: [String: Set<String>] = [
        "Support": [],
        "Findings": ["Support"],
        "Loading": ["Support", "Findings"],
        "Model": ["Support", "Findings", "Loading"],
        "Pipeline": ["Support", "Findings", "Loading", "Model"],
        "Rules": ["Support", "Findings", "Loading", "Model", "Pipeline"],
        "Simulation": ["Support", "Findings", "Loading", "Model", "Pipeline"],
        "Validation": ["Support", "Findings", "Loading", "Model", "Pipeline", "Rules", "Simulation"],
        "Advice": ["Support", "Findings", "Loading", "Model", "Pipeline", "Rules", "Simulation", "Validation"],
        "Exercises": ["Support", "Findings", "Loading", "Model", "Pipeline", "Rules", "Simulation", "Validation"],
        "Output": ["Support", "Findings", "Loading", "Model", "Pipeline", "Rules", "Simulation", "Validation", "Advice", "Exercises"],
    ]

    @Test("each layer imports only the layers below it", arguments: allowed.keys.sorted())
    func imports(layer: String) throws {
        let folder = repositoryRoot + "/Sources/LaunchPlanCore/" + layer
        let files = try #require(FileManager.default.enumerator(atPath: folder)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let imported = text.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("import LaunchPlan") else { return nil }
                return String(line.dropFirst("import LaunchPlan".count))
            }
            let upward = imported.filter { !(Self.allowed[layer] ?? []).contains($0) }
            #expect(upward.isEmpty, "\(layer)/\(file) imports \(upward) from above or beside it")
        }
    }

    @Test("Package.swift declares the same layers")
    func package() throws {
        let manifest = try String(contentsOfFile: repositoryRoot + "/Package.swift", encoding: .utf8)
        for layer in Self.allowed.keys {
            #expect(manifest.contains("name: \"LaunchPlan\(layer)\""), "\(layer)")
        }
    }
}
