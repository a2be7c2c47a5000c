import LaunchPlanSupport

extension ReportDocument {
    /// The same report in GitHub-flavoured Markdown, for an email or a pull
    /// request: headings, paragraphs and tables; each chart becomes its
    /// caption and its data table (or nothing, when the table beside it
    /// holds its data). Playbook strings are escaped, so a name like
    /// `<script>` or `a | b` shows as written and never breaks a table.
    package func markdown() -> String {
        var out = "# \(Self.markdown([.text(heading)]))\n\n*\(Self.markdown([.text(kicker)]))*\n\n\(Self.markdown(intro))\n\n"
        for section in sections {
            out += "## \(Self.markdown([.text(section.heading)]))\n\n"
            for block in section.blocks { out += Self.markdown(block) }
        }
        return out + "---\n\n\(Self.markdown(footer))\n"
    }

    static func markdown(_ spans: [Span], inTable: Bool = false) -> String {
        spans.map { span in
            switch span {
            case .text(let text): escaped(text, inTable: inTable)
            case .code(let text): code(text, inTable: inTable)
            case .emphasis(let text): "*\(escaped(text, inTable: inTable))*"
            case .strong(let inner): "**\(markdown(inner, inTable: inTable))**"
            case .link(let inner, _), .styled(_, let inner): markdown(inner, inTable: inTable)
            }
        }.joined()
    }

    /// Text with every character Markdown would read as markup escaped, and
    /// no line break (which would end a table row or a paragraph's line).
    static func escaped(_ text: String, inTable: Bool) -> String {
        var out = ""
        for character in text.displaySafe {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!": out += "\\\(character)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// A code span whose delimiter is longer than any run of backticks inside.
    static func code(_ text: String, inTable: Bool) -> String {
        var text = text.displaySafe.map { $0.isNewline ? " " : String($0) }.joined()
        if inTable { text = text.replacingAll("|", with: "\\|") }
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = longest > 0 || text.hasPrefix(" ") || text.hasSuffix(" ") ? " \(text) " : text
        return fence + padded + fence
    }

    static func markdown(_ table: Table) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let header = (0..<columns).map { $0 < table.header.count ? escaped(table.header[$0], inTable: true) : "" }
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: columns) + "\n"
        for row in table.rows {
            let cells = (0..<columns).map { $0 < row.count ? markdown(row[$0].spans, inTable: true) : "" }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    static func markdown(_ block: Block) -> String {
        switch block {
        case .paragraph(let spans):
            return markdown(spans) + "\n\n"
        case .list(let items, let ordered):
            return items.enumerated().map { "\(ordered ? "\($0.offset + 1)." : "-") \(markdown($0.element))\n" }.joined() + "\n"
        case .table(let table):
            return markdown(table)
        case .figure(_, let caption, let data):
            // A chart whose data is not its own table is shown by the table beside it.
            guard let data else { return "" }
            return "*\(markdown(caption))*\n\n" + markdown(data)
        case .excerpt(let lines):
            let width = String(lines.map(\.line).max() ?? 0).count
            let body = lines.map { line in
                String(repeating: " ", count: width - String(line.line).count) + "\(line.line)  " + line.text.displaySafe
            }
            var longest = 2, run = 0
            for character in body.joined() {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
            let fence = String(repeating: "`", count: longest + 1)
            return "\(fence)yaml\n" + body.joined(separator: "\n") + "\n\(fence)\n\n"
        case .details(let summary, let table):
            return "**\(escaped(summary, inTable: false))**\n\n" + markdown(table)
        case .article(let article):
            return "### \(markdown(article.heading))\n\n" + article.blocks.map(markdown).joined()
        }
    }
}
