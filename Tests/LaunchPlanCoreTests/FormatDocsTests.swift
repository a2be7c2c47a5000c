import Foundation
import Testing
@testable import LaunchPlanCore

/// `docs/playbook-format.md` and the keys each rule says it reads.
@Suite("Format docs and what the rules read")
struct FormatDocsTests {
    static let properties = PlaybookFormat.properties()

    /// Every declared read, with who declared it.
    static let reads: [(reader: String, read: String)] =
        Catalogue.planDescriptions.flatMap { d in d.reads.map { (d.id.id, $0) } }
        + ExpectationModel.reads.map { ("model", $0) } + ExpectationModel.payReads.map { ("pay", $0) }

    @Test("docs/playbook-format.md is what the format description generates")
    func drift() throws {
        let checkedIn = String(decoding: try readFile("docs/playbook-format.md"), as: UTF8.self)
        #expect(PlaybookFormat.markdown() == checkedIn,
                "regenerate with `swift run launchplan schema --format markdown > docs/playbook-format.md`")
    }

    @Test("the docs give every key of the format a row, under its section")
    func everyKey() {
        let doc = PlaybookFormat.markdown()
        for entry in Self.properties {
            let (section, key) = entry.path.lastIndex(of: ".").map { (String(entry.path[..<$0]), String(entry.path[entry.path.index(after: $0)...])) }
                ?? ("(top level)", entry.path)
            guard let start = doc.range(of: "\n## `\(section)`\n") else {
                Issue.record("no section for \(section)")
                continue
            }
            let rest = doc[start.upperBound...]
            let body = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
            #expect(body.contains("\n| `\(key)` |"), "no row for \(entry.path)")
        }
    }

    @Test("every plan rule says what it reads")
    func everyRuleReads() {
        for description in Catalogue.planDescriptions {
            #expect(!description.reads.isEmpty, "\(description.id.id) declares no reads")
        }
    }

    @Test("every declared read names a key of the format, and a word of its vocabulary")
    func readsNameKeys() {
        for (reader, read) in Self.reads {
            let parts = read.split(separator: "=", maxSplits: 1).map(String.init)
            let matches = Self.properties.filter { PlaybookFormat.isWithin(parts[0], $0.path) }
            #expect(!matches.isEmpty, "\(reader) reads `\(read)`, which is no key of the format")
            if parts.count == 2, let property = matches.first(where: { $0.path == parts[0] }) {
                var shape = property.property.shape
                if case .list(let item, _, _) = shape { shape = item }
                #expect(shape.vocabularyWords.contains(parts[1]), "\(reader) reads `\(read)`: `\(parts[1])` is not a word of `\(parts[0])`")
            }
        }
    }

    @Test("each finding of a rule's examples points at keys the rule reads", arguments: Catalogue.planDescriptions.map(\.id.id))
    func findingsPointAtReads(id: String) throws {
        let description = try #require(Catalogue.description(named: id))
        let reads = description.reads + (description.readsModel ? ExpectationModel.reads : [])
        for example in description.triggering {
            let report = Validator().validate(PlaybookSource(path: "example.yaml", bytes: Array(example.text.utf8)))
            for finding in report.findings where finding.rule == description.id {
                for location in [finding.location] + finding.related.map(\.location) {
                    let pattern = try #require(PlaybookFormat.pattern(of: location.keyPath), "\(location.keyPath) is outside the format")
                    #expect(reads.contains { PlaybookFormat.covers($0, pattern) }, "\(id) points at `\(pattern)` but declares no read there")
                }
            }
        }
    }

    /// The plan with the model's assumptions pushed far one way or the other.
    static func alternates(of plan: Playbook) -> [Playbook] {
        var strong = plan, weak = plan
        strong.assumptions.touchesPerDay = 1000
        strong.assumptions.stages.assessmentPercent = 100
        strong.assumptions.stages.proposalPercent = 100
        strong.assumptions.stages.agreementPercent = 100
        strong.assumptions.cycleDays = .init(min: 1, likely: 1, max: 1)
        weak.assumptions.touchesPerDay = 0.01
        weak.assumptions.referralsPerMonth = 0
        weak.assumptions.introductionsPerMonth = 0
        return [strong, weak]
    }

    @Test("a rule reads the model exactly when it says so: a model of other assumptions changes its findings, or never does", arguments: Catalogue.all.map { type(of: $0).description.id.id })
    func readsModelIsTrue(id: String) throws {
        let rule = try #require(Catalogue.rule(id))
        let description = type(of: rule).description
        var changed = false
        for example in description.triggering + description.passing {
            let plan = try #require(Validator().validate(PlaybookSource(path: "example.yaml", bytes: Array(example.text.utf8))).playbook)
            let own = rule.check(plan, model: ExpectationModel(plan))
            for other in Self.alternates(of: plan) where rule.check(plan, model: ExpectationModel(other)) != own { changed = true }
        }
        #expect(changed == description.readsModel, "\(id): readsModel is \(description.readsModel), but a different model \(changed ? "changes" : "does not change") its findings")
    }

    @Test("a read covers the key, the keys below it and above it; one ending in `*` or `[]` only which entries exist")
    func coverage() {
        #expect(PlaybookFormat.covers("compensation.*.quota", "compensation.*.quota.by_day"))
        #expect(PlaybookFormat.covers("compensation.*.quota.by_day", "compensation.*.quota"))
        #expect(PlaybookFormat.covers("compensation.*.quota", "compensation.*.quota"))
        #expect(!PlaybookFormat.covers("compensation.*.quota", "compensation.*.quota_x"))
        #expect(!PlaybookFormat.covers("compensation.*.quota", "compensation.*.draw"))
        #expect(PlaybookFormat.covers("compensation.*", "compensation"))
        #expect(!PlaybookFormat.covers("compensation.*", "compensation.*.quota"))
        #expect(!PlaybookFormat.covers("milestones[].expect[]", "milestones[].expect[].target"))
        #expect(PlaybookFormat.covers("milestones[].delivers=team-briefed", "milestones[].delivers"))
    }

    @Test("a concrete key path maps to its pattern")
    func patterns() throws {
        #expect(PlaybookFormat.pattern(of: try #require(KeyPath(parsing: "compensation.mps-specialist.commissions[1].metric"))) == "compensation.*.commissions[].metric")
        #expect(PlaybookFormat.pattern(of: try #require(KeyPath(parsing: "territory.rules[0]"))) == "territory.rules[]")
        #expect(PlaybookFormat.pattern(of: try #require(KeyPath(parsing: "roles.owner.no_such_key"))) == nil)
    }

    @Test("the readiness items the rules look for are the ones the format says are checked; it names every item")
    func readinessItems() throws {
        let path = "milestones[].delivers"
        let checked = Set(Self.reads.compactMap { entry -> String? in
            let parts = entry.read.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 && parts[0] == path ? parts[1] : nil
        })
        #expect(checked == ["team-briefed", "rules-of-engagement-published"], "update the description of `delivers`")
        let text = try #require(Self.properties.first { $0.path == path }).property.description
        for item in ReadinessItem.allCases { #expect(text.contains("`\(item.rawValue)`"), "`delivers` does not say what \(item.rawValue) is for") }
    }
}
