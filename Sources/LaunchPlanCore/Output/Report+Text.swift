import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline
import LaunchPlanRules
import LaunchPlanSimulation
import LaunchPlanValidation

extension Report {
    /// `validate --format text`: `path:line:column: severity: message [rule]`,
    /// the source line with a caret under the column, related places, the fix,
    /// then a one-line summary. ANSI colour only when `color` is set (the
    /// command line decides: a terminal, and `NO_COLOR` unset).
    public func text(color: Bool) -> String {
        let style = TextStyle(enabled: color)
        var out = ""
        for file in files {
            var lines = QuotedLines(file)
            for finding in file.findings {
                out += finding.text(in: file, style: style, lines: &lines)
            }
        }
        out += summaryLine(style: style) + "\n"
        if let verdict = verdictLine() { out += verdict + "\n" }
        return out
    }

    /// After the summary, the verdict in a sentence: whether the plan is
    /// ready, and the problems to fix, most serious first (`mostSeriousFirst`),
    /// one entry per rule with the lines it points at. Nil with no active
    /// error or warning.
    package func verdictLine(limit: Int = 5) -> String? {
        let ranked = mostSeriousFirst
        guard let worst = ranked.first?.finding.severity, worst >= .warning else { return nil }
        let shown = ranked.filter { $0.finding.severity == worst }
        let manyFiles = Set(ranked.map(\.path)).count > 1
        var rules: [(rule: String, places: [String])] = []
        for (path, finding) in shown {
            let place = manyFiles ? "\(path.displaySafe):\(finding.location.mark.line)" : "\(finding.location.mark.line)"
            if let i = rules.firstIndex(where: { $0.rule == finding.rule.id }) {
                if !rules[i].places.contains(place) { rules[i].places.append(place) }
            } else {
                rules.append((finding.rule.id, [place]))
            }
        }
        let entries = rules.prefix(limit).map { rule in
            let label = manyFiles ? "" : (rule.places.count == 1 ? "line " : "lines ")
            return "\(rule.rule) (\(label)\(rule.places.joined(separator: ", ")))"
        }
        let more = rules.count > limit ? ", and \(rules.count - limit) more" : ""
        let list = entries.joined(separator: ", ") + more
        let summary = self.summary
        if worst == .error {
            let then = summary.warnings > 0 ? "; then \(Self.count(summary.warnings, "warning")) to review" : ""
            return "Not ready: \(Self.count(summary.errors, "error")) to fix, most serious first: \(list)\(then)."
        }
        return "No errors; \(Self.count(summary.warnings, "warning")) to review, most serious first: \(list)."
    }

    package func summaryLine(style: TextStyle) -> String {
        let summary = self.summary
        let files = summary.files == 1 ? "1 file" : "\(summary.files) files"
        let config = self.config.map { " (rule levels from \($0))" } ?? ""
        if summary.errors + summary.warnings + summary.infos + summary.waived == 0 {
            return style.bold("\(files) checked: no findings" + config)
        }
        var parts = [Self.count(summary.errors, "error"), Self.count(summary.warnings, "warning"), Self.count(summary.infos, "info")]
        if summary.waived > 0 { parts.append("\(summary.waived) waived") }
        return style.bold("\(files) checked: " + parts.joined(separator: ", ") + config)
    }

