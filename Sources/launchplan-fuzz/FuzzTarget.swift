import LaunchPlanCore

/// The whole path from bytes to findings and numbers, for libFuzzer and for
/// replaying inputs: load, decode, every rule, waivers, every validate format
/// (each checked for well-formedness), every explanation trace, the
/// expectation model's projection and a few simulator runs in every
/// `simulate` format.
func exercise(_ bytes: [UInt8]) {
    #if FUZZ_SELF_TEST
    // scripts/fuzz --self-test plants this crash to prove a crash fails the run fast.
    if bytes.starts(with: Array("PLANTED-CRASH".utf8)) { WellFormed.fail("the planted crash") }
    #endif
    // The band of actuals on 200 runs: 10,000 under the sanitizer would outlast the per-input timeout.
    let report = Validator(waiverPolicy: WaiverPolicy(today: CalendarDate("2027-06-01")), bandRuns: 200)
        .validate(PlaybookSource(path: "fuzz.yaml", bytes: bytes))
    let whole = Report(files: [report])
    _ = whole.text(color: true)
    WellFormed.finite(whole.text(color: false), "text")
    WellFormed.json(whole.json().rendered(), "validate JSON")
    WellFormed.json(whole.sarif(relativeTo: "/fuzz").rendered(), "SARIF")
    WellFormed.xml(whole.junit(), "JUnit")
    WellFormed.github(whole.github(), findings: report.findings.count)
    for finding in report.findings where !finding.rule.isReading {
        WellFormed.finite(Explanation.text(for: finding.rule.id, in: report), "explain \(finding.rule.id)")
    }
    guard let plan = report.playbook else { return }
    for projection in [Projection.expected(plan), SimulationSet(plan, sensitivity: false).runSerially(runs: 3, seed: 1)] {
        let json = projection.json().rendered()
        WellFormed.json(json, "simulate JSON")
        WellFormed.finite(json + projection.text() + projection.csvRows(plan: "fuzz.yaml"), "simulate output")
    }
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
