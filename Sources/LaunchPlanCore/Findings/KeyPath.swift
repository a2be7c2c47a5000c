import LaunchPlanSupport

/// Where a node sits in the playbook, as the spec writes it:
/// `compensation.mps-specialist.commissions[1]` (dots for mapping keys,
/// `[i]` for list items, 0-based).
public struct KeyPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = KeyPath()

    public func appending(_ key: String) -> KeyPath {
        KeyPath(components + [.key(key)])
    }

    public func appending(index: Int) -> KeyPath {
        KeyPath(components + [.index(index)])
    }

    /// The key path is a prefix of (or equal to) `other`: a waiver `at` a
    /// comp plan covers every line below it.
    public func contains(_ other: KeyPath) -> Bool {
        other.components.starts(with: components)
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// Reads the spec's notation back (for waivers' `at`); nil when malformed.
    public init?(parsing text: String) {
        var components: [Component] = []
        for segment in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(segment)
            let keyEnd = rest.firstIndex(of: "[") ?? rest.endIndex
            let key = rest[..<keyEnd]
            guard !key.isEmpty else { return nil }
            components.append(.key(String(key)))
            rest = rest[keyEnd...]
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                      let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0
                else { return nil }
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
        }
        self.components = components
    }
}
