import LaunchPlanSupport
import LaunchPlanValidation

/// Inline SVG charts for the owner's report, drawn by our own code (no
/// scripts, fonts or images from elsewhere). Every chart carries a `<title>`
/// and a `<desc>` that says in words what it shows, for screen readers and
/// for anyone reading without the picture; the report puts a data table
/// beside each one.
package enum SVGChart {
    package static let width = 640.0

    /// Text for HTML and SVG: markup characters as entities (the one escaper,
    /// `Report.xml`), control characters and bidirectional overrides as U+FFFD.
    package static func escaped(_ text: String) -> String {
        Report.xml(text.displaySafe)
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return NumberText.exact((value * 10).rounded() / 10)
    }

    static func open(_ id: String, height: Double, title: String, description: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(number(width)) \(number(height))" \
        width="\(number(width))" height="\(number(height))" role="img" aria-labelledby="\(id)-title \(id)-desc">
        <title id="\(id)-title">\(escaped(title))</title>
        <desc id="\(id)-desc">\(escaped(description))</desc>

        """
    }

    /// Five labelled gridlines from zero to `largest`, for a chart whose values run up the page.
    static func valueAxis(largest: Double, left: Double, right: Double, y: (Double) -> Double) -> String {
        (0...4).map { step in
            let value = largest * Double(step) / 4
            return "<line x1=\"\(number(left))\" x2=\"\(number(width - right))\" y1=\"\(number(y(value)))\" y2=\"\(number(y(value)))\" class=\"grid\"/>\n"
                + "<text x=\"\(number(left - 6))\" y=\"\(number(y(value) + 4))\" text-anchor=\"end\" class=\"axis\">\(escaped(NumberText.amount(value)))</text>\n"
        }.joined()
    }

    /// Horizontal bars, one per row, scaled to the largest value (or to `scale`).
    package static func bars(id: String, title: String, description: String, rows: [(label: String, value: Double, text: String)],
                             scale: Double? = nil) -> String {
        let rowHeight = 26.0, left = 190.0, right = 90.0
        let height = Double(rows.count) * rowHeight + 10
        let largest = scale ?? max(rows.map(\.value).max() ?? 0, 1e-9)
        var out = open(id, height: height, title: title, description: description)
        for (i, row) in rows.enumerated() {
            let y = 5 + Double(i) * rowHeight
            let length = max(0, min(1, row.value / largest)) * (width - left - right)
            out += "<text x=\"\(number(left - 8))\" y=\"\(number(y + 17))\" text-anchor=\"end\" class=\"label\">\(escaped(row.label))</text>\n"
            out += "<rect x=\"\(number(left))\" y=\"\(number(y + 4))\" width=\"\(number(max(1, length)))\" height=\"\(number(rowHeight - 8))\" class=\"bar\"/>\n"
            out += "<text x=\"\(number(left + length + 6))\" y=\"\(number(y + 17))\" class=\"value\">\(escaped(row.text))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// A fan chart: the p10 to p90 band and the median of a cumulative
    /// quantity by day, with targets marked where they fall.
    package static func fan(id: String, title: String, description: String, points: [(day: Int, p10: Double, p50: Double, p90: Double)],
                            targets: [(day: Int, value: Double, label: String)], horizon: Int, unit: String) -> String {
        let height = 260.0, left = 70.0, right = 20.0, top = 15.0, bottom = 40.0
        let largest = max((points.map(\.p90) + targets.map(\.value)).max() ?? 0, 1)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ day: Int) -> Double { left + Double(day) / Double(max(1, horizon)) * plotWidth }
        func y(_ value: Double) -> Double { top + plotHeight - max(0, value) / largest * plotHeight }
        var out = open(id, height: height, title: title, description: description)
        out += valueAxis(largest: largest, left: left, right: right, y: y)
        for day in stride(from: 0, through: horizon, by: max(1, horizon / 6)) {
            let anchor = day == 0 ? "start" : day > horizon * 9 / 10 ? "end" : "middle"
            out += "<text x=\"\(number(x(day)))\" y=\"\(number(height - bottom + 16))\" text-anchor=\"\(anchor)\" class=\"axis\">day \(day)</text>\n"
        }
        out += "<text x=\"\(number(left))\" y=\"\(number(height - 6))\" class=\"axis\">\(escaped(unit))</text>\n"
        if !points.isEmpty {
            let upper = points.map { "\(number(x($0.day))),\(number(y($0.p90)))" }
            let lower = points.reversed().map { "\(number(x($0.day))),\(number(y($0.p10)))" }
            out += "<polygon points=\"\((upper + lower).joined(separator: " "))\" class=\"band\"/>\n"
            out += "<polyline points=\"\(points.map { "\(number(x($0.day))),\(number(y($0.p50)))" }.joined(separator: " "))\" class=\"median\"/>\n"
        }
        for target in targets {
            out += "<circle cx=\"\(number(x(target.day)))\" cy=\"\(number(y(target.value)))\" r=\"5\" class=\"target\"/>\n"
            out += "<text x=\"\(number(x(target.day) - 8))\" y=\"\(number(y(target.value) - 8))\" text-anchor=\"end\" class=\"label\">\(escaped(target.label))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// Columns of ranges, one per period: a bar from p10 to p90 with the
    /// median marked, on a scale from zero.
    package static func ranges(id: String, title: String, description: String, columns: [(label: String, p10: Double, p50: Double, p90: Double)],
                               unit: String) -> String {
        let height = 240.0, left = 70.0, right = 20.0, top = 15.0, bottom = 40.0
        let largest = max(columns.map(\.p90).max() ?? 0, 1)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let step = plotWidth / Double(max(1, columns.count))
        func y(_ value: Double) -> Double { top + plotHeight - max(0, value) / largest * plotHeight }
        var out = open(id, height: height, title: title, description: description)
        out += valueAxis(largest: largest, left: left, right: right, y: y)
        for (i, column) in columns.enumerated() {
            let center = left + step * (Double(i) + 0.5), half = min(28, step * 0.3)
            out += "<rect x=\"\(number(center - half))\" y=\"\(number(y(column.p90)))\" width=\"\(number(2 * half))\" "
                + "height=\"\(number(max(1, y(column.p10) - y(column.p90))))\" class=\"band\"/>\n"
            out += "<line x1=\"\(number(center - half))\" x2=\"\(number(center + half))\" y1=\"\(number(y(column.p50)))\" y2=\"\(number(y(column.p50)))\" class=\"median\"/>\n"
            out += "<text x=\"\(number(center))\" y=\"\(number(height - bottom + 16))\" text-anchor=\"middle\" class=\"axis\">\(escaped(column.label))</text>\n"
        }
        out += "<text x=\"\(number(left))\" y=\"\(number(height - 6))\" class=\"axis\">\(escaped(unit))</text>\n"
        return out + "</svg>\n"
    }

    /// A tornado: for each row, a bar from the value at 75 % to the value at
    /// 125 % of the assumption, around a line at the plan's own value.
    package static func tornado(id: String, title: String, description: String, rows: [(label: String, low: Double, high: Double)],
                                base: Double) -> String {
        let rowHeight = 24.0, left = 290.0, right = 30.0, top = 10.0
        let height = top + Double(rows.count) * rowHeight + 30
        let values = rows.flatMap { [$0.low, $0.high] } + [base]
        let lowest = min(values.min() ?? 0, 0), highest = max(values.max() ?? 1, 1e-9)
        let plotWidth = width - left - right
        func x(_ value: Double) -> Double { left + (value - lowest) / (highest - lowest) * plotWidth }
        var out = open(id, height: height, title: title, description: description)
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            let (a, b) = (min(row.low, row.high), max(row.low, row.high))
            out += "<text x=\"\(number(left - 8))\" y=\"\(number(y + 16))\" text-anchor=\"end\" class=\"label\">\(escaped(row.label))</text>\n"
            out += "<rect x=\"\(number(x(a)))\" y=\"\(number(y + 4))\" width=\"\(number(max(1, x(b) - x(a))))\" height=\"\(number(rowHeight - 8))\" class=\"bar\"/>\n"
        }
        let bottom = top + Double(rows.count) * rowHeight
        out += "<line x1=\"\(number(x(base)))\" x2=\"\(number(x(base)))\" y1=\"\(number(top))\" y2=\"\(number(bottom))\" class=\"median\"/>\n"
        out += "<text x=\"\(number(x(base)))\" y=\"\(number(bottom + 18))\" text-anchor=\"middle\" class=\"axis\">the plan: \(escaped(NumberText.percent(base)))</text>\n"
        return out + "</svg>\n"
    }

    /// For each row, the chance of an objective in two groups of runs (an
    /// uncertain assumption's lowest and highest third), as two dots joined
    /// by a line on a 0 to 100 % scale, with the plan's own chance marked.
    package static func thirds(id: String, title: String, description: String, rows: [(label: String, low: Double, high: Double)],
                               overall: Double) -> String {
        let rowHeight = 24.0, left = 290.0, right = 30.0, top = 10.0
        let height = top + Double(rows.count) * rowHeight + 30
        let plotWidth = width - left - right
        func x(_ share: Double) -> Double { left + max(0, min(1, share)) * plotWidth }
        var out = open(id, height: height, title: title, description: description)
        let bottom = top + Double(rows.count) * rowHeight
        for step in 0...4 {
            let share = Double(step) / 4
            out += "<line x1=\"\(number(x(share)))\" x2=\"\(number(x(share)))\" y1=\"\(number(top))\" y2=\"\(number(bottom))\" class=\"grid\"/>\n"
        }
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight + rowHeight / 2
            out += "<text x=\"\(number(left - 8))\" y=\"\(number(y + 4))\" text-anchor=\"end\" class=\"label\">\(escaped(row.label))</text>\n"
            out += "<line x1=\"\(number(x(row.low)))\" x2=\"\(number(x(row.high)))\" y1=\"\(number(y))\" y2=\"\(number(y))\" class=\"median\"/>\n"
            out += "<circle cx=\"\(number(x(row.low)))\" cy=\"\(number(y))\" r=\"5\" class=\"band\"/>\n"
            out += "<circle cx=\"\(number(x(row.high)))\" cy=\"\(number(y))\" r=\"5\" class=\"target\"/>\n"
        }
        out += "<line x1=\"\(number(x(overall)))\" x2=\"\(number(x(overall)))\" y1=\"\(number(top))\" y2=\"\(number(bottom))\" class=\"median\"/>\n"
        out += "<text x=\"\(number(x(overall)))\" y=\"\(number(bottom + 18))\" text-anchor=\"middle\" class=\"axis\">the plan: \(escaped(NumberText.percent(overall)))</text>\n"
        return out + "</svg>\n"
    }
}
