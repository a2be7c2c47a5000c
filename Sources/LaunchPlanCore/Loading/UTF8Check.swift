import LaunchPlanSupport
import LaunchPlanFindings

/// Finds the first byte sequence that is not UTF-8 (libyaml would otherwise
/// also accept UTF-16 files, which the format does not).
package enum UTF8Check {
    /// The 1-based position of the first invalid sequence, or nil when all is UTF-8.
    package static func firstInvalid(in bytes: [UInt8]) -> Mark? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        var afterCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                defer { afterCR = scalar == "\r" }
                if scalar == "\n" && afterCR {
                    continue
                } else if scalar == "\n" || scalar == "\r" {
                    line += 1
                    column = 1
                } else if scalar != "\u{FEFF}" || line > 1 || column > 1 {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return Mark(line: line, column: column)
            }
        }
    }
}
