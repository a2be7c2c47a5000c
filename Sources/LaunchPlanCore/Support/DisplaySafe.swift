extension String {
    /// The text with every character that could steer a terminal or a log
    /// viewer shown as U+FFFD: C0 and C1 controls (escape, carriage return,
    /// NUL, NEL), DEL, the Unicode line and paragraph separators and the
    /// bidirectional overrides that reorder what a reviewer sees. Tabs stay.
    /// For every string in text output that came from a file or a path.
    public var displaySafe: String {
        // Most text is printable ASCII: return it as it is.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            out.append(scalar.isDisplaySafe ? scalar : "\u{FFFD}")
        }
        return String(out)
    }
}

extension Unicode.Scalar {
    package var isDisplaySafe: Bool {
        switch value {
        case 0x09: true
        case 0x00..<0x20, 0x7F..<0xA0: false
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: false
        default: true
        }
    }
}
