/// "Did you mean …?": the closest known word within an edit distance of 2.
public enum Suggestion {
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.unicodeScalars)
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            // Words whose lengths differ by more than 2 are more than 2 edits apart.
            guard abs(candidate.unicodeScalars.count - target.count) <= 2 else { continue }
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            if distance <= 2, distance * 2 <= target.count, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// Levenshtein distance, with a transposition of neighbours counting as
    /// one edit (`base_salray` is one slip from `base_salary`).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, before[j - 2] + 1)
                }
                current[j] = value
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// Text from the playbook as a message repeats it: at most 80 characters,
    /// so a hostile 3 MB key does not become 6 MB of output.
    public static func echo(_ text: String) -> String {
        text.unicodeScalars.count <= 80 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(79))) + "…"
    }

    /// `a`, `b` or `c` — for messages listing allowed values.
    public static func list(_ words: [String], conjunction: String = "or") -> String {
        let quoted = words.map { "`\($0)`" }
        switch quoted.count {
        case 0: return ""
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) \(conjunction) \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted.last!
        }
    }
}
