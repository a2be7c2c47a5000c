import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// Account segments, who owns them, who may sell what where, and who settles disputes.
public struct Territory: Sendable {
    public var segments: [Segment]
    public var rules: [TerritoryRule]
    public var escalation: Escalation?
    public var location: SourceLocation?
}

/// A group of accounts: the installed base or the open market.
public struct Segment: Sendable {
    public var id: Located<SegmentID>
    public var kind: SegmentKind
    /// Number of accounts; nil for unbounded prospects.
    public var accounts: Int?
    /// The owning role's id; nil for open accounts.
    public var owner: Located<RoleID>?
    public var location: SourceLocation
}

/// What one role may sell in one segment, and how freely.
public struct TerritoryRule: Sendable {
    public var role: Located<RoleID>
    public var segment: Located<SegmentID>
    /// Service ids and/or `hardware`.
    public var sells: [Located<ProductLine>]
    public var access: Access
    /// For `permission`: days the owner has to answer.
    public var approvalSLADays: Int?
    public var location: SourceLocation
}

public struct Escalation: Sendable {
    public var role: Located<RoleID>
    public var slaDays: Int
    public var location: SourceLocation

    /// Memberwise, for the lever that adds one (advice).
    package init(role: Located<RoleID>, slaDays: Int, location: SourceLocation) {
        self.role = role
        self.slaDays = slaDays
        self.location = location
    }
}
