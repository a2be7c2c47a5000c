import Testing
@testable import LaunchPlanCore

/// What `simulate` shows a dealer principal, in text and CSV: plain words for
/// the chance of a salary cut, pay over the horizon, the hardware diversion
/// explained, the currency and the dates, the service on every row, the
/// defaults in one line, the expected salary cut, and CSV with all of it.
@Suite("simulate output for the owner")
struct ProjectionOutputTests {
    static func plan(_ file: String) throws -> Playbook {
        let report = Validator().read(PlaybookSource(path: file, bytes: try readFile(file)))
        #expect(report.findings.isEmpty, "\(file) reads cleanly")
        return try #require(report.playbook)
    }

    static func simulated(_ file: String, runs: Int = 400) throws -> Projection {
        SimulationSet(try plan(file), sensitivity: false).runSerially(runs: runs, seed: 1)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    /// The columns of a table row, split on runs of two or more spaces.
    static func cells(_ line: String) -> [String] {
        line.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingPrefixSpaces }
    }

    // MARK: 1. Words a non-technical reader understands

    @Test("the salary cut reads as a chance, pay is over the horizon, the diversion is explained")
    func plainWords() throws {
        let text = try Self.simulated("playbooks/lakeside-story.yaml").text()
        let header = try #require(Self.lines(text).first { $0.hasPrefix("role ") && $0.contains(" quota ") })
        #expect(Self.cells(header).last == "chance of salary cut", "a bare 'salary cut' heading over '100 %' reads like an amount")
        #expect(text.contains("Pay per person over the 90 days"))
        #expect(text.contains("salaries are per year"))
        #expect(text.contains("touches to hardware: the share of the role's calls, emails and visits spent on hardware deals"))
        #expect(text.contains("below 80 % of quota on day 90"), "the clause is spelled out")
        #expect(text.contains("cut by 15 %"))
        #expect(text.contains("after these 90 days (not in the pay above)"), "a cut after the horizon is not in the pay")
        #expect(text.contains("(estimated from what a touch earns on each)"), "auto diversion")
        var fixed = try Self.plan("playbooks/lakeside-story.yaml")
        fixed.assumptions.hardwareDiversion = .percent(30)
        let set = Projection.expected(fixed).text()
        #expect(set.contains("(the playbook's hardware_diversion_percent)"))
        #expect(Self.lines(set).contains { $0.hasPrefix("mps-specialist ") && $0.hasSuffix(" 30 %") }, "the diversion used")
    }

    @Test("money is labelled with the plan's currency", arguments: [
        ("playbooks/lakeside-story.yaml", "USD"), ("Tests/Fixtures/two-services.yaml", "EUR"),
    ])
    func currency(file: String, code: String) throws {
        for text in [Projection.expected(try Self.plan(file)).text(), try Self.simulated(file).text()] {
            #expect(text.contains("money in \(code)"))
            #expect(text.contains("Pay per person over the"))
            #expect(text.contains(", in \(code) ("), "the pay table's heading")
            #expect(text.contains("new-mrr in \(code) a month"), "the checkpoint heading names the money metric")
            #expect(text.contains("new-mrr 6,000 \(code) by day 120") || text.contains("new-mrr 12,000 \(code) by day 90 "), "the quota")
        }
    }

    @Test("days carry their dates when the launch has a start date, and only then")
    func dates() throws {
        let lakeside = try Self.simulated("playbooks/lakeside-story.yaml").text()
        #expect(lakeside.contains("horizon 90 days from 2027-01-04"))
        let day30 = try #require(Self.lines(lakeside).first { $0.hasPrefix("day-30: appointments ") })
        #expect(Self.cells(day30).prefix(4) == ["day-30: appointments", "managed-print", "30", "2027-02-03"])
        #expect(Self.lines(lakeside).contains { $0.hasPrefix("mps-mrr: new-mrr ") && $0.contains(" 90  2027-04-04 ") })
        #expect(lakeside.contains("on day 90 (2027-04-04)"), "the review day in the legend")
        #expect(lakeside.contains("new-mrr 12,000 USD by day 90 (2027-04-04)"), "the quota's day")
        let json = Projection.expected(try Self.plan("playbooks/lakeside-story.yaml")).json().rendered()
        #expect(json.contains("\"start_date\": \"2027-01-04\",\n  \"currency\": \"USD\""))
        #expect(json.contains("\"milestone\": \"day-30\",\n      \"day\": 30,\n      \"date\": \"2027-02-03\""))
        #expect(json.contains("\"by_day\": 90,\n      \"date\": \"2027-04-04\""))
        let undated = try Self.simulated("Tests/Fixtures/two-services.yaml").text()
        #expect(!undated.contains(" date "), "no date column without a start date")
        #expect(!undated.contains("from 20"))
    }

