import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

public enum ExerciseIDKind: IdentifierKind { public static let noun = "exercise" }

/// An exercise's id, which is also its folder's name in the pack (`walled-accounts`).
public typealias ExerciseID = Identifier<ExerciseIDKind>

/// One bootcamp exercise: a flawed playbook, the participant's brief, the
/// facilitator's notes, and what grading it needs (from the pack's manifest,
/// which participants never see): the rules the flaws raise, the objective
/// whose chance is compared, and what a fix must keep.
public struct Exercise: Sendable {
    public enum Difficulty: String, Sendable, CaseIterable, Comparable {
        case starter, intermediate, advanced

        public static func < (a: Difficulty, b: Difficulty) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var id: ExerciseID
    public var title: String
    public var difficulty: Difficulty
    /// Exactly the rules the flawed playbook raises: a fix resolves them all.
    public var targets: [RuleID]
    /// The objective whose simulated chance is shown before and after (the
    /// primary objective: the plan's first).
    public var objective: ObjectiveID
    /// What a fix must keep, besides never adding a waiver (`Invariant.noNewWaivers`,
    /// which every exercise has).
    public var invariants: [Invariant]
    /// The participant's files, as they are copied by `exercise start`.
    public var playbook: String
    public var brief: String
    /// The facilitator's: what the exercise teaches, the usual wrong fixes and what to say.
    public var notes: String

    /// Every invariant the grade checks: the manifest's, then no new waivers.
    public var allInvariants: [Invariant] { invariants + [.noNewWaivers] }

    /// The file names `exercise start` writes, in the order it writes them.
    public static let playbookFile = "playbook.yaml"
    public static let briefFile = "brief.md"
    public static let notesFile = "notes.md"
}