    package static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

extension Finding {
    /// Every string from the playbook or its path is made display-safe, so a
    /// message, fix or waiver reason cannot move the cursor or clear the screen.
    package func text(in file: FileReport, style: TextStyle, lines: inout QuotedLines) -> String {
        let mark = location.mark
        let path = file.path.displaySafe
        let label = isWaived ? "\(severity.rawValue) (waived)" : severity.rawValue
        var out = style.bold("\(path):\(mark.line):\(mark.column):") + " "
            + style.severity(severity, label, waived: isWaived) + ": " + style.bold(message.displaySafe) + " " + style.dim("[\(rule.id)]") + "\n"
        out += lines.quote(at: mark, style: style)
        for related in related {
            let at = related.location.mark
            out += "  " + style.dim("note:") + " \(path):\(at.line):\(at.column): \(related.note.displaySafe)\n"
            out += lines.quote(at: at, style: style)
        }
        if let waiver { out += "  " + style.dim("waived:") + " \(waiver.displaySafe)\n" }
        out += "  " + style.dim("fix:") + " \(fix.displaySafe)\n\n"
        return out
    }
}

/// The source lines of one file as the text output quotes them. Each line is
/// found and indexed once, however many findings point into it, so a 4 MB
/// one-line file with thousands of findings costs one walk, not one per finding.
package struct QuotedLines {
    private let file: FileReport
    private var indexed: [Int: LineIndex] = [:]

    package init(_ file: FileReport) {
        self.file = file
    }

    /// A line's bytes with the byte offset of every 64th scalar, so a column
    /// far along a long line is reached in at most 63 steps.
    private struct LineIndex {
        static let stride = 64
        let bytes: ArraySlice<UInt8>
        /// `samples[k]` is the offset of scalar `k * stride`.
        let samples: [Int]
        let scalars: Int

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            var samples: [Int] = []
            var count = 0
            for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
                if count % Self.stride == 0 { samples.append(index) }
                count += 1
            }
            self.samples = samples
            scalars = count
        }

        /// The byte offset where scalar `k` (0-based) starts; the end of the line past the last.
        func offset(ofScalar k: Int) -> Int {
            guard k < scalars else { return bytes.endIndex }
            var index = samples[k / Self.stride]
            for _ in 0..<(k % Self.stride) {
                index += 1
                while index < bytes.endIndex, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            return index
        }
    }

    /// The source line and a caret under the column; tabs before the column are
    /// kept so the caret lines up whatever the tab width. A long line (a
    /// minified or hostile file) is shown as a window around the column, and
    /// control characters as U+FFFD so a binary file cannot garble the terminal.
    package mutating func quote(at mark: Mark, style: TextStyle) -> String {
        let line: LineIndex
        if let known = indexed[mark.line] {
            line = known
        } else {
            guard let bytes = file.lineBytes(mark.line) else { return "" }
            line = LineIndex(bytes)
            indexed[mark.line] = line
        }
        let window = 160
        let first = max(0, min(mark.column - 1 - window / 2, line.scalars - window))
        let startByte = line.offset(ofScalar: first)
        let endByte = line.offset(ofScalar: first + window)
        var shown = String.UnicodeScalarView()
        if first > 0 { shown.append("…") }
        for scalar in String(decoding: line.bytes[startByte..<endByte], as: UTF8.self).unicodeScalars {
            shown.append(scalar.isDisplaySafe ? scalar : "\u{FFFD}")
        }
        if endByte < line.bytes.endIndex { shown.append("…") }
        let text = String(shown)
        let column = mark.column - first + (first > 0 ? 1 : 0)
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        var pad = ""
        for scalar in text.unicodeScalars.prefix(column - 1) {
            pad += scalar == "\t" ? "\t" : " "
        }
        return "  \(number) | \(text)\n  \(gutter) | \(pad)" + style.caret("^") + "\n"
    }
}

/// ANSI styling for a terminal, or none.
package struct TextStyle {
    package var enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    package func bold(_ text: String) -> String { wrap(text, "1") }
    package func dim(_ text: String) -> String { wrap(text, "2") }
    package func caret(_ text: String) -> String { wrap(text, "1;32") }

    package func severity(_ severity: Severity, _ text: String, waived: Bool) -> String {
        if waived { return wrap(text, "2") }
        switch severity {
        case .error: return wrap(text, "1;31")
        case .warning: return wrap(text, "1;33")
        case .info: return wrap(text, "1;36")
        }
    }
}
