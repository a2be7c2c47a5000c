import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanModel
import LaunchPlanValidation
import LaunchPlanSimulation
import LaunchPlanExercises

extension Leaderboard {
    /// The columns every format shows, in order, as text cells.
    private var rows: [[String]] {
        entries.map { entry in
            let grade = entry.grade
            return [String(entry.rank), entry.participant.displaySafe, grade.passed ? "pass" : "fail",
                    "\(grade.resolved.count)/\(grade.targetCount)", String(grade.newErrors.count),
                    grade.broken.isEmpty ? "0" : "\(grade.broken.count) (\(grade.broken.map(\.invariant).joined(separator: ", ")))",
                    grade.chanceAfter.map(NumberText.percent) ?? "-", grade.changed.map { String($0.count) } ?? "-"]
        }
    }

    private static let headers = ["rank", "participant", "result", "targets resolved", "new errors", "invariants broken", "chance after", "key paths changed"]
    /// Columns aligned to the right in text (numbers).
    private static let numeric: Set<Int> = [0, 4, 6, 7]

    /// The line above the table: the exercise, how many passed, and the
    /// objective's chance in the flawed plan, with the runs and seed used.
    private var heading: (title: String, detail: String) {
        let title = "Exercise \(exercise.id): \(exercise.title): \(passed) of \(Report.count(entries.count, "participant")) passed"
        let before = entries.first?.grade.chanceBefore.map(NumberText.percent) ?? "not simulated"
        var detail = "Chance of objective `\(exercise.objective)` in the original plan: \(before)"
        if case .monteCarlo(let runs, let seed)? = entries.first?.grade.simulation {
            detail += " (every plan simulated with \(NumberText.amount(Double(runs))) runs, seed \(seed))"
        }
        return (title, detail)
    }

    /// `exercise grade`: a ranked table, then why each failing participant failed.
    public func text() -> String {
        let table = [Self.headers] + rows
        let widths = Self.headers.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        var out = heading.title + "\n" + heading.detail + "\n\n"
        for row in table {
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return Self.numeric.contains(column) ? padding + cell : cell + padding
            }
            out += cells.joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        let failing = entries.filter { !$0.grade.passed }
        if !failing.isEmpty {
            out += "\nWhy:\n"
            for entry in failing {
                out += "  \(entry.participant.displaySafe): \(entry.grade.verdict.dropFirst("FAIL: ".count))\n"
                for item in entry.grade.broken { out += "    \(item.invariant): \(item.message.displaySafe)\n" }
            }
        }
        return out
    }

    /// `exercise grade --format markdown`: the same table for a slide, a wiki or a chat.
    public func markdown() -> String {
        func cell(_ text: String) -> String { MarkdownCell.text(text) }
        var out = "### " + cell(heading.title) + "\n\n" + heading.detail + "\n\n"
        out += "| " + Self.headers.joined(separator: " | ") + " |\n"
        out += "|" + Self.headers.indices.map { Self.numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// `exercise grade --format csv`: one row per participant, numbers as numbers
    /// (chances as shares, 1 = 100 %), for a spreadsheet.
    public static let csvHeader = "rank,participant,file,result,targets_resolved,targets_total,targets_remaining,new_errors,new_warnings,invariants_broken,chance_before,chance_after,key_paths_changed\n"

    public func csv() -> String {
                var out = Self.csvHeader
        for entry in entries {
            let grade = entry.grade
            out += [String(entry.rank), CSVField.quoted(entry.participant), CSVField.quoted(grade.file.path), grade.passed ? "pass" : "fail",
                    String(grade.resolved.count), String(grade.targetCount), String(grade.remaining.count),
                    String(grade.newErrors.count), String(grade.newWarnings.count),
                    CSVField.quoted(grade.broken.map(\.invariant).joined(separator: " ")),
                    CSVField.number(grade.chanceBefore), CSVField.number(grade.chanceAfter), grade.changed.map { String($0.count) } ?? ""].joined(separator: ",") + "\n"
        }
        return out
    }
}
