import Testing
@testable import LaunchPlanCore

/// Typed output structs become JSON with their keys in declaration order.
@Suite("JSONValue encoder")
struct JSONValueEncoderTests {
    struct Inner: Encodable { var b: Int; var a: String? }
    struct Outer: Encodable {
        var zeta = "z"
        var items: [Inner]
        var flag: Bool
        var ratio: Double
        var missing: Int?
        var schema = "s"
        enum CodingKeys: String, CodingKey { case zeta, items, flag, ratio, missing, schema = "$schema" }
    }

    @Test("keys in declaration order, nil optionals left out, nested values kept")
    func encodes() throws {
        let value = try JSONValue(encoding: Outer(items: [Inner(b: 1, a: "x"), Inner(b: 2, a: nil)], flag: true, ratio: 0.5))
        #expect(value == .object([
            ("zeta", .string("z")),
            ("items", .array([.object([("b", .int(1)), ("a", .string("x"))]), .object([("b", .int(2))])])),
            ("flag", .bool(true)),
            ("ratio", .number(0.5)),
            ("$schema", .string("s")),
        ]))
    }

    @Test("a top-level array and a single value")
    func topLevel() throws {
        #expect(try JSONValue(encoding: [1, 2]) == .array([.int(1), .int(2)]))
        #expect(try JSONValue(encoding: "text") == .string("text"))
    }
}
