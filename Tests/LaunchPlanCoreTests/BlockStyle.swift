import LaunchPlanCore

/// Rewrites a marked example's one-line flow mappings in block style, the
/// `↓` marks carried along with the text they stand before: the same plan
/// written the other way, for the rule examples' block-style variant.
enum BlockStyle {
    static func rewrite(_ marked: String) -> String {
        marked.split(separator: "\n", omittingEmptySubsequences: false).flatMap { rewrite(line: String($0)) }.joined(separator: "\n")
    }

    /// `- {a: 1, b: 2}` becomes `- a: 1` and `  b: 2`; `k: {a: 1}` becomes `k:` and `  a: 1`; nested ones too.
    /// Any other line (block already, a flow sequence, a mapping spanning lines) is kept.
    static func rewrite(line: String) -> [String] {
        let characters = Array(line)
        let indent = characters.prefix { $0 == " " }.count
        var i = indent
        var key: String?
        if characters[i...].starts(with: ["-", " "]) {
            i += 2
        } else if let colon = topLevel(characters[i...], of: ":"), colon + 1 < characters.count, characters[colon + 1] == " " {
            key = String(characters[i..<colon])
            i = colon + 2
        } else {
            return [line]
        }
        var mark = ""
        if i < characters.count, characters[i] == "↓" { mark = "↓"; i += 1 }
        guard i < characters.count, characters[i] == "{", characters.last == "}", closing(characters, from: i) == characters.count - 1
        else { return [line] }
        let entries = split(characters[(i + 1)..<(characters.count - 1)])
        guard !entries.isEmpty, entries.allSatisfy({ topLevel(Array($0)[...], of: ":") != nil }) else { return [line] }
        let pad = String(repeating: " ", count: indent)
        var lines: [String]
        var rest = entries.map { "\(pad)  \($0)" }
        rest[0] = "\(pad)  \(mark)\(entries[0])"
        if let key {
            lines = ["\(pad)\(key):"] + rest
        } else {
            lines = ["\(pad)- \(mark)\(entries[0])"] + rest.dropFirst()
        }
        return lines.flatMap { $0 == line ? [$0] : rewrite(line: $0) }
    }

    /// The index of `character` outside brackets and quotes, if any.
    static func topLevel(_ characters: ArraySlice<Character>, of character: Character) -> Int? {
        var depth = 0
        var quote: Character?
        for i in characters.indices {
            let c = characters[i]
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case "'", "\"": quote = c
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            default: if c == character && depth == 0 { return i }
            }
        }
        return nil
    }

    /// The index of the bracket closing the one at `start`.
    static func closing(_ characters: [Character], from start: Int) -> Int? {
        var depth = 0
        var quote: Character?
        for i in start..<characters.count {
            let c = characters[i]
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case "'", "\"": quote = c
            case "{", "[": depth += 1
            case "}", "]":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
        }
        return nil
    }

    /// The entries of a flow mapping's inside, split at top-level commas.
    static func split(_ inside: ArraySlice<Character>) -> [String] {
        var entries: [String] = []
        var rest = inside
        while let comma = topLevel(rest, of: ",") {
            entries.append(String(rest[rest.startIndex..<comma]))
            rest = rest[(comma + 1)...]
        }
        entries.append(String(rest))
        return entries.map { String($0.drop { $0 == " " }) }.filter { !$0.isEmpty }
    }
}
