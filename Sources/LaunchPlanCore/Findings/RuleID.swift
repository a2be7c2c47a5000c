import LaunchPlanSupport

/// A rule's name as the catalogue spells it, and nothing more: its severity, kind
/// and words live in its `RuleDescription`, and `Catalogue` lists every rule.
public struct RuleID: Hashable, Sendable, CustomStringConvertible {
    public let id: String

    public init(_ id: String) {
        self.id = id
    }

    public var description: String { id }

    // Reading the file: reported below the rules, by the loader and the
    // decoder. A plan rule declares its id in its own file.
    public static let yamlSyntax = RuleID("yaml-syntax")
    public static let yamlDuplicateKey = RuleID("yaml-duplicate-key")
    public static let yamlLimits = RuleID("yaml-limits")
    public static let schemaVersion = RuleID("schema-version")
    public static let schemaUnknownKey = RuleID("schema-unknown-key")
    public static let schemaMissingKey = RuleID("schema-missing-key")
    public static let schemaType = RuleID("schema-type")
    public static let unknownReference = RuleID("unknown-reference")
    public static let duplicateID = RuleID("duplicate-id")
}
