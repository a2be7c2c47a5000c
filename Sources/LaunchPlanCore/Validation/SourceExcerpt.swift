import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules

/// The lines of a playbook that its findings quote, and no others: a report
/// over thousands of files keeps a few lines of each, not every file's bytes.
public struct SourceExcerpt: Sendable {
    /// 1-based line number to the line's bytes, without its line break.
    private let lines: [Int: [UInt8]]

    /// The lines `numbers` of `source` (LF, CRLF or CR endings; a leading
    /// byte-order mark dropped), found in one walk that stops at the last one.
    public init(_ source: [UInt8], lines numbers: Set<Int>) {
        var lines: [Int: [UInt8]] = [:]
        let last = numbers.max() ?? 0
        var number = 1
        var start = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while number <= last, start <= source.count {
            var end = start
            while end < source.count, source[end] != 0x0A, source[end] != 0x0D { end += 1 }
            if numbers.contains(number) { lines[number] = Array(source[start..<end]) }
            guard end < source.count else { break }
            start = end + (source[end] == 0x0D && end + 1 < source.count && source[end + 1] == 0x0A ? 2 : 1)
            number += 1
        }
        self.lines = lines
    }

    /// The lines `numbers` of this excerpt (those it holds).
    public func keeping(lines numbers: Set<Int>) -> SourceExcerpt {
        SourceExcerpt(lines: lines.filter { numbers.contains($0.key) })
    }

    private init(lines: [Int: [UInt8]]) {
        self.lines = lines
    }

    /// The bytes of a 1-based line; nil when the excerpt does not hold it.
    public func line(_ number: Int) -> [UInt8]? {
        lines[number]
    }
}
