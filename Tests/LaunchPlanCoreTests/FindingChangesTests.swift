import Testing
@testable import LaunchPlanCore
@testable import LaunchPlanValidation

@Suite("diff: findings matched by rule and key path")
struct FindingChangesTests {
    static func findings(_ file: String, appending extra: String = "", validator: Validator = Validator()) throws -> [Finding] {
        validator.validate(PlaybookSource(path: file, bytes: try readFile(file) + Array(extra.utf8))).findings
    }

    static let lakeside = "playbooks/lakeside-story.yaml"

    @Test("moved text is no change: the story written another way (keys reordered, block style, comments) has the same findings on other lines")
    func movedText() throws {
        let base = try Self.findings(Self.lakeside)
        let head = try Self.findings("Tests/Fixtures/lakeside-reformatted.yaml")
        #expect(base.map(\.location.mark.line) != head.map(\.location.mark.line), "the fixture moves the findings")
        let changes = FindingChanges(base: base, head: head)
        #expect(changes.introduced.isEmpty)
        #expect(changes.resolved.isEmpty)
        #expect(changes.changed.isEmpty)
        #expect(changes.unchanged.count == base.count)
        #expect(!changes.introducesError)
    }

    @Test("numbers that moved make a finding changed, and say which: the hardware clause at 2 % instead of 8 %")
    func changedNumbers() throws {
        let changes = FindingChanges(base: try Self.findings(Self.lakeside), head: try Self.findings("Tests/Fixtures/lakeside-smaller-hardware-clause.yaml"))
        #expect(changes.introduced.isEmpty && changes.resolved.isEmpty)
        let clause = try #require(changes.changed.first { $0.head.rule == .hardwareClauseUnderminesQuota })
        #expect(clause.numbers.first.map { [$0.base, $0.head] } == ["8 %", "2 %"])
        #expect(clause.numbers.contains { $0.base == "77 %" && $0.head == "46 %" }, "the share of touches diverted to hardware")
        #expect(!changes.introducesError, "the same error, with other numbers, is not a new one")
    }

    @Test("removing the hardware clause resolves its finding; putting it back introduces an error")
    func resolvedAndIntroduced() throws {
        let with = try Self.findings(Self.lakeside)
        let without = try Self.findings("Tests/Fixtures/lakeside-without-hardware-clause.yaml")
        let removed = FindingChanges(base: with, head: without)
        #expect(removed.resolved.contains { $0.rule == .hardwareClauseUnderminesQuota })
        #expect(!removed.introduced.contains { $0.rule == .hardwareClauseUnderminesQuota })
        #expect(!removed.introducesError)
        let added = FindingChanges(base: without, head: with)
        #expect(added.introduced.contains { $0.rule == .hardwareClauseUnderminesQuota })
        #expect(added.introducesError)
    }

    @Test("a finding waived in the head is changed, not resolved; an error whose waiver is removed counts as introduced")
    func waivers() throws {
        let waiver = "waivers:\n  - {rule: hardware-clause-undermines-quota, at: compensation.mps-specialist, reason: the owner accepts it for the first quarter}\n"
        let active = try Self.findings(Self.lakeside)
        let waived = try Self.findings(Self.lakeside, appending: waiver)
        let waiving = FindingChanges(base: active, head: waived)
        let pair = try #require(waiving.changed.first { $0.head.rule == .hardwareClauseUnderminesQuota })
        #expect(pair.head.isWaived && !pair.base.isWaived)
        #expect(!waiving.introducesError)
        #expect(FindingChanges(base: waived, head: active).introducesError)
    }

    @Test("alike findings at one key path: identical ones pair first, so only the one that moved is changed")
    func identicalFirst() {
        func finding(_ message: String) -> Finding {
            Finding(rule: .checkpointUnlikely, severity: .warning, message: message,
                    at: SourceLocation(mark: .start, keyPath: KeyPath([.key("milestones")])), fix: "")
        }
        let changes = FindingChanges(base: [finding("about 2"), finding("about 5")], head: [finding("about 5"), finding("about 3")])
        #expect(changes.unchanged.map(\.head.message) == ["about 5"])
        #expect(changes.changed.map { [$0.base.message, $0.head.message] } == [["about 2", "about 3"]])
        #expect(changes.changed.first?.numbers.map { [$0.base, $0.head] } == [["2", "3"]])
    }

    @Test("numbers in a message: grouped, decimal, negative, percentages; a comma after a number is not part of it")
    func messageNumbers() {
        let split = MessageNumbers.split("12,000 by day 90, then -15 % of 2.5 and 7%; day-30")
        #expect(split.numbers == ["12,000", "90", "-15 %", "2.5", "7%", "30"])
        #expect(MessageNumbers.differences("about 77 % of touches", "about 40 % of touches").map { [$0.base, $0.head] } == [["77 %", "40 %"]])
        #expect(MessageNumbers.differences("about 77 % of touches", "about 40 % of calls").isEmpty, "other words: no number pairs")
    }
}
