import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanModel

/// Every participant's grade on one exercise, ranked as a sales floor posts
/// its numbers: passes first, files that cannot be read last, then fewer
/// target findings left, fewer new
/// errors, fewer broken invariants, a better chance of the objective, and a
/// smaller change. Participants equal on all of those share a rank.
public struct Leaderboard: Sendable {
    public struct Entry: Sendable {
        /// 1-based; equal grades share one ("1, 2, 2, 4").
        public var rank: Int
        /// The file's name without its extension (`alice` for `alice.yaml`).
        public var participant: String
        public var grade: ExerciseGrade
    }

    public var exercise: Exercise
    public var entries: [Entry]

    public init(exercise: Exercise, grades: [(participant: String, grade: ExerciseGrade)]) {
        self.exercise = exercise
        let sorted = grades.sorted { a, b in
            let (x, y) = (Self.standing(a.grade), Self.standing(b.grade))
            return x != y ? x.lexicographicallyPrecedes(y) : a.participant < b.participant
        }
        var entries: [Entry] = []
        for (index, item) in sorted.enumerated() {
            let tied = entries.last.map { Self.standing($0.grade) == Self.standing(item.grade) } ?? false
            entries.append(Entry(rank: tied ? entries[index - 1].rank : index + 1, participant: item.participant, grade: item.grade))
        }
        self.entries = entries
    }

    /// Smaller is better, criterion by criterion.
    private static func standing(_ grade: ExerciseGrade) -> [Double] {
        [grade.passed ? 0 : 1, grade.isReadable ? 0 : 1, Double(grade.remaining.count), Double(grade.newErrors.count), Double(grade.broken.count),
         -(grade.chanceAfter ?? -1), Double(grade.changed?.count ?? Int.max)]
    }

    public var passed: Int { entries.filter(\.grade.passed).count }
}
