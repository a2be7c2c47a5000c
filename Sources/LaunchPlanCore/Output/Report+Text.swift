extension Report {
    /// `validate --format text`: `path:line:column: severity: message [rule]`,
    /// the source line with a caret under the column, related places, the fix,
    /// then a one-line summary. ANSI colour only when `color` is set (the
    /// command line decides: a terminal, and `NO_COLOR` unset).
    public func text(color: Bool) -> String {
        let style = TextStyle(enabled: color)
        var out = ""
        for file in files {
            for finding in file.findings {
                out += finding.text(in: file, style: style)
            }
        }
        out += summaryLine(style: style) + "\n"
        return out
    }

    func summaryLine(style: TextStyle) -> String {
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

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

extension Finding {
    func text(in file: FileReport, style: TextStyle) -> String {
        let mark = location.mark
        let label = isWaived ? "\(severity.rawValue) (waived)" : severity.rawValue
        var out = style.bold("\(file.path):\(mark.line):\(mark.column):") + " "
            + style.severity(severity, label, waived: isWaived) + ": " + style.bold(message) + " " + style.dim("[\(rule.id)]") + "\n"
        out += Self.quote(file, at: mark, style: style)
        for related in related {
            let at = related.location.mark
            out += "  " + style.dim("note:") + " \(file.path):\(at.line):\(at.column): \(related.note)\n"
            out += Self.quote(file, at: at, style: style)
        }
        if let waiver { out += "  " + style.dim("waived:") + " \(waiver)\n" }
        out += "  " + style.dim("fix:") + " \(fix)\n\n"
        return out
    }

    /// The source line and a caret under the column; tabs before the column are
    /// kept so the caret lines up whatever the tab width. A long line (a
    /// minified or hostile file) is shown as a window around the column, and
    /// control characters as U+FFFD so a binary file cannot garble the terminal.
    static func quote(_ file: FileReport, at mark: Mark, style: TextStyle) -> String {
        guard let bytes = file.lineBytes(mark.line) else { return "" }
        let window = 160
        let isScalarStart = { (byte: UInt8) in byte & 0xC0 != 0x80 }
        // Scalar starts up to the end of the widest window the column can need:
        // the walk is bounded by the column, not by the line's length.
        var starts: [Int] = []
        for index in bytes.indices where isScalarStart(bytes[index]) {
            if starts.count == mark.column - 1 + window { break }
            starts.append(index)
        }
        let reachesEnd = starts.count < mark.column - 1 + window
        let first = max(0, min(mark.column - 1 - window / 2, starts.count - window))
        let startByte = first < starts.count ? starts[first] : bytes.endIndex
        let endByte = first + window < starts.count ? starts[first + window] : (reachesEnd ? bytes.endIndex : starts.last ?? bytes.endIndex)
        var shown = String.UnicodeScalarView()
        if first > 0 { shown.append("…") }
        for scalar in String(decoding: bytes[startByte..<endByte], as: UTF8.self).unicodeScalars {
            shown.append((scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F ? "\u{FFFD}" : scalar)
        }
        if endByte < bytes.endIndex { shown.append("…") }
        let line = String(shown)
        let column = mark.column - first + (first > 0 ? 1 : 0)
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        var pad = ""
        for scalar in line.unicodeScalars.prefix(column - 1) {
            pad += scalar == "\t" ? "\t" : " "
        }
        return "  \(number) | \(line)\n  \(gutter) | \(pad)" + style.caret("^") + "\n"
    }
}

/// ANSI styling for a terminal, or none.
struct TextStyle {
    var enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func caret(_ text: String) -> String { wrap(text, "1;32") }

    func severity(_ severity: Severity, _ text: String, waived: Bool) -> String {
        if waived { return wrap(text, "2") }
        switch severity {
        case .error: return wrap(text, "1;31")
        case .warning: return wrap(text, "1;33")
        case .info: return wrap(text, "1;36")
        }
    }
}
