import LaunchPlanSupport
import LaunchPlanFindings

/// The findings of two versions of a playbook, matched by rule and key path
/// rather than by line, so that text moved around (keys reordered, comments
/// added, flow style for block style) changes nothing. A finding matched on
/// both sides whose message, severity or waiver differs is changed: the same
/// problem at the same place with other numbers (the hardware clause's 77 %
/// of touches becoming 40 %), or now waived.
public struct FindingChanges: Sendable {
    /// A finding present in both versions.
    public struct Pair: Sendable {
        public var base: Finding
        public var head: Finding
        /// The numbers that differ, in message order, when the messages differ
        /// only in numbers (`77 %` and `40 %`); empty when the words changed too.
        public var numbers: [(base: String, head: String)]
    }

    /// Only in the head, in the head's order.
    public var introduced: [Finding]
    /// Only in the base, in the base's order.
    public var resolved: [Finding]
    /// In both, with a different message, severity or waiver; in the head's order.
    public var changed: [Pair]
    /// In both, the same; in the head's order.
    public var unchanged: [Pair]

    public init(base: [Finding], head: [Finding]) {
        var unmatched = Array(base.indices)
        var pairs: [(head: Int, base: Int)] = []
        // Identical findings first, so that a changed one cannot take an unchanged one's partner.
        var headLeft: [Int] = []
        for (h, finding) in head.enumerated() {
            if let u = unmatched.firstIndex(where: { Self.sameFinding(base[$0], finding) && Self.sameReport(base[$0], finding) }) {
                pairs.append((h, unmatched.remove(at: u)))
            } else {
                headLeft.append(h)
            }
        }
        var introduced: [Finding] = []
        for h in headLeft {
            if let u = unmatched.firstIndex(where: { Self.sameFinding(base[$0], head[h]) }) {
                pairs.append((h, unmatched.remove(at: u)))
            } else {
                introduced.append(head[h])
            }
        }
        pairs.sort { $0.head < $1.head }
        self.introduced = introduced
        resolved = unmatched.map { base[$0] }
        let all = pairs.map { Pair(base: base[$0.base], head: head[$0.head], numbers: MessageNumbers.differences(base[$0.base].message, head[$0.head].message)) }
        changed = all.filter { !Self.sameReport($0.base, $0.head) }
        unchanged = all.filter { Self.sameReport($0.base, $0.head) }
    }

    /// The same problem at the same place: rule and key path.
    static func sameFinding(_ a: Finding, _ b: Finding) -> Bool {
        a.rule == b.rule && a.location.keyPath == b.location.keyPath
    }

    /// Reported alike: message, severity and waiver (the line may differ).
    static func sameReport(_ a: Finding, _ b: Finding) -> Bool {
        a.message == b.message && a.severity == b.severity && a.waiver == b.waiver
    }

    /// Whether the head has an active error the base did not: introduced, or
    /// changed from a warning, an info or a waived finding (`--fail-on introduced`).
    public var introducesError: Bool {
        introduced.contains(where: \.isActiveError) || changed.contains { $0.head.isActiveError && !$0.base.isActiveError }
    }
}

extension Finding {
    /// An error no waiver accepts.
    public var isActiveError: Bool { severity == .error && !isWaived }
}

/// The numbers in a message (`77 %`, `12,000`, `-15`, `2.5`), so that two
/// messages alike but for their numbers can say which numbers moved.
enum MessageNumbers {
    /// The pairs of numbers that differ when the words around them are the
    /// same; empty when the words differ (or nothing does).
    static func differences(_ base: String, _ head: String) -> [(base: String, head: String)] {
        let (b, h) = (split(base), split(head))
        guard b.words == h.words, b.numbers.count == h.numbers.count else { return [] }
        return zip(b.numbers, h.numbers).filter { $0 != $1 }.map { (base: $0, head: $1) }
    }

    /// The message with each number replaced by a placeholder, and the numbers
    /// in order (a percentage keeps its ` %`).
    static func split(_ message: String) -> (words: [String], numbers: [String]) {
        var words: [String] = [""]
        var numbers: [String] = []
        let characters = Array(message)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let startsNumber = c.isASCIIDigit || (c == "-" && i + 1 < characters.count && characters[i + 1].isASCIIDigit
                                                  && (i == 0 || !characters[i - 1].isLetter && !characters[i - 1].isASCIIDigit))
            guard startsNumber else {
                words[words.count - 1].append(c)
                i += 1
                continue
            }
            var number = String(c)
            i += 1
            while i < characters.count {
                let next = characters[i]
                // A separator counts only between digits: "12,000" and "2.5", not "90, then".
                if next.isASCIIDigit || ((next == "," || next == ".") && i + 1 < characters.count && characters[i + 1].isASCIIDigit) {
                    number.append(next)
                    i += 1
                } else {
                    break
                }
            }
            if i + 1 < characters.count, characters[i] == " ", characters[i + 1] == "%" {
                number += " %"
                i += 2
            } else if i < characters.count, characters[i] == "%" {
                number += "%"
                i += 1
            }
            numbers.append(number)
            words.append("")
        }
        return (words, numbers)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
