import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// One territory rule's grant: the role may sell the product line in the
/// segment at this access (never `none`).
public struct Grant: Sendable {
    public let rule: TerritoryRule
    /// The segment the rule names, when it is declared.
    public let segment: Segment?
    public var access: Access { rule.access }
    public var role: RoleID { rule.role.value }
}

extension Access {
    /// Selling without anyone's approval: `open`, or `notify` (tell the owner first).
    public var isFree: Bool { self == .open || self == .notify }
}

extension Playbook {
    /// The territory question, asked in one place by the pipeline model and
    /// every rule: the rules that let `role` sell `product` (any product
    /// line when nil), with their segment and access, in file order. A rule
    /// with `access: none` grants nothing and is never returned.
    public func grants(to role: RoleID, for product: ProductLine? = nil) -> [Grant] {
        territory.rules.compactMap { rule in
            guard rule.role.value == role, rule.access != .none,
                  product.map({ product in rule.sells.contains { $0.value == product } }) ?? true else { return nil }
            return Grant(rule: rule, segment: segment(rule.segment.value))
        }
    }

    /// Every grant in one segment, to any role, for any product line.
    public func grants(in segmentID: SegmentID) -> [Grant] {
        territory.rules.compactMap { rule in
            guard rule.segment.value == segmentID, rule.access != .none else { return nil }
            return Grant(rule: rule, segment: segment(segmentID))
        }
    }
}
