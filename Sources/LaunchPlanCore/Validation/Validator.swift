/// Load, decode and check one playbook: values in, findings out.
public struct Validator: Sendable {
    public var limits: InputLimits

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    public func validate(_ source: PlaybookSource) -> FileReport {
        let loaded = YAMLLoader(limits: limits).load(source.bytes, byteCount: source.byteCount)
        let lines = source.byteCount > limits.maxBytes ? [] : Self.lines(of: source.bytes)
        let fatal = loaded.findings.contains { $0.rule == .yamlSyntax || $0.rule == .yamlLimits }
        guard !fatal else {
            return FileReport(path: source.path, findings: loaded.findings, playbook: nil, lines: lines)
        }
        let decoded = PlaybookDecoder().decode(loaded.root)
        return FileReport(path: source.path, findings: loaded.findings + decoded.findings,
                          playbook: decoded.playbook, lines: lines)
    }

    /// Lines split on LF, CRLF or CR, with a leading byte-order mark dropped.
    static func lines(of bytes: [UInt8]) -> [Substring] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.first == "\u{FEFF}" { text.removeFirst() }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
}
