import LaunchPlanSupport

extension OwnerReport {
    /// The page (`ReportDocument.html`): the document with the report's styles.
    public func html() -> String {
        document.html(generator: "\(Tool.name) \(Tool.version)", style: Self.style)
    }

    /// The same report as Markdown, for an email or a pull request: the charts as tables.
    public func markdown() -> String {
        document.markdown()
    }

    /// Light by default, dark when the reader's system is, black on white in print.
    static let style = """
        :root { color-scheme: light dark; --ink: #1d2433; --muted: #5b6475; --paper: #ffffff; --line: #d8dde6; \
        --accent: #1f5fbf; --band: #9cbcf0; --bad: #b3261e; --good: #1e7a34; --warn: #8a5a00; }
        @media (prefers-color-scheme: dark) { :root { --ink: #e6e9ef; --muted: #a6adbb; --paper: #161a22; --line: #343b48; \
        --accent: #7fb0ff; --band: #2f4f86; --bad: #ff8a80; --good: #7ddc8f; --warn: #f3c26b; } }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); \
        max-width: 980px; margin: 0 auto; padding: 1.5rem; }
        h1 { margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); }
        .kicker, footer, figcaption { color: var(--muted); font-size: .9rem; }
        .verdict { border: 3px solid var(--line); border-radius: 8px; padding: .5rem 1.25rem; }
        .verdict.ready { border-color: var(--good); } .verdict.fix { border-color: var(--bad); }
        .verdict h2 { border: 0; margin-top: .5rem; } .verdict.fix h2 { color: var(--bad); } .verdict.ready h2 { color: var(--good); }
        table { border-collapse: collapse; margin: 1rem 0; font-size: .92rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        td:not(:first-child) { font-variant-numeric: tabular-nums; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
        .service { color: var(--muted); font-size: .85em; }
        td.access.open, td.access.notify { color: var(--good); } td.access.permission { color: var(--warn); } td.access.closed { color: var(--bad); }
        figure { margin: 1.5rem 0; break-inside: avoid; page-break-inside: avoid; }
        svg.chart { max-width: 100%; height: auto; } svg text { fill: var(--ink); font-size: 12px; font-family: system-ui, sans-serif; }
        svg .axis { fill: var(--muted); } svg .grid { stroke: var(--line); } svg .bar { fill: var(--accent); }
        svg .band { fill: var(--band); opacity: .7; } svg .median { stroke: var(--accent); stroke-width: 2.5; fill: none; }
        svg .target { fill: var(--bad); }
        .finding { border-left: 4px solid var(--line); padding: .25rem 1rem; margin: 1.25rem 0; break-inside: avoid; }
        .finding.error { border-color: var(--bad); } .finding.warning { border-color: var(--warn); }
        .finding h3 { font-size: 1rem; margin: .25rem 0; } .severity { text-transform: uppercase; font-size: .8rem; color: var(--muted); }
        .rule { color: var(--muted); font-weight: normal; font-size: .85rem; }
        pre.excerpt { background: color-mix(in srgb, var(--line) 35%, transparent); padding: .5rem; overflow-x: auto; }
        pre .line { color: var(--muted); display: inline-block; min-width: 3ch; text-align: right; }
        @media print { :root { --ink: #000; --muted: #444; --paper: #fff; --line: #bbb; --accent: #1f5fbf; --band: #9cbcf0; } \
        body { max-width: none; } details { display: block; } details > summary { display: none; } a { color: inherit; text-decoration: none; } }
        """
}
