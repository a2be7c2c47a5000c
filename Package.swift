// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "launchplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "launchplan", targets: ["launchplan"]),
        .library(name: "LaunchPlanCore", targets: ["LaunchPlanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        /// The system libyaml (Debian `libyaml-dev`, Homebrew `libyaml`); only `Loading/` imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The pure core, one module per layer; each imports only the ones above it
        // in this list, so an upward import does not compile (docs/architecture.md).
        // No printing, exit, clock or global state anywhere in them.
        /// Plain values every layer uses: JSON values, number text, display-safe text.
        .target(name: "LaunchPlanSupport", path: "Sources/LaunchPlanCore/Support"),
        /// Finding, Severity, Mark, KeyPath, RuleID: what every layer emits.
        .target(name: "LaunchPlanFindings", dependencies: ["LaunchPlanSupport"], path: "Sources/LaunchPlanCore/Findings"),
        /// Bytes to YAML nodes with marks; the only user of libyaml.
        .target(name: "LaunchPlanLoading", dependencies: ["CYAML", "LaunchPlanFindings"], path: "Sources/LaunchPlanCore/Loading"),
        /// The playbook as Swift values, its format description and the decoder.
        .target(name: "LaunchPlanModel", dependencies: ["LaunchPlanLoading"], path: "Sources/LaunchPlanCore/Model"),
        /// The one pipeline model: sellers, expected activity, pay.
        .target(name: "LaunchPlanPipeline", dependencies: ["LaunchPlanModel"], path: "Sources/LaunchPlanCore/Pipeline"),
        /// Every rule, its description and the one registry (Catalogue).
        .target(name: "LaunchPlanRules", dependencies: ["LaunchPlanPipeline"], path: "Sources/LaunchPlanCore/Rules"),
        /// The Monte Carlo simulator and the projection it reports.
        .target(name: "LaunchPlanSimulation", dependencies: ["LaunchPlanPipeline"], path: "Sources/LaunchPlanCore/Simulation"),
        /// load -> decode -> rules (and `off-track`, on the simulator's band) -> waivers and levels, in one pass.
        .target(name: "LaunchPlanValidation", dependencies: ["LaunchPlanRules", "LaunchPlanSimulation"], path: "Sources/LaunchPlanCore/Validation"),
        /// What would make the plan work: levers searched on the expectation model, text edits, patches.
        .target(name: "LaunchPlanAdvice", dependencies: ["LaunchPlanValidation", "LaunchPlanSimulation"], path: "Sources/LaunchPlanCore/Advice"),
        /// The bootcamp pack (embedded) and the grading of a participant's fix: findings and projections compared, invariants.
        .target(name: "LaunchPlanExercises", dependencies: ["LaunchPlanValidation", "LaunchPlanSimulation"], path: "Sources/LaunchPlanCore/Exercises"),
        /// Reports and projections as text, JSON, SARIF, GitHub, JUnit, CSV, docs.
        .target(name: "LaunchPlanOutput", dependencies: ["LaunchPlanValidation", "LaunchPlanSimulation", "LaunchPlanAdvice", "LaunchPlanExercises"], path: "Sources/LaunchPlanCore/Output"),
        /// All of the above under one name, for the command line, tests and tools.
        .target(name: "LaunchPlanCore", dependencies: ["LaunchPlanOutput"], path: "Sources/LaunchPlanCore/Core"),
        /// The command tree: arguments, files, terminal, exit codes.
        .executableTarget(
            name: "launchplan",
            dependencies: [
                "LaunchPlanCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// In-process timings for scripts/bench (what rules and the model add).
        .executableTarget(name: "launchplan-bench", dependencies: ["LaunchPlanCore"]),
        /// libFuzzer harness (scripts/fuzz builds it with -sanitize=fuzzer,address
        /// and -DFUZZING); built plainly, it replays inputs given as files.
        .executableTarget(name: "launchplan-fuzz", dependencies: ["LaunchPlanCore"]),
        .testTarget(name: "LaunchPlanCoreTests", dependencies: ["LaunchPlanCore"]),
        .testTarget(name: "launchplanTests", dependencies: ["launchplan", "LaunchPlanCore"]),
    ]
)
