import Testing
@testable import LaunchPlanCore

@Suite("Key paths and suggestions")
struct KeyPathTests {
    @Test("key paths print and parse in the spec's notation")
    func roundTrip() throws {
        let path = KeyPath.root.appending("compensation").appending("mps-specialist").appending("commissions").appending(index: 1)
        #expect(path.description == "compensation.mps-specialist.commissions[1]")
        #expect(KeyPath(parsing: "compensation.mps-specialist.commissions[1]") == path)
        #expect(KeyPath(parsing: "a..b") == nil)
        #expect(KeyPath(parsing: "a[x]") == nil)
        #expect(KeyPath(parsing: "compensation.mps-specialist")?.contains(path) == true)
        #expect(path.contains(KeyPath(parsing: "compensation")!) == false)
    }

    @Test("did you mean: within two edits and half the word", arguments: [
        ("base_salery", "base_salary"), ("base_salray", "base_salary"), ("kid", "kind"),
        ("hedcount", "headcount"), ("b", nil), ("xyzzy", nil),
    ] as [(String, String?)])
    func suggestion(word: String, expected: String?) {
        let keys = ["base_salary", "kind", "headcount", "a", "quota"]
        #expect(Suggestion.closest(to: word, among: keys) == expected)
    }
}
