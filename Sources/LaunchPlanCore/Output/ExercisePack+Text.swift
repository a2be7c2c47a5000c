import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanModel
import LaunchPlanValidation
import LaunchPlanExercises

extension ExercisePack {
    /// `exercise list`: one row per exercise in the pack's order (id, difficulty,
    /// title, the rules it teaches), for the facilitator choosing a session.
    public func listText() -> String {
        let idWidth = max(2, exercises.map(\.id.rawValue.count).max() ?? 0)
        let levelWidth = Exercise.Difficulty.allCases.map(\.rawValue.count).max() ?? 0
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var out = pad("id", idWidth) + "  " + pad("difficulty", levelWidth) + "  title\n"
        for exercise in exercises {
            out += pad(exercise.id.rawValue, idWidth) + "  " + pad(exercise.difficulty.rawValue, levelWidth) + "  " + exercise.title + "\n"
            out += String(repeating: " ", count: idWidth + levelWidth + 4) + "teaches: " + exercise.targets.map(\.id).joined(separator: ", ") + "\n"
        }
        out += "\n\(Report.count(exercises.count, "exercise")). `launchplan exercise show ID` prints the participant's brief, `exercise notes ID` the facilitator's notes.\n"
        return out
    }

    /// `exercise list --format json`: the manifest's facts of each exercise.
    public func listJSON() -> JSONValue {
        .object([
            ("exercises", .array(exercises.map { exercise in
                .object([
                    ("id", .string(exercise.id.rawValue)),
                    ("title", .string(exercise.title)),
                    ("difficulty", .string(exercise.difficulty.rawValue)),
                    ("rules", .array(exercise.targets.map { .string($0.id) })),
                    ("objective", .string(exercise.objective.rawValue)),
                    ("invariants", .array(exercise.allInvariants.map { .string($0.name) })),
                ])
            })),
        ])
    }
}
