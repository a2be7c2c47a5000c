import LaunchPlanSupport

/// The owner's report as a document of sections and blocks, written once
/// and rendered twice: as the HTML page and as Markdown for an email or a
/// pull request. Both renderings therefore say the same things; only the
/// charts differ (Markdown shows each chart's data table instead).
///
/// Strings are kept as written (from the playbook or from us); each renderer
/// makes them safe for its own syntax.
package struct ReportDocument: Sendable {
    /// The page's title (the browser tab, the Markdown heading).
    package var title: String
    package var kicker: String
    package var heading: String
    package var intro: [Span]
    package var sections: [Section]
    package var footer: [Span]

    /// A run of inline text.
    package enum Span: Sendable {
        case text(String)
        case code(String)
        case emphasis(String)
        case strong([Span])
        /// A link to an anchor on the page (plain text in Markdown).
        case link([Span], anchor: String)
        /// Text with a style of its own in HTML (a CSS class), plain in Markdown.
        case styled(String, [Span])

        /// Text whose `code` spans are marked with backticks (rule messages and fixes).
        package static func parse(_ text: String) -> [Span] {
            var spans: [Span] = []
            var current = ""
            var inCode = false
            for character in text {
                if character == "`" {
                    if !current.isEmpty { spans.append(inCode ? .code(current) : .text(current)) }
                    current = ""
                    inCode.toggle()
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { spans.append(inCode ? .code(current) : .text(current)) }
            return spans
        }
    }

    /// A table cell: its text, and a CSS class where the page colours it.
    package struct Cell: Sendable, ExpressibleByStringLiteral {
        package var spans: [Span]
        package var style: String?

        package init(_ spans: [Span], style: String? = nil) {
            self.spans = spans
            self.style = style
        }

        package init(stringLiteral text: String) { self.init([.text(text)]) }

        package static func text(_ text: String) -> Cell { Cell([.text(text)]) }
        package static func code(_ text: String) -> Cell { Cell([.code(text)]) }
    }

    package struct Table: Sendable {
        package var header: [String]
        package var rows: [[Cell]]
    }

    package enum Block: Sendable {
        case paragraph([Span])
        case list([[Span]], ordered: Bool)
        case table(Table)
        /// A chart: the SVG for the page, its caption, and the data behind
        /// it (folded away on the page, the chart itself in Markdown).
        case figure(svg: String, caption: [Span], data: Table?)
        /// Lines of the playbook with their numbers.
        case excerpt([(line: Int, text: String)])
        /// A table folded away on the page behind its summary.
        case details(summary: String, Table)
        case article(Article)
    }

    /// A titled part of a section: one finding.
    package struct Article: Sendable {
        package var id: String
        package var style: String
        package var heading: [Span]
        package var blocks: [Block]
    }

    package struct Section: Sendable {
        package var id: String
        /// CSS classes of the section on the page (the verdict's colour).
        package var style: String?
        package var heading: String
        package var blocks: [Block]
    }
}
