import LaunchPlanCore

/// The whole path from bytes to findings and numbers, for libFuzzer and for
/// replaying inputs: load, decode, every rule, waivers, the expectation
/// model's projection, every explanation trace, and both output formats.
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
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
/// Without libFuzzer: replay the files given (crash reproducers, the corpus).
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
