import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// The playbook's own text with its YAML tree, so that a change is made where
/// the user wrote the value: their comments, key order and flow or block
/// style stay as they were (the YAML is never re-emitted). Positions come
/// from the loader's 1-based marks (columns in Unicode scalars).
public struct PlaybookText: Sendable {
    public let bytes: [UInt8]
    let root: YAMLNode
    /// The UTF-8 offset where each line starts (index 0 is line 1).
    let lineStarts: [Int]
    /// `\r\n` when the file uses it, so that inserted lines match.
    let newline: String

    /// Nil when the text does not load as YAML without findings: advice is
    /// only given on a playbook that reads cleanly.
    public init?(_ bytes: [UInt8]) {
        let loaded = YAMLLoader().load(bytes)
        guard loaded.findings.isEmpty, let root = loaded.root else { return nil }
        self.bytes = bytes
        self.root = root
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
        newline = bytes.indices.contains(where: { bytes[$0] == UInt8(ascii: "\r") && $0 + 1 < bytes.count && bytes[$0 + 1] == UInt8(ascii: "\n") }) ? "\r\n" : "\n"
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Nodes

    /// The node at a key path (`compensation.mps-specialist.quota.target`).
    func node(at path: KeyPath) -> YAMLNode? {
        var node = root
        for component in path.components {
            switch component {
            case .key(let key): guard let next = node[key] else { return nil }; node = next
            case .index(let index): guard let items = node.sequence, items.indices.contains(index) else { return nil }; node = items[index]
            }
        }
        return node
    }

    // MARK: Positions

    /// The UTF-8 offset of a 1-based mark.
    func offset(of mark: Mark) -> Int? {
        guard mark.line >= 1, mark.line <= lineStarts.count else { return nil }
        var offset = lineStarts[mark.line - 1]
        var scalars = 1
        while scalars < mark.column {
            guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") else { return nil }
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return offset
    }

    var lineCount: Int { lineStarts.count }

    /// Bytes of a 1-based line without its line ending.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    /// Spaces before a line's first character.
    func indent(_ number: Int) -> Int {
        line(number).prefix { $0 == UInt8(ascii: " ") }.count
    }

    /// A line with nothing but spaces, or a comment.
    func isBlankOrComment(_ number: Int) -> Bool {
        let rest = line(number).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return rest.isEmpty || rest.first == UInt8(ascii: "#")
    }

    /// Where a line's trailing comment starts (a `#` after a space, outside quotes); nil without one.
    func commentStart(inLine number: Int) -> Int? {
        var quote: UInt8?
        var previous = UInt8(ascii: " ")
        for offset in line(number).indices {
            let byte = bytes[offset]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
            } else if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") {
                return offset
            }
            previous = byte
        }
        return nil
    }

    /// The last line holding content of a block collection that starts on
    /// `first` at `indent`: the lines after it that are blank, comments or
    /// indented deeper (or, for a mapping, at its own indent) belong to it;
    /// trailing comments and blank lines are left to what follows.
    func lastLine(ofBlockFrom first: Int, indent: Int, isSequence: Bool) -> Int {
        var last = first
        var number = first + 1
        while number <= lineCount {
            if !isBlankOrComment(number) {
                let own = self.indent(number)
                let isItem = line(number).dropFirst(own).first == UInt8(ascii: "-")
                if own < indent || (isSequence && own == indent && !isItem) { break }
                last = number
            }
            number += 1
        }
        return last
    }

    /// The offset just past the flow collection or quoted scalar starting at
    /// `start` (brackets nested, quotes and comments skipped).
    func endOfFlow(from start: Int) -> Int? {
        var depth = 0
        var offset = start
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                offset += 1
                while offset < bytes.count, bytes[offset] != byte {
                    if byte == UInt8(ascii: "\""), bytes[offset] == UInt8(ascii: "\\") { offset += 1 }
                    offset += 1
                }
                if depth == 0 { return offset + 1 }
            case UInt8(ascii: "#") where offset > 0 && (bytes[offset - 1] == UInt8(ascii: " ") || bytes[offset - 1] == UInt8(ascii: "\n")):
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return offset + 1 }
                if depth < 0 { return nil }
            default:
                break
            }
            offset += 1
        }
        return nil
    }

    /// The offset just past a node written on its line: a plain scalar as
    /// written, a quoted scalar or a flow collection; nil for a block collection.
    func end(of node: YAMLNode) -> Int? {
        guard let start = offset(of: node.mark), start < bytes.count else { return nil }
        let first = bytes[start]
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            return endOfFlow(from: start)
        }
        guard let scalar = node.scalar else { return nil }
        let written = Array(scalar.text.utf8)
        guard !written.isEmpty, bytes[start...].starts(with: written) else { return nil }
        return start + written.count
    }

    /// Whether a collection is written in flow style (`{…}`, `[…]`).
    func isFlow(_ node: YAMLNode) -> Bool {
        guard let start = offset(of: node.mark), start < bytes.count else { return false }
        return bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[")
    }
}

/// A value written as YAML reads it back: a whole number without grouping or
/// a fraction (`500`), others in their shortest exact form (`0.25`).
func yamlNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(saturating: value)) : String(value)
}
