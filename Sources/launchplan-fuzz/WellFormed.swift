import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks that every output format stays well-formed for the input at hand;
/// a broken one stops the fuzzer like a crash, with the input saved.
enum WellFormed {
    static func json(_ text: String, _ what: String) {
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil else { fail("\(what) is not JSON") }
    }

    static func xml(_ text: String, _ what: String) {
        guard XMLParser(data: Data(text.utf8)).parse() else { fail("\(what) is not well-formed XML") }
    }

    /// One workflow command a line, each `::command params::message`.
    static func github(_ text: String, findings: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard lines.count == findings else { fail("GitHub output has \(lines.count) lines for \(findings) findings") }
        for line in lines where !(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "))
            || line.unicodeScalars.contains(where: { $0 == "\r" }) {
            fail("a GitHub line is not one workflow command: \(line.prefix(200))")
        }
    }

    /// No number that is not one: the model never yields NaN or infinity.
    static func finite(_ text: String, _ what: String) {
        if text.contains("not a number") || text.contains("infinity") { fail("\(what) prints a non-finite number") }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("launchplan-fuzz: \(message)\n".utf8))
        abort()
    }
}
