import CYAML
import LaunchPlanSupport
import LaunchPlanFindings

/// libyaml's error, said in plain words for a dealer who edits YAML by hand,
/// with libyaml's own text kept at the end for anyone searching for it.
package struct LibYAMLProblem {
    package var message: String
    package var mark: Mark
    package var fix: String

    package init(parser: yaml_parser_t, buffer: UnsafeBufferPointer<UInt8>) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { String(cString: $0) }
        let raw: yaml_mark_t
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset only.
            mark = Self.mark(atByte: Int(parser.problem_offset), in: buffer)
            raw = parser.problem_mark
        } else {
            let pointsAtStart = problem == "could not find expected ':'"
                || (problem == "found unexpected end of stream" && (context ?? "").contains("quoted"))
            raw = pointsAtStart ? parser.context_mark : parser.problem_mark
            mark = Mark(line: Int(raw.line) + 1, column: Int(raw.column) + 1)
        }
        let byte = Self.byteOffset(ofCharacter: Int(parser.problem_mark.index), in: buffer)
        let atTab = parser.error != YAML_READER_ERROR && byte < buffer.count && buffer[byte] == 0x09
        let plain = Self.bracketInPlainValue(problem: problem, at: byte, in: buffer)
            ?? Self.plainWords(problem: problem, context: context, atTab: atTab || problem.contains("tab"))
        let original = [context, problem].compactMap { $0 }.joined(separator: " ")
        message = "the file is not well-formed YAML: \(plain.problem) (libyaml: \(original))"
        fix = plain.fix
    }

    /// libyaml's mark index counts characters after any byte-order mark.
    package static func byteOffset(ofCharacter index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var characters = 0
        while offset < buffer.count, characters < index {
            offset += 1
            while offset < buffer.count, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
            characters += 1
        }
        return offset
    }

    /// The 1-based line and column of a byte offset (LF, CRLF and CR end lines).
    package static func mark(atByte target: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        var offset = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while offset < min(target, buffer.count) {
            let byte = buffer[offset]
            if byte == 0x0A || (byte == 0x0D && (offset + 1 >= buffer.count || buffer[offset + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, byte != 0x0D {
                column += 1
            }
            offset += 1
        }
        return Mark(line: line, column: column)
    }

    /// Inside `{ }` or `[ ]`, an unquoted value such as `territory.rules[1]`
    /// ends where its `[` starts a list, and libyaml reports a collection
    /// left open. Recognised by the bracket it stops at, glued to the text
    /// before it; said as what it is, with the value quoted in the fix.
    private static func bracketInPlainValue(problem: String, at byte: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (problem: String, fix: String)? {
        guard problem == "did not find expected ',' or '}'" || problem == "did not find expected ',' or ']'",
              byte > 0, byte < buffer.count, buffer[byte] == UInt8(ascii: "[") || buffer[byte] == UInt8(ascii: "{") else { return nil }
        let delimiters: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "'")]
        guard !delimiters.contains(buffer[byte - 1]) else { return nil }
        var start = byte
        while start > 0, !delimiters.contains(buffer[start - 1]), byte - start < 80 { start -= 1 }
        var end = byte
        while end < buffer.count, end - byte < 80, ![UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), 0x0A, 0x0D].contains(buffer[end]) { end += 1 }
        if end < buffer.count, buffer[end] == UInt8(ascii: "]") || buffer[end] == UInt8(ascii: "}") { end += 1 }
        let value = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        return ("the unquoted value `\(value)` contains `\(Character(Unicode.Scalar(buffer[byte])))`, which starts a collection inside `{ }` or `[ ]`",
                "Quote the value: `\"\(value)\"` (a key path with `[n]` always needs quotes there).")
    }

    private static func plainWords(problem: String, context: String?, atTab: Bool) -> (problem: String, fix: String) {
        if atTab {
            return ("a tab character is used for indentation or spacing where YAML allows only spaces",
                    "Replace the tabs with spaces (two per level is usual).")
        }
        let context = context ?? ""
        switch problem {
        case "mapping values are not allowed in this context":
            return ("a `key: value` stands where it is not allowed: the indentation is off, or unquoted text contains `: `",
                    "Line the key up with its siblings, or put text that contains `: ` in quotes.")
        case "did not find expected key":
            return ("a line is not indented like the keys of the mapping it belongs to",
                    "Indent the line exactly like the other keys at its level.")
        case "did not find expected '-' indicator":
            return ("a line inside a list is not indented like the list's `- ` items",
                    "Start each list item with `- ` at the same indentation.")
        case "block sequence entries are not allowed in this context":
            return ("a `- ` list item stands where a value on the same line was expected",
                    "Put the list on its own lines below the key, indented.")
        case "found unexpected end of stream" where context.contains("quoted"):
            return ("a quoted text is never closed", "Add the closing quote.")
        case "found unexpected end of stream":
            return ("the file ends in the middle of a value", "Complete or remove the last entry.")
        case "did not find expected ',' or ']'":
            return ("a `[` list is not closed with `]`, or its items are not separated by commas",
                    "Close the list with `]` and separate its items with commas.")
        case "did not find expected ',' or '}'":
            return ("a `{` mapping is not closed with `}`, or its entries are not separated by commas",
                    "Close the mapping with `}` and separate its entries with commas.")
        case "did not find expected node content":
            return ("a value is missing, or starts with a character that cannot start a value",
                    "Give the value, or put it in quotes.")
        case "could not find expected ':'":
            return ("a key has no `:` after it", "Add `: ` after the key, or quote the text.")
        case "control characters are not allowed":
            return ("the file contains a control character (such as a NUL byte) that YAML does not allow; is it a text file?",
                    "Remove the control characters, or save the playbook as plain text.")
        case "found character that cannot start any token":
            return ("a character here cannot start a YAML value (`@` and `` ` `` are reserved)",
                    "Put the value in quotes.")
        case "found undefined tag handle", "did not find expected tag URI":
            return ("a `!` tag is not one YAML knows", "Remove the `!` tag or quote the value.")
        default:
            return (problem, "Correct the YAML at this position.")
        }
    }
}
