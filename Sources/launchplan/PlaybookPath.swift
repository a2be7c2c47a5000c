#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path as the file system has it and as the output shows it. A name on
/// disk is bytes and need not be UTF-8: the tool opens the bytes and shows
/// invalid UTF-8 and control characters as U+FFFD, so no name is unreadable
/// for its spelling, and none can break a line of output.
struct PlaybookPath: Sendable {
    /// The bytes for the system calls, NUL-terminated.
    let cString: [CChar]
    /// For messages and reports.
    let shown: String
    /// `-` on the command line: standard input, read as it comes.
    let isStandardInput: Bool

    init(bytes: [UInt8]) {
        cString = bytes.map { CChar(bitPattern: $0) } + [0]
        shown = Self.shown(bytes)
        isStandardInput = false
    }

    /// A path from the command line: `-` is standard input; any other is
    /// taken as the bytes the shell passed (argument-parser hands on strings
    /// with invalid UTF-8 already replaced, which would name no file).
    init(argument: String) {
        if argument == "-" {
            self.init(standardInputNamed: "<stdin>")
        } else {
            self.init(bytes: Self.rawArgument(decodingTo: argument))
        }
    }

    /// Standard input, shown as `shown` (`<stdin>` for `-`, or the name the
    /// command line gave it, `/dev/stdin`).
    init(standardInputNamed shown: String) {
        cString = [0]
        self.shown = shown
        isStandardInput = true
    }

    /// The path of the entry `name` in this directory.
    func appending(_ name: [UInt8]) -> PlaybookPath {
        var bytes = cString.dropLast().map { UInt8(bitPattern: $0) }
        if bytes.last != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        return PlaybookPath(bytes: bytes + name)
    }

    /// Invalid UTF-8 and C0, DEL and C1 control characters as U+FFFD.
    static func shown(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let control = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(control ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    /// The first word of the process's arguments that reads as `argument`
    /// once invalid UTF-8 is replaced; the argument's own UTF-8 when none does
    /// (a value joined to its option, `--config=FILE`).
    private static func rawArgument(decodingTo argument: String) -> [UInt8] {
        for index in (0..<Int(CommandLine.argc)).dropFirst() {
            guard let word = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: word, count: strlen(word)).map { UInt8(bitPattern: $0) }
            if String(decoding: bytes, as: UTF8.self) == argument { return bytes }
        }
        return Array(argument.utf8)
    }
}
