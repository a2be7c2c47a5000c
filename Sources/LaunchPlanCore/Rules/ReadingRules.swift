import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel
import LaunchPlanPipeline

/// The rules about reading the file, which the loader and decoder report
/// (they have no examples of their own here: the loader and decoding tests
/// cover each).
package enum ReadingRules {
    package static let descriptions: [RuleDescription] = [
        .reading(.yamlSyntax, "The file is not well-formed YAML."),
        .reading(.yamlDuplicateKey, "A key appears twice in one mapping."),
        .reading(.yamlLimits, "Over the input limits: 4 MiB, depth 64, 10,000 nodes, 8 MiB of text after aliases, UTF-8, one document."),
        .reading(.schemaVersion, "`launchplan` is missing or not 1."),
        .reading(.schemaUnknownKey, "A key the format does not define (with \"did you mean\")."),
        .reading(.schemaMissingKey, "A required key is absent."),
        .reading(.schemaType, "Wrong type, a value outside its vocabulary, or a number out of range."),
        .reading(.unknownReference, "A role, service, segment, milestone or rule id that is not declared, with \"did you mean\" (or the declared ids)."),
        .reading(.duplicateID, "Two milestones with one id."),
    ]
}
