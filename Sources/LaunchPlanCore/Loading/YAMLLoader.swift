import CYAML
import LaunchPlanSupport
import LaunchPlanFindings

/// Reads a playbook's bytes into a `YAMLNode` tree with libyaml's event parser
/// (the only user of libyaml). It keeps a 1-based mark on every node, reports
/// duplicate keys, resolves aliases by sharing, and enforces `InputLimits` on
/// the event stream as it arrives, so a hostile file stops early instead of
/// after libyaml has scanned all of it.
public struct YAMLLoader: Sendable {
    public var limits: InputLimits

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// `byteCount` is the file's real size when `bytes` holds only its start
    /// (the command line reads no more than the limit allows).
    public func load(_ bytes: [UInt8], byteCount: Int? = nil) -> LoadedDocument {
        let size = byteCount ?? bytes.count
        if size > limits.maxBytes {
            return refuse(.file, "the file is \(Self.describe(bytes: size)), more than the limit of \(Self.describe(bytes: limits.maxBytes)); a playbook is a few kilobytes",
                          fix: "Check that this is the playbook you meant; split anything else out of it.")
        }
        if let bad = UTF8Check.firstInvalid(in: bytes) {
            return refuse(SourceLocation(mark: bad, keyPath: .root),
                          "the file is not UTF-8 text (an invalid byte at line \(bad.line), column \(bad.column))",
                          fix: "Save the playbook as UTF-8 text.")
        }
        var builder = TreeBuilder(limits: limits)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return LoadedDocument(root: nil, findings: [])
        }
        bytes.withUnsafeBufferPointer { buffer in
            builder.parse(buffer)
        }
        return LoadedDocument(root: builder.stopped ? nil : builder.root, findings: builder.findings)
    }

    private func refuse(_ location: SourceLocation, _ message: String, fix: String) -> LoadedDocument {
        LoadedDocument(root: nil, findings: [Finding(rule: .yamlLimits, message: message, at: location, fix: fix)])
    }

    package static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 {
            let tenths = (bytes * 10) >> 20
            return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10).\(tenths % 10) MiB"
        }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}

