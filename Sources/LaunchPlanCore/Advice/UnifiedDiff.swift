import LaunchPlanSupport

/// A unified diff of two versions of a file, as `git apply` and `patch -p1`
/// read it: `a/` and `b/` paths, hunks with three lines of context, and
/// "\ No newline at end of file" where a version ends without one. The lines
/// are matched by Myers' shortest edit script, so the work grows with the
/// size of the change, not of the file.
public enum UnifiedDiff {
    public static func make(path: String, old: [UInt8], new: [UInt8], context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        let name = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        var out = "--- a/\(name)\n+++ b/\(name)\n"
        // Group the script into hunks: changes closer than 2 x context share one.
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else { index += 1; continue }
            var start = index
            var backed = 0
            while start > 0, backed < context, script[start - 1].kind == .same { start -= 1; backed += 1 }
            var end = index
            var sameRun = 0
            var cursor = index
            while cursor < script.count {
                if script[cursor].kind == .same {
                    sameRun += 1
                    if sameRun > 2 * context { break }
                } else {
                    sameRun = 0
                    end = cursor
                }
                cursor += 1
            }
            let stop = min(script.count, end + 1 + context)
            let hunk = script[start..<stop]
            let oldStart = hunk.first.map { $0.oldIndex } ?? 0
            let newStart = hunk.first.map { $0.newIndex } ?? 0
            let oldCount = hunk.filter { $0.kind != .added }.count
            let newCount = hunk.filter { $0.kind != .removed }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                let (mark, line) = switch step.kind {
                case .same: (" ", a[step.oldIndex])
                case .removed: ("-", a[step.oldIndex])
                case .added: ("+", b[step.newIndex])
                }
                out += mark + line.text + "\n"
                if !line.hasNewline { out += "\\ No newline at end of file\n" }
            }
            index = stop
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    struct Line: Equatable {
        var text: String
        var hasNewline: Bool
    }

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var result: [Line] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            result.append(Line(text: String(decoding: bytes[start..<offset], as: UTF8.self), hasNewline: true))
            start = offset + 1
        }
        if start < bytes.count { result.append(Line(text: String(decoding: bytes[start...], as: UTF8.self), hasNewline: false)) }
        return result
    }

    struct Step {
        enum Kind { case same, removed, added }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    /// Myers' O((N + M) D) shortest edit script.
    static func editScript(_ a: [Line], _ b: [Line]) -> [Step] {
        let n = a.count, m = b.count, max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        search: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[max + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back through the trace.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[max + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                steps.append(Step(kind: .same, oldIndex: x, newIndex: y))
            }
            if d > 0 {
                if x == previousX { y -= 1; steps.append(Step(kind: .added, oldIndex: x, newIndex: y)) }
                else { x -= 1; steps.append(Step(kind: .removed, oldIndex: x, newIndex: y)) }
            }
        }
        return steps.reversed()
    }
}
