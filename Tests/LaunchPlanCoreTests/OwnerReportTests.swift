import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanOutput

/// The owner's report: the verdict first, every chart with its words and
/// data, nothing fetched from anywhere, every string from the playbook escaped.
@Suite("Owner's report")
struct OwnerReportTests {
    static func report(_ text: String, runs: Int = 2_000) throws -> OwnerReport {
        let file = Validator().validate(PlaybookSource(path: "plan.yaml", bytes: Array(text.utf8)))
        let plan = try #require(file.playbook)
        let projection = SimulationSet(plan, sensitivity: true, reportDetail: true).runSerially(runs: runs, seed: 1)
        return OwnerReport(file: file, plan: plan, projection: projection)
    }

    static func text(_ path: String) throws -> String { String(decoding: try readFile(path), as: UTF8.self) }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("the lakeside story: fix these first, the hardware clause named first, with and without it side by side")
    func lakeside() throws {
        let report = try Self.report(try Self.text("playbooks/lakeside-story.yaml"))
        let html = report.html()
        #expect(!report.isReady)
        let verdict = try #require(html.range(of: "<h2>Fix these first</h2>"))
        let first = try #require(html.range(of: "A seller with a service quota is paid on hardware where they may sell it freely."))
        #expect(verdict.upperBound < first.lowerBound && html.range(of: "<h2>What the plan can expect</h2>")!.lowerBound > first.lowerBound,
                "the verdict comes first and names the hardware clause")
        #expect(html.contains("<h2>The hardware clause, with and without</h2>"))
        #expect(html.contains("<h2>Would you take this job?</h2>") && html.contains("mps-specialist"))
        // Every finding, with its line and fix; the model rules with their numbers.
        #expect(Self.count("<article class=\"finding", in: html) == report.file.findings.count)
        #expect(html.contains("<span class=\"line\">32</span>") && html.contains("The numbers behind it"))
    }

    @Test("the offer names the accounts each hire may really work: open, notify, permission or closed, with counts")
    func workableAccounts() throws {
        let lakeside = try Self.text("playbooks/lakeside-story.yaml")
        let report = try Self.report(lakeside, runs: 1_000)
        let accounts = report.workableAccounts(of: "mps-specialist").map { ($0.segment.id.value.rawValue, $0.access) }
        #expect(accounts.map(\.0) == ["installed-base", "open-market"] && accounts.map(\.1) == [.permission, .open])
        let html = report.html()
        #expect(html.contains("<td><code>installed-base</code></td><td>customers</td><td>1,400</td><td><code>hardware-reps</code></td><td class=\"access permission\">permission</td>"))
        // Without the permission rule, the installed base is closed to the specialist.
        let closed = lakeside.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("{role: mps-specialist, segment: installed-base") }.joined(separator: "\n")
        let without = try Self.report(closed, runs: 1_000)
        #expect(without.workableAccounts(of: "mps-specialist").first?.access == nil)
        #expect(without.html().contains("<td class=\"access closed\">closed</td>"))
    }

    @Test("northwind: ready to hire; its charts each have a title, a description and a data table")
    func northwind() throws {
        let report = try Self.report(try Self.text("playbooks/northwind-good.yaml"))
        let html = report.html()
        #expect(report.isReady && html.contains("<h2>Ready to hire</h2>"))
        let charts = Self.count("<svg ", in: html)
        #expect(charts >= 4, "fan chart, funnel, sources, tornado")
        #expect(Self.count("<title id=", in: html) == charts && Self.count("<desc id=", in: html) == charts)
        #expect(Self.count("<figure>", in: html) == charts)
        #expect(!html.contains("hardware clause, with and without"), "no counterfactual without the clause")
        // The fan chart's band and median, and its data.
        #expect(html.contains("class=\"band\"") && html.contains("class=\"median\"") && html.contains("<summary>Data</summary>"))
    }

    @Test("self-contained: no script, no request to anywhere, UTF-8, a language, print and dark styles")
    func selfContained() throws {
        let html = try Self.report(try Self.text("playbooks/lakeside-story.yaml")).html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">") && html.contains("<meta charset=\"utf-8\">"))
        for forbidden in ["<script", "src=", "@import", "url(", "<link", "http://", "https://"] {
            let allowed = forbidden == "http://" ? Self.count("xmlns=\"http://www.w3.org/2000/svg\"", in: html) : 0
            #expect(Self.count(forbidden, in: html) == allowed, "`\(forbidden)`")
        }
        #expect(html.contains("@media print") && html.contains("prefers-color-scheme: dark") && html.contains("break-inside: avoid"))
    }

    @Test("every string from the playbook is escaped, in text, SVG and attributes")
    func escaping() throws {
        let hostile = "<script>alert(1)</script>\\\"' & \u{1B}[2J"
        var text = try Self.text("playbooks/lakeside-story.yaml")
        text = text.replacingOccurrences(of: "name: Lakeside Office Systems", with: "name: \"\(hostile.replacingOccurrences(of: "\u{1B}", with: "\\e"))\"")
        text = text.replacingOccurrences(of: "title: ", with: "title: \"<img src=x onerror=alert(2)>\" #", options: [], range: text.range(of: "title: "))
        let report = try Self.report(text, runs: 1_000)
        #expect(report.plan.dealership.name.contains("<script>"), "the hostile name reached the plan")
        let html = report.html()
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("\u{1B}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    }
}

/// The report's Markdown and the candidate's month-by-month pay.
@Suite("Owner's report: Markdown and pay by month")
struct OwnerReportMarkdownTests {
    @Test("the Markdown says what the page says: the same sections, the same verdict, the charts as tables, no markup")
    func sameContent() throws {
        let report = try OwnerReportTests.report(try OwnerReportTests.text("playbooks/lakeside-story.yaml"), runs: 1_000)
        let html = report.html(), markdown = report.markdown()
        for heading in ["Fix these first", "What the plan can expect", "Where the deals would come from", "The hardware clause, with and without",
                        "What moves it most", "Would you take this job?", "Every finding", "What the numbers assume"] {
            #expect(html.contains("<h2>\(heading)</h2>") && markdown.contains("\n## \(heading)\n"), "\(heading)")
        }
        #expect(markdown.hasPrefix("# Lakeside Office Systems\n"))
        #expect(!markdown.contains("<svg") && !markdown.contains("<td") && !markdown.contains("<p>"))
        // Every finding, with its excerpt and fix; the fan chart's data and the pay by month as tables.
        #expect(OwnerReportTests.count("\n### ", in: markdown) == report.file.findings.count)
        #expect(markdown.contains("```yaml\n32  ") && markdown.contains("| day | p10 | p50 | p90 |"))
        #expect(markdown.contains("| month | days | p10 | p50 | p90 | average |\n| --- | --- | --- | --- | --- | --- |\n| month 1 | 0–29 |"))
        #expect(markdown.contains("| `installed-base` | customers | 1,400 | `hardware-reps` | permission |"))
    }

    @Test("a playbook string cannot inject markup or break a table in the Markdown")
    func escaping() throws {
        var text = try OwnerReportTests.text("playbooks/lakeside-story.yaml")
        text = text.replacingOccurrences(of: "name: Lakeside Office Systems", with: "name: \"<script>x</script> | *bold* [l](u) `t`\"")
        let markdown = try OwnerReportTests.report(text, runs: 1_000).markdown()
        #expect(markdown.hasPrefix("# &lt;script&gt;x&lt;/script&gt; \\| \\*bold\\* \\[l\\](u) \\`t\\`\n"))
        #expect(!markdown.contains("<script"))
        #expect(ReportDocument.code("a|b", inTable: true) == "`a\\|b`" && ReportDocument.code("x`y", inTable: false) == "`` x`y ``")
    }

    @Test("the offer shows each hire's pay month by month: a chart with its words and its table, and when the salary is cut")
    func payByMonth() throws {
        let report = try OwnerReportTests.report(try OwnerReportTests.text("playbooks/northwind-good.yaml"), runs: 1_000)
        let html = report.html()
        let role = try #require(report.projection.roles.first { $0.role == "mps-specialist" })
        #expect(role.payByPeriod.count == 6, "180 days: six 30-day months")
        #expect(html.contains("<title id=\"pay-mps-specialist-title\">Pay of mps-specialist month by month</title>"))
        #expect(html.contains("<tr><td>month 6</td><td>150–179</td>"))
        // The draw tops up the early months, when commission is small: month 1 pays at least base + draw.
        let first = try #require(role.payByPeriod.first?.pay.p10)
        #expect(first >= 65_000 * 30 / 365 + 1_500 - 1)
        let lakeside = try OwnerReportTests.report(try OwnerReportTests.text("playbooks/lakeside-story.yaml"), runs: 1_000).html()
        #expect(lakeside.contains("100 %: cut by 15 % from day 91, after the horizon"))
    }
}