/// The event-to-tree state machine. A frame per open collection; a node is
/// added to its parent when complete, with its size after alias expansion.
private struct TreeBuilder {
    package let limits: InputLimits
    package var root: YAMLNode?
    package var findings: [Finding] = []
    /// Set by a fatal finding (`yaml-syntax`, `yaml-limits`): no tree is returned.
    package var stopped = false

    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var path: KeyPath
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var firstKeyAt: [String: Mark] = [:]
        /// Nodes and scalar bytes in this collection after alias expansion, itself included.
        var size = Expansion(nodes: 1, bytes: 0)
    }

    /// What a node costs once its aliases are expanded.
    private struct Expansion {
        var nodes: Int
        var bytes: Int

        static func += (a: inout Expansion, b: Expansion) {
            a.nodes += b.nodes
            a.bytes += b.bytes
        }
    }

    private var frames: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Expansion)] = [:]
    private var total = Expansion(nodes: 0, bytes: 0)
    private var documents = 0

    package init(limits: InputLimits) {
        self.limits = limits
    }

    package mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            stop(.yamlSyntax, "libyaml could not start (out of memory)", at: .start, fix: "Try again.")
            return
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while !stopped {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = LibYAMLProblem(parser: parser, buffer: buffer)
                stop(.yamlSyntax, problem.message, at: problem.mark, fix: problem.fix)
                return
            }
            let done = event.type == YAML_STREAM_END_EVENT
            handle(event)
            yaml_event_delete(&event)
            if done { return }
        }
    }

    private mutating func handle(_ event: yaml_event_t) {
        let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                stop(.yamlLimits, "the file holds more than one YAML document (a second one starts here); a playbook is one document",
                     at: mark, fix: "Keep one playbook per file: remove the `---` and what follows, or move it to its own file.")
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = Self.string(data.value, count: Int(data.length))
            let tag = data.tag.map { Self.string($0) }
            let scalar = YAMLScalar(text: text, plain: data.style == YAML_PLAIN_SCALAR_STYLE, tag: tag)
            let size = Expansion(nodes: 1, bytes: Int(data.length))
            guard count(size, at: mark) else { return }
            add(YAMLNode(.scalar(scalar), at: mark), size: size, anchor: data.anchor.map { Self.string($0) })
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { Self.string($0) } ?? ""
            guard let anchored = anchors[name] else {
                stop(.yamlSyntax, "the alias `*\(name)` refers to no anchor `&\(name)` defined before it (a node cannot contain an alias to itself)",
                     at: mark, fix: "Define `&\(name)` on a complete node before using `*\(name)`, or write the value out.")
                return
            }
            guard count(anchored.size, at: mark) else { return }
            var node = anchored.node
            node.mark = mark
            add(node, size: anchored.size, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard frames.count < limits.maxDepth else {
                stop(.yamlLimits, "the file nests collections more than \(limits.maxDepth) deep; a playbook needs fewer than ten levels",
                     at: mark, fix: "Flatten the structure: no playbook key nests this deep.")
                return
            }
            guard count(Expansion(nodes: 1, bytes: 0), at: mark) else { return }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            frames.append(Frame(isMapping: isMapping, mark: mark, path: childPath,
                                anchor: anchor.map { Self.string($0) }))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = frames.popLast() else { return }
            let node = YAMLNode(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.mark)
            add(node, size: frame.size, anchor: frame.anchor)
        default:
            break
        }
    }

    /// Counts nodes and text after alias expansion; false (and stop) past a limit.
    private mutating func count(_ size: Expansion, at mark: Mark) -> Bool {
        total += size
        if total.nodes > limits.maxNodes {
            stop(.yamlLimits, "the file has more than \(limits.maxNodes) YAML nodes once aliases are expanded; a playbook has a few hundred",
                 at: mark, fix: "Write fewer, larger entries, or use fewer aliases of large nodes.")
            return false
        }
        if total.bytes > limits.maxExpandedBytes {
            stop(.yamlLimits, "the file's text grows past \(YAMLLoader.describe(bytes: limits.maxExpandedBytes)) once aliases are expanded; a playbook is a few kilobytes",
                 at: mark, fix: "Use fewer aliases of long values, or write the values out.")
            return false
        }
        return true
    }

    /// The key path of the node about to be added to the innermost open collection.
    private var childPath: KeyPath {
        guard let frame = frames.last else { return .root }
        if !frame.isMapping { return frame.path.appending(index: frame.items.count) }
        if let key = frame.pendingKey { return frame.path.appending(key.scalar?.text ?? "?") }
        return frame.path
    }

    private mutating func add(_ node: YAMLNode, size: Expansion, anchor: String?) {
        if let anchor { anchors[anchor] = (node, size) }
        guard let last = frames.indices.last else {
            root = node
            return
        }
        frames[last].size += size
        if !frames[last].isMapping {
            frames[last].items.append(node)
        } else if let key = frames[last].pendingKey {
            frames[last].pairs.append(YAMLPair(key: key, value: node))
            frames[last].pendingKey = nil
        } else {
            frames[last].pendingKey = node
            if let text = node.scalar?.text {
                let location = SourceLocation(mark: node.mark, keyPath: frames[last].path.appending(text))
                if let first = frames[last].firstKeyAt[text] {
                    findings.append(Finding(
                        rule: .yamlDuplicateKey,
                        message: "the key `\(text)` appears twice in this mapping; YAML readers silently keep only one of them",
                        at: location,
                        related: [.init(SourceLocation(mark: first, keyPath: location.keyPath), note: "`\(text)` first appears here")],
                        fix: "Keep one `\(text)` and merge or delete the other."))
                } else {
                    frames[last].firstKeyAt[text] = node.mark
                }
            }
        }
    }

    private mutating func stop(_ rule: RuleID, _ message: String, at mark: Mark, fix: String) {
        // A fatal finding is the only one reported (the catalogue: "one finding, then stop").
        findings = [Finding(rule: rule, message: message, at: SourceLocation(mark: mark, keyPath: childPath), fix: fix)]
        stopped = true
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>, count: Int? = nil) -> String {
        let length = count ?? strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
}
