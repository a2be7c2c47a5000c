/// The rules about reading the file, which the loader and decoder report
/// (they have no examples of their own here: the loader and decoding tests
/// cover each). Listed for `launchplan rules` and the docs.
public enum ReadingRules {
    public static let all: [(id: RuleID, summary: String)] = [
        (.yamlSyntax, "The file is not well-formed YAML."),
        (.yamlDuplicateKey, "A key appears twice in one mapping."),
        (.yamlLimits, "Over the input limits: 4 MiB, depth 64, 10,000 nodes, UTF-8, one document."),
        (.schemaVersion, "`launchplan` is missing or not 1."),
        (.schemaUnknownKey, "A key the format does not define (with \"did you mean\")."),
        (.schemaMissingKey, "A required key is absent."),
        (.schemaType, "Wrong type, a value outside its vocabulary, or a number out of range."),
        (.unknownReference, "A role, objective, service, segment or milestone id that is not declared."),
        (.duplicateID, "Two milestones with one id."),
    ]
}
