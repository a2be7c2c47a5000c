#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LaunchPlanCore

/// The process's standard streams, the environment variables the tool reads
/// (only `NO_COLOR` and `TERM`), and exiting.
struct Terminal {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Colour under `--color auto` (the default): when writing to a terminal
    /// that is not `TERM=dumb`, and `NO_COLOR` is unset or empty (no-color.org).
    var wantsColor: Bool { wantsColor(.auto) }

    func wantsColor(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            guard isTerminal else { return false }
            if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
            guard let value = getenv("NO_COLOR") else { return true }
            return value.pointee == 0
        }
    }

    /// Writes all of `text`. A reader that went away (`| head -1`, EPIPE) ends
    /// the output quietly: the rest is dropped and the exit status stands. Any
    /// other failure (a full disk, a closed descriptor) must not pass for
    /// success in CI: one line on standard error, exit 2. Errors writing
    /// standard error itself have nowhere to go and are dropped.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let start = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, start + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                    continue
                }
                let code = written < 0 ? errno : EIO
                if code == EINTR { continue }
                if code == EPIPE || descriptor == Self.standardError.descriptor { return }
                Self.standardError.write("\(Tool.name): error: cannot write the output: \(String(cString: strerror(code)))\n")
                Self.exit(2)
            }
        }
    }

    /// Without this, writing to a closed pipe kills the process with SIGPIPE;
    /// ignored, the write fails with EPIPE and `write` ends quietly.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The working directory, for paths relative to it (SARIF URIs).
    static var workingDirectory: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }
}

private func systemWrite(_ fd: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, pointer, count)
    #else
    Darwin.write(fd, pointer, count)
    #endif
}

/// `--color`: ANSI colour in text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
