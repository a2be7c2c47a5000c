import LaunchPlanSupport

/// The part of SARIF 2.1.0 that `validate --format sarif` writes, as typed
/// values: the properties encode in declaration order, which is the order of
/// the output, and a nil optional is left out.
struct SARIFLog: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]?
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [ReportingDescriptor]
    }

    /// A rule, with its help text.
    struct ReportingDescriptor: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var suppressions: [Suppression]?
    }

    struct Location: Encodable {
        /// Set on related locations only.
        var id: Int?
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
    }

    /// A waived finding: accepted in the playbook, with its reason.
    struct Suppression: Encodable {
        var kind = "inSource"
        var justification: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolConfigurationNotifications: [Notification]
    }

    struct Notification: Encodable {
        var message: Message
        var level: String
        var locations: [Location]
    }
}
