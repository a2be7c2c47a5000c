import LaunchPlanCore

/// The whole path from bytes to findings and numbers, for libFuzzer and for
/// replaying inputs: load, decode, every rule, waivers, the expectation
/// model's projection, every explanation trace, both output formats, and a
/// few simulator runs.
func exercise(_ bytes: [UInt8]) {
    let report = Validator(waiverPolicy: WaiverPolicy(today: CalendarDate("2027-06-01")))
        .validate(PlaybookSource(path: "fuzz.yaml", bytes: bytes))
    let whole = Report(files: [report])
    _ = whole.text(color: true)
    _ = whole.json().rendered()
    guard let plan = report.playbook else { return }
    _ = Projection.expected(plan).json().rendered()
    for finding in report.findings where !finding.rule.isReading {
        _ = Explanation.text(for: finding.rule.id, in: report)
    }
    _ = SimulationSet(plan, sensitivity: false).runSerially(runs: 3, seed: 1)
}

#if FUZZING
/// libFuzzer's entry (scripts/fuzz compiles this file with -parse-as-library
/// and -sanitize=fuzzer,address, so libFuzzer supplies `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#else
/// Built by SwiftPM: replays the files given (crash reproducers, the corpus).
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            exercise(readFile(path))
            print("ok \(path)")
        }
    }
}
#endif
