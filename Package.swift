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
        /// The pure core: loading, model, checks, output. No printing, exit, clock or global state.
        .target(name: "LaunchPlanCore", dependencies: ["CYAML"]),
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
