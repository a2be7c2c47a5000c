import LaunchPlanSupport
import LaunchPlanFindings
import LaunchPlanLoading
import LaunchPlanModel

extension HardwareDiversion {
    /// The diversion of one seller (the pipeline model): 0 unless a `hardware-gp` line
    /// of its comp plan pays in a segment where a rule lets it sell hardware;
    /// then `hardware_diversion_percent`, or with `auto`
    /// `h = min(0.9, E_hw / (E_hw + E_ms))`.
    package init(_ seller: Seller, plan: Playbook) {
        let a = plan.assumptions
        let role = seller.role.id.value
        let hardwareSegments = plan.grants(to: role, for: .hardware).map(\.rule.segment.value)
        let comp = plan.compPlan(for: role)
        let lines = (comp?.commissions ?? []).filter { line in
            line.metric.value == .hardwareGP && hardwareSegments.contains { line.pays(in: $0) }
        }
        guard !lines.isEmpty else {
            self = .none
            return
        }
        let perHardwareTouch = lines.map { $0.commission(onHardwareSaleOf: a.hardware.grossProfit) / a.hardware.touchesPerSale }.max() ?? 0
        let closeRate = a.stages.closeRate
        let perAgreement = seller.pay.serviceLines.reduce(0.0) { $0 + $1.commission(onAgreementOf: a.dealMRR.mean) }
        let closingShare = a.cycleDays.cdf(Double(plan.launch.horizonDays - seller.role.startDay) / 2)
        let appointmentsPerTouch = seller.blendedAppointmentRate
        let perServiceTouch = appointmentsPerTouch * closeRate * perAgreement * closingShare
        let share: Double
        switch a.hardwareDiversion {
        case .percent(let percent): share = percent / 100
        case .auto:
            let total = perHardwareTouch + perServiceTouch
            share = total > 0 ? min(0.9, perHardwareTouch / total) : 0
        }
        self.init(lines: lines, share: share, isAuto: a.hardwareDiversion == .auto,
                  commissionPerHardwareTouch: perHardwareTouch, commissionPerServiceTouch: perServiceTouch,
                  appointmentsPerTouch: appointmentsPerTouch, closeRate: closeRate,
                  commissionPerAgreement: perAgreement, closingShare: closingShare)
    }
}