    @Test("CalendarDate.adding(days:) walks months, leap years and back")
    func dateArithmetic() throws {
        let start = try #require(CalendarDate("2027-01-04"))
        #expect(start.adding(days: 0) == start)
        #expect(start.adding(days: 90).description == "2027-04-04")
        #expect(start.adding(days: -5).description == "2026-12-30")
        #expect(try #require(CalendarDate("2028-02-28")).adding(days: 1).description == "2028-02-29")
        #expect(try #require(CalendarDate("2100-02-28")).adding(days: 1).description == "2100-03-01")
        for offset in stride(from: -800, through: 800, by: 37) {
            #expect(start.days(until: start.adding(days: offset)) == offset)
        }
    }

    @Test("every line of the text fits in 110 columns", arguments: [
        "playbooks/lakeside-story.yaml", "playbooks/northwind-good.yaml", "Tests/Fixtures/two-services.yaml",
    ])
    func width(file: String) throws {
        for text in [Projection.expected(try Self.plan(file)).text(), try Self.simulated(file).text(),
                     SimulationSet(try Self.plan(file), sensitivity: true).runSerially(runs: 100, seed: 1).text(showingDefaults: true)] {
            for line in Self.lines(text) { #expect(line.count <= 110, "\(line.count) columns: \(line)") }
        }
    }

    // MARK: 2. The service on every row

    @Test("every checkpoint and objective row names its service; two services' rows can be told apart")
    func services() throws {
        let plan = try Self.plan("Tests/Fixtures/two-services.yaml")
        for projection in [Projection.expected(plan), try Self.simulated("Tests/Fixtures/two-services.yaml")] {
            let lines = Self.lines(projection.text())
            let day60 = lines.filter { $0.hasPrefix("day-60: appointments ") }
            #expect(day60.count == 2 * 2, "two services, the plan and its counterfactual")
            #expect(day60.filter { Self.cells($0)[1] == "managed-print" }.count == 2)
            #expect(day60.filter { Self.cells($0)[1] == "managed-it" }.count == 2)
            for checkpoint in projection.checkpoints {
                for e in checkpoint.expectations {
                    let service = try #require(e.service).rawValue
                    #expect(lines.contains { $0.hasPrefix("\(checkpoint.milestone.rawValue): \(e.metric.rawValue) ") && Self.cells($0)[1] == service })
                }
            }
            for objective in projection.objectives {
                let service = try #require(objective.service).rawValue
                #expect(lines.contains { $0.hasPrefix("\(objective.objective.rawValue): \(objective.metric.rawValue) ") && Self.cells($0)[1] == service })
            }
            let csv = Self.lines(projection.csvRows(plan: "p")).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            for row in csv where row[1] == "checkpoint" || row[1] == "objective" { #expect(!row[4].isEmpty, "service of \(row)") }
            let json = projection.json().rendered()
            #expect(json.contains("\"objective\": \"it-mrr\",\n      \"metric\": \"new-mrr\",\n      \"service\": \"managed-it\""))
        }
    }

    // MARK: 3. Defaults in one line

    @Test("the defaults are one line naming --show-defaults; with it, each default and its value")
    func defaults() throws {
        let northwind = try Self.simulated("playbooks/northwind-good.yaml")
        let text = northwind.text()
        #expect(!text.contains("Defaults used:"))
        #expect(!text.contains("touches_per_day,"), "no dump of keys")
        let line = try #require(Self.lines(text).last)
        #expect(line == "Assumptions: 23 of 25 use the format's defaults, not numbers from the playbook (--show-defaults lists them).")
        let listed = northwind.text(showingDefaults: true)
        #expect(listed.contains("Assumptions: 23 of 25 use the format's defaults"))
        for key in northwind.assumptions.defaulted { #expect(Self.lines(listed).contains { $0.hasPrefix(key + " ") }, "\(key) listed") }
        #expect(Self.lines(listed).contains { $0.hasPrefix("deal_mrr.max ") && $0.hasSuffix(" 4,000") })
        #expect(Self.lines(listed).contains { $0.hasPrefix("hardware_diversion_percent ") && $0.hasSuffix(" auto") })
        #expect(!Self.lines(listed).contains { $0.hasPrefix("referrals_per_month ") }, "set in the playbook, not a default")
        let lakeside = try Self.simulated("playbooks/lakeside-story.yaml").text()
        #expect(lakeside.contains("Assumptions: all 25 use the format's defaults"))
    }

    // MARK: 4. The expected salary cut

    @Test("--expected says whether the model expects the salary cut, apart from having no clause")
    func expectedSalaryCut() throws {
        func salaryCell(_ projection: Projection, _ role: String) throws -> String {
            let line = try #require(Self.lines(projection.text()).first { $0.hasPrefix(role + " ") && $0.contains(" by day ") })
            return try #require(Self.cells(line).last)
        }
        let lakeside = Projection.expected(try Self.plan("playbooks/lakeside-story.yaml"))
        #expect(lakeside.text().contains("salary cut expected"))
        #expect(try salaryCell(lakeside, "mps-specialist") == "yes")
        let twoServices = Projection.expected(try Self.plan("Tests/Fixtures/two-services.yaml"))
        #expect(try salaryCell(twoServices, "print-specialist") == "yes")
        #expect(try salaryCell(twoServices, "it-specialist") == "no")
        let northwind = Projection.expected(try Self.plan("playbooks/northwind-good.yaml"))
        #expect(try salaryCell(northwind, "mps-specialist") == "no clause")
        let simulated = try Self.simulated("playbooks/northwind-good.yaml")
        #expect(try salaryCell(simulated, "mps-specialist") == "no clause", "Monte Carlo too: no clause is not '-'")
    }

    // MARK: 5. CSV carries what the text shows

    @Test("CSV keeps the original twelve columns first and adds date and unit")
    func csvHeader() {
        #expect(Projection.csvHeader.hasPrefix("plan,section,name,metric,service,day,target,probability,mean,p10,p50,p90,"))
        #expect(Projection.csvHeader == "plan,section,name,metric,service,day,target,probability,mean,p10,p50,p90,date,unit\n")
    }

    @Test("CSV has the salary cut, the pay split with the draw, the diversion, the counterfactual, the run and the assumptions",
          arguments: [false, true])
    func csvCarriesTheText(expected: Bool) throws {
        let file = "Tests/Fixtures/two-services.yaml"
        let projection = expected ? Projection.expected(try Self.plan(file)) : try Self.simulated(file)
        let rows = Self.lines(projection.csvRows(plan: "p")).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let width = Projection.csvHeader.split(separator: ",").count
        for row in rows { #expect(row.count == width, "\(row)") }
        func value(_ section: String, _ name: String, _ metric: String, column: Int = 8) -> Double? {
            rows.first { $0[1] == section && $0[2] == name && $0[3] == metric }.flatMap { Double($0[column]) }
        }
        func close(_ a: Double?, _ b: Double?) -> Bool {
            guard let a, let b else { return false }
            return abs(a - b) <= 1e-6 * max(1, abs(b))
        }
        for (prefix, p) in [("", projection), ("counterfactual-", try #require(projection.counterfactual.first))] {
            for role in p.roles {
                let name = role.role.rawValue
                #expect(close(value(prefix + "role", name, "pay_base"), role.base))
                #expect(close(value(prefix + "role", name, "pay_service_commission"), role.serviceCommission))
                #expect(close(value(prefix + "role", name, "pay_hardware_commission"), role.hardwareCommission))
                #expect(close(value(prefix + "role", name, "pay_draw"), role.draw))
                #expect(close(value(prefix + "role", name, "hardware_diversion"), role.hardwareDiversion))
                #expect(close(value(prefix + "role", name, "pay"), role.pay.mean))
                #expect(close((role.base ?? 0) + (role.serviceCommission ?? 0) + (role.hardwareCommission ?? 0) + (role.draw ?? 0), role.pay.mean),
                        "the split adds up to the total")
                if expected {
                    #expect(value(prefix + "role", name, "performance_adjustment", column: 7) == nil)
                    #expect(close(value(prefix + "role", name, "performance_adjustment"), role.adjustmentExpected == true ? 1 : 0))
                } else {
                    #expect(close(value(prefix + "role", name, "performance_adjustment", column: 7), role.adjustmentProbability))
                }
            }
        }
        #expect(value("role", "it-specialist", "pay_draw").map { $0 > 0 } == true, "the draw is paid")
        #expect(rows.contains { $0[1] == "role" && $0[2] == "print-specialist" && $0[3] == "pay" && $0[13] == "EUR" })
        #expect(rows.contains { $0[1] == "checkpoint" && $0[3] == "appointments" && $0[13] == "count" })
        #expect(rows.contains { $0[1] == "run" && $0[3] == "horizon_days" && $0[8] == "120" })
        #expect(rows.filter { $0[1] == "assumption" }.count == projection.assumptions.keyedValues.count)
        #expect(rows.contains { $0[1] == "assumption" && $0[2] == "deal_mrr.max" && $0[3] == "default" && $0[8] == "4000" })
        if !expected {
            #expect(rows.contains { $0[1] == "run" && $0[3] == "runs" && $0[8] == "400" })
            #expect(rows.contains { $0[1] == "run" && $0[3] == "seed" && $0[8] == "1" })
        }
    }

    @Test("CSV rows carry the date of their day when the launch has a start date")
    func csvDates() throws {
        let rows = Self.lines(try Self.simulated("playbooks/lakeside-story.yaml").csvRows(plan: "p"))
        #expect(rows.contains { $0.hasPrefix("p,checkpoint,day-30,appointments,managed-print,30,12,") && $0.hasSuffix(",2027-02-03,count") })
        #expect(rows.contains("p,run,monte-carlo,start,,0,,,,,,,2027-01-04,"))
        #expect(rows.contains { $0.hasPrefix("p,role,mps-specialist,performance_adjustment,,90,") && $0.hasSuffix(",2027-04-04,share") })
    }
}

private extension Substring {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
