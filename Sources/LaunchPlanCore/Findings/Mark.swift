import LaunchPlanSupport

/// A position in a playbook file: 1-based line and column, columns counted in
/// characters (Unicode scalars), as libyaml counts them.
public struct Mark: Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of the file, where findings about the whole file point.
    public static let start = Mark(line: 1, column: 1)

    public static func < (a: Mark, b: Mark) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
