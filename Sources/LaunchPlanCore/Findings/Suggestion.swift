import LaunchPlanSupport

/// "Did you mean …?": the closest known word within an edit distance of 2.
public enum Suggestion {
    /// Longer words get no suggestion: nobody mistypes a 100-letter id, and
    /// the work per comparison stays small whatever a hostile file holds.
    package static let longestWord = 100
    /// More than two edits apart is not a slip.
    package static let maxEdits = 2

    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        guard word.utf8.count <= longestWord * 4 else { return nil }
        let target = Array(word.unicodeScalars)
        guard target.count <= longestWord else { return nil }
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            // A scalar takes 1 to 4 UTF-8 bytes: skip far longer candidates without walking them.
            guard candidate.utf8.count <= (target.count + maxEdits) * 4 else { continue }
            let other = Array(candidate.unicodeScalars)
            guard abs(other.count - target.count) <= maxEdits,
                  let distance = editDistance(target, other, atMost: min(maxEdits, (best?.distance ?? .max) - 1)) else { continue }
            if distance * 2 <= target.count {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// Levenshtein distance with a transposition of neighbours counting as one
    /// edit (`base_salray` is one slip from `base_salary`), or nil when it is
    /// above `limit`. Only the diagonal band of width `limit` is computed, and
    /// the walk stops once a whole row is past the limit: O(length x limit).
    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let far = limit + 1
        var before = [Int](repeating: far, count: b.count + 1)
        var previous = (0...b.count).map { min($0, far) }
        var current = [Int](repeating: far, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            // Cells just outside the band read as "too far"; older values there are stale.
            current[low - 1] = low == 1 ? min(i, far) : far
            if high < b.count { current[high + 1] = far }
            var rowBest = current[low - 1]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, before[j - 2] + 1)
                    }
                    current[j] = min(value, far)
                    rowBest = min(rowBest, current[j])
                }
            }
            if rowBest > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
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
