import LaunchPlanSupport

extension ReportDocument {
    /// The page: UTF-8, `lang`, no script, no request to anywhere (styles
    /// inline, charts inline SVG); readable without its styles, printable
    /// (light background, no chart split across pages), dark when the
    /// reader's system is. Every string is escaped.
    package func html(generator: String, style: String) -> String {
        let e = SVGChart.escaped
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(e(generator))">
            <title>\(e(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <p class="kicker">\(e(kicker))</p>
            <h1>\(e(heading))</h1>
            <p>\(Self.html(intro))</p>
            </header>
            <main>

            """
        for section in sections {
            out += "<section\(section.style.map { " class=\"\(e($0))\"" } ?? "") id=\"\(e(section.id))\">\n<h2>\(e(section.heading))</h2>\n"
            for block in section.blocks { out += Self.html(block) }
            out += "</section>\n"
        }
        out += """
            </main>
            <footer>
            <p>\(Self.html(footer))</p>
            </footer>
            </body>
            </html>

            """
        return out
    }

    static func html(_ spans: [Span]) -> String {
        let e = SVGChart.escaped
        return spans.map { span in
            switch span {
            case .text(let text): e(text)
            case .code(let text): "<code>\(e(text))</code>"
            case .emphasis(let text): "<em>\(e(text))</em>"
            case .strong(let inner): "<strong>\(html(inner))</strong>"
            case .link(let inner, let anchor): "<a href=\"#\(e(anchor))\">\(html(inner))</a>"
            case .styled(let style, let inner): "<span class=\"\(e(style))\">\(html(inner))</span>"
            }
        }.joined()
    }

    static func html(_ table: Table) -> String {
        let e = SVGChart.escaped
        var out = "<table>\n"
        if !table.header.isEmpty {
            out += "<thead><tr>" + table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n"
        }
        out += "<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.map { cell in
                "<td\(cell.style.map { " class=\"\(e($0))\"" } ?? "")>\(html(cell.spans))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }

    static func html(_ block: Block) -> String {
        let e = SVGChart.escaped
        switch block {
        case .paragraph(let spans):
            return "<p>\(html(spans))</p>\n"
        case .list(let items, let ordered):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</\(tag)>\n"
        case .table(let table):
            return html(table) + "\n"
        case .figure(let svg, let caption, let data):
            var out = "<figure>\n\(svg)<figcaption>\(html(caption))</figcaption>\n"
            if let data { out += "<details><summary>Data</summary>\(html(data))</details>\n" }
            return out + "</figure>\n"
        case .excerpt(let lines):
            return "<pre class=\"excerpt\">" + lines.map { "<span class=\"line\">\($0.line)</span> \(e($0.text))\n" }.joined() + "</pre>\n"
        case .details(let summary, let table):
            return "<details><summary>\(e(summary))</summary>\(html(table))</details>\n"
        case .article(let article):
            return "<article class=\"\(e(article.style))\" id=\"\(e(article.id))\">\n<h3>\(html(article.heading))</h3>\n"
                + article.blocks.map(html).joined() + "</article>\n"
        }
    }
}
