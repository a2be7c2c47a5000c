/// The findings for one file, sorted as the spec orders them, with the
/// source lines the text output quotes.
public struct FileReport: Sendable {
    public var path: String
    public var findings: [Finding]
    /// The decoded plan, when the file could be read as a playbook at all.
    public var playbook: Playbook?
    /// The file's bytes, for quoting a line under a finding (empty when the
    /// file was refused for its size).
    public var source: [UInt8]
    /// Byte offset of each line's start (after a byte-order mark), computed
    /// once so that quoting many findings stays linear.
    private let lineStarts: [Int]

    public init(path: String, findings: [Finding], playbook: Playbook?, source: [UInt8]) {
        self.path = path
        self.findings = findings.sorted(by: Finding.ordered)
        self.playbook = playbook
        self.source = source
        var starts = [source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var index = starts[0]
        while index < source.count {
            let byte = source[index]
            index += 1
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index < source.count, source[index] == 0x0A { index += 1 }
                starts.append(index)
            }
        }
        lineStarts = starts
    }

    /// The bytes of a 1-based line (LF, CRLF or CR endings; a leading
    /// byte-order mark dropped); nil past the end.
    public func lineBytes(_ number: Int) -> ArraySlice<UInt8>? {
        guard lineStarts.indices.contains(number - 1) else { return nil }
        let start = lineStarts[number - 1]
        var end = start
        while end < source.count, source[end] != 0x0A, source[end] != 0x0D { end += 1 }
        return source[start..<end]
    }
}
