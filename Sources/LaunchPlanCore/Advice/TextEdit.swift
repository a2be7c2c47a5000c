import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading

/// One change to the playbook's bytes: `range` replaced by `replacement`.
/// Edits are made at the loader's marks, so everything around them (comments,
/// order, flow or block style) stays as the user wrote it.
public struct TextEdit: Sendable, Equatable {
    public var range: Range<Int>
    public var replacement: String
}

extension PlaybookText {
    /// The text with `edits` made; nil when two of them overlap. Edits at the
    /// same place keep their order.
    public func applying(_ edits: [TextEdit]) -> [UInt8]? {
        let ordered = edits.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) > ($1.element.range.lowerBound, $1.offset) }.map(\.element)
        var result = bytes
        var floor = Int.max
        for edit in ordered {
            guard edit.range.upperBound <= floor || edit.range.isEmpty && edit.range.lowerBound <= floor else { return nil }
            result.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
            floor = edit.range.lowerBound
        }
        return result
    }

    /// Sets `key` of the mapping at `container` to `value` (YAML text): the
    /// value is replaced where it is written, or the key added to the mapping.
    func set(_ key: String, to value: String, in container: KeyPath) -> [TextEdit]? {
        if let existing = node(at: container.appending(key)) {
            guard existing.scalar != nil, let start = offset(of: existing.mark), let end = end(of: existing) else { return nil }
            return [TextEdit(range: start..<end, replacement: value)]
        }
        return insert(key, value, into: container)
    }

    /// Adds `key: value` to the mapping at `path`: before a flow mapping's
    /// `}`, or as a line after a block mapping's last line, at its keys' indent.
    func insert(_ key: String, _ value: String, into path: KeyPath) -> [TextEdit]? {
        guard let mapping = node(at: path), let pairs = mapping.mapping, let start = offset(of: mapping.mark) else { return nil }
        if isFlow(mapping) {
            guard let end = endOfFlow(from: start) else { return nil }
            let close = end - 1
            if pairs.isEmpty { return [TextEdit(range: start + 1..<start + 1, replacement: "\(key): \(value)")] }
            let at = lastNonSpace(before: close)
            return [TextEdit(range: at..<at, replacement: ", \(key): \(value)")]
        }
        let indent = mapping.mark.column - 1
        let last = lastLine(ofBlockFrom: mapping.mark.line, indent: indent, isSequence: false)
        return [insertLine(after: last, String(repeating: " ", count: indent) + "\(key): \(value)")]
    }

    /// Appends `item` (YAML text) to the sequence at `path`.
    func append(_ item: String, to path: KeyPath) -> [TextEdit]? {
        guard let sequence = node(at: path), let items = sequence.sequence, let start = offset(of: sequence.mark) else { return nil }
        if isFlow(sequence) {
            guard let end = endOfFlow(from: start) else { return nil }
            if items.isEmpty { return [TextEdit(range: start + 1..<start + 1, replacement: item)] }
            let at = lastNonSpace(before: end - 1)
            return [TextEdit(range: at..<at, replacement: ", \(item)")]
        }
        let indent = sequence.mark.column - 1
        let last = lastLine(ofBlockFrom: sequence.mark.line, indent: indent, isSequence: true)
        return [insertLine(after: last, String(repeating: " ", count: indent) + "- " + item)]
    }

    /// Removes item `index` of the sequence at `path`, keeping any comment
    /// written on its lines. Nil for a sequence's only item (an empty list
    /// would read as no value at all).
    func remove(item index: Int, of path: KeyPath) -> [TextEdit]? {
        guard let sequence = node(at: path), let items = sequence.sequence, items.count > 1, items.indices.contains(index),
              let itemStart = offset(of: items[index].mark) else { return nil }
        if isFlow(sequence) {
            if index + 1 < items.count {
                guard let next = offset(of: items[index + 1].mark) else { return nil }
                return [TextEdit(range: itemStart..<next, replacement: "")]
            }
            guard let previousEnd = end(of: items[index - 1]), let itemEnd = end(of: items[index]) else { return nil }
            return [TextEdit(range: previousEnd..<itemEnd, replacement: "")]
        }
        let indent = sequence.mark.column - 1
        let first = items[index].mark.line
        guard line(first).dropFirst(indent).first == UInt8(ascii: "-") else { return nil }
        var last = index + 1 < items.count ? items[index + 1].mark.line - 1 : lastLine(ofBlockFrom: sequence.mark.line, indent: indent, isSequence: true)
        while last > first, isBlankOrComment(last) { last -= 1 }
        // The comments on the removed lines stay, at the item's indent.
        var kept = ""
        for number in first...last {
            let comment = isBlankOrComment(number) ? line(number).firstIndex(of: UInt8(ascii: "#")) : commentStart(inLine: number)
            if let comment {
                kept += String(repeating: " ", count: indent) + String(decoding: bytes[comment..<line(number).endIndex], as: UTF8.self) + newline
            }
        }
        let end = last < lineCount ? lineStarts[last] : bytes.count
        return [TextEdit(range: lineStarts[first - 1]..<end, replacement: kept)]
    }

    private func lastNonSpace(before offset: Int) -> Int {
        var at = offset
        while at > 0, [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(bytes[at - 1]) { at -= 1 }
        return at
    }

    private func insertLine(after number: Int, _ text: String) -> TextEdit {
        if number < lineCount { return TextEdit(range: lineStarts[number]..<lineStarts[number], replacement: text + newline) }
        let endsWithNewline = bytes.last == UInt8(ascii: "\n")
        return TextEdit(range: bytes.count..<bytes.count, replacement: (endsWithNewline ? "" : newline) + text + newline)
    }
}
