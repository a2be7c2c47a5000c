extension Playbook {
    /// The earliest day a deal of the role can close: its start day plus the
    /// shortest sales cycle (`cycle_days.min`); nothing signs sooner.
    func earliestClose(of roleID: String) -> (start: Int, day: Double) {
        let start = role(roleID)?.startDay ?? 0
        return (start, Double(start) + assumptions.cycleDays.min)
    }
}
