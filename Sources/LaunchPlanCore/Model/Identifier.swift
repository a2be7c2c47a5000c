import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// An id as the playbook writes it (`mps-specialist`, `managed-print`),
/// typed by what it names, so that a role id cannot be passed where a
/// service or segment is meant. One generic type, a phantom kind for each.
public struct Identifier<Kind: IdentifierKind>: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public var description: String { rawValue }

    public static func < (a: Identifier, b: Identifier) -> Bool { a.rawValue < b.rawValue }
}

/// What an id names; its noun is the word messages use.
public protocol IdentifierKind: Sendable {
    static var noun: String { get }
}

public enum RoleIDKind: IdentifierKind { public static let noun = "role" }
public enum ServiceIDKind: IdentifierKind { public static let noun = "service" }
public enum SegmentIDKind: IdentifierKind { public static let noun = "segment" }
public enum MilestoneIDKind: IdentifierKind { public static let noun = "milestone" }
public enum ObjectiveIDKind: IdentifierKind { public static let noun = "objective" }

public typealias RoleID = Identifier<RoleIDKind>
public typealias ServiceID = Identifier<ServiceIDKind>
public typealias SegmentID = Identifier<SegmentIDKind>
public typealias MilestoneID = Identifier<MilestoneIDKind>
public typealias ObjectiveID = Identifier<ObjectiveIDKind>

extension Located where Value == String {
    /// The text read as an id of the given kind, at the same place.
    public func id<Kind>(_ kind: Kind.Type = Kind.self) -> Located<Identifier<Kind>> {
        Located<Identifier<Kind>>(Identifier(value), at: location)
    }
}
