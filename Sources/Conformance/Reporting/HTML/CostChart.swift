/// A cost curve as inline SVG: cost against iteration, with axes, ticks, labels and a legend, each
/// series told apart by its marks as well as its colour (rings for the published points, a solid
/// line for our reproduction, a dashed line with squares for the learner's log).
struct CostChart {
  /// The logs to draw.
  let curve: CostCurve
  /// The chart's title (also its accessible name).
  let title: String
  /// A unique prefix for element ids.
  let id: String

  private let width = 560.0
  private let height = 300.0
  private let left = 70.0
  private let right = 18.0
  private let top = 34.0
  private let bottom = 46.0

  /// The words for a series in the legend and the numbers table.
  static func label(_ role: CostCurve.Role) -> String {
    switch role {
    case .published: "published (notebook)"
    case .reproduced: "reproduced (ours)"
    case .learner: "yours"
    }
  }

  /// The `<svg>` element.
  var svg: String {
    let points = curve.series.flatMap(\.points).filter(\.cost.isFinite)
    let maxIteration = max(1, points.map(\.iteration).max() ?? 1)
    let costs = points.map(\.cost)
    var low = costs.min() ?? 0
    var high = costs.max() ?? 1
    if high - low < 1e-12 { low -= 0.5; high += 0.5 }
    let yTicks = Self.ticks(low, high)
    let xTicks = Self.ticks(0, Double(maxIteration))
    let yLow = min(low, yTicks.first ?? low)
    let yHigh = max(high, yTicks.last ?? high)
    let xHigh = max(Double(maxIteration), xTicks.last ?? 1)
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    func x(_ iteration: Double) -> Double { left + iteration / xHigh * plotWidth }
    func y(_ cost: Double) -> Double { top + (yHigh - cost) / (yHigh - yLow) * plotHeight }
    let c = HTMLText.coordinate
    let described = curve.series.map { "\(Self.label($0.role)): \($0.points.count) points" }.joined(separator: "; ")

    var svg = "<svg class=\"chart\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
    svg += "aria-labelledby=\"\(id)-title \(id)-desc\">"
    svg += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>"
    svg += "<desc id=\"\(id)-desc\">Cost against iteration. \(HTMLText.escape(described)).</desc>"
    // Grid, ticks and tick labels.
    for tick in yTicks where tick >= yLow && tick <= yHigh {
      svg += "<line class=\"grid\" x1=\"\(c(left))\" x2=\"\(c(width - right))\" y1=\"\(c(y(tick)))\" y2=\"\(c(y(tick)))\"/>"
      svg += "<text class=\"tick\" x=\"\(c(left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(Self.tickLabel(tick, ticks: yTicks))</text>"
    }
    for tick in xTicks where tick <= xHigh {
      svg += "<line class=\"grid\" x1=\"\(c(x(tick)))\" x2=\"\(c(x(tick)))\" y1=\"\(c(top))\" y2=\"\(c(height - bottom))\"/>"
      svg += "<text class=\"tick\" x=\"\(c(x(tick)))\" y=\"\(c(height - bottom + 16))\" text-anchor=\"middle\">\(Self.tickLabel(tick, ticks: xTicks))</text>"
    }
    // Axes and their labels.
    svg += "<line class=\"axis\" x1=\"\(c(left))\" x2=\"\(c(left))\" y1=\"\(c(top))\" y2=\"\(c(height - bottom))\"/>"
    svg += "<line class=\"axis\" x1=\"\(c(left))\" x2=\"\(c(width - right))\" y1=\"\(c(height - bottom))\" y2=\"\(c(height - bottom))\"/>"
    svg += "<text class=\"label\" x=\"\(c(left + plotWidth / 2))\" y=\"\(c(height - 8))\" text-anchor=\"middle\">iteration</text>"
    svg += "<text class=\"label\" transform=\"translate(16 \(c(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">cost</text>"
    // The series: lines first, then the marks on top, the published rings last.
    let ordered = curve.series.sorted { Self.drawOrder($0.role) < Self.drawOrder($1.role) }
    for series in ordered {
      let finite = series.points.filter(\.cost.isFinite)
      if series.role != .published, finite.count > 1 {
        let path = finite.map { "\(c(x(Double($0.iteration)))),\(c(y($0.cost)))" }.joined(separator: " ")
        svg += "<polyline class=\"line \(series.role.rawValue)\" points=\"\(path)\"/>"
      }
      for point in finite {
        let (px, py) = (x(Double(point.iteration)), y(point.cost))
        switch series.role {
        case .published: svg += "<circle class=\"mark published\" cx=\"\(c(px))\" cy=\"\(c(py))\" r=\"4.5\"/>"
        case .reproduced: svg += "<circle class=\"mark reproduced\" cx=\"\(c(px))\" cy=\"\(c(py))\" r=\"2\"/>"
        case .learner: svg += "<rect class=\"mark learner\" x=\"\(c(px - 3.5))\" y=\"\(c(py - 3.5))\" width=\"7\" height=\"7\"/>"
        }
      }
    }
    // The legend, above the plot.
    var lx = left
    for series in curve.series {
      let midY = 16.0
      switch series.role {
      case .published: svg += "<circle class=\"mark published\" cx=\"\(c(lx + 10))\" cy=\"\(c(midY))\" r=\"4.5\"/>"
      case .reproduced:
        svg += "<line class=\"line reproduced\" x1=\"\(c(lx))\" x2=\"\(c(lx + 20))\" y1=\"\(c(midY))\" y2=\"\(c(midY))\"/>"
      case .learner:
        svg += "<line class=\"line learner\" x1=\"\(c(lx))\" x2=\"\(c(lx + 20))\" y1=\"\(c(midY))\" y2=\"\(c(midY))\"/>"
        svg += "<rect class=\"mark learner\" x=\"\(c(lx + 6.5))\" y=\"\(c(midY - 3.5))\" width=\"7\" height=\"7\"/>"
      }
      let text = Self.label(series.role)
      svg += "<text class=\"legend\" x=\"\(c(lx + 26))\" y=\"\(c(midY + 4))\">\(HTMLText.escape(text))</text>"
      lx += 36 + Double(text.count) * 6.6
    }
    return svg + "</svg>"
  }

  /// Published rings drawn last so that they stay visible over the lines.
  private static func drawOrder(_ role: CostCurve.Role) -> Int {
    switch role {
    case .learner: 0
    case .reproduced: 1
    case .published: 2
    }
  }

  /// About five round tick values (steps of 1, 2 or 5 times a power of ten) covering low…high.
  static func ticks(_ low: Double, _ high: Double) -> [Double] {
    guard high > low, low.isFinite, high.isFinite else { return [low] }
    let raw = (high - low) / 5
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? power * 10
    let first = (low / step).rounded(.down)
    let last = (high / step).rounded(.up)
    guard last - first <= 50 else { return [low, high] }
    return stride(from: first, through: last, by: 1).map { $0 * step }
  }

  /// A tick value with as many decimals as the step needs.
  static func tickLabel(_ value: Double, ticks: [Double]) -> String {
    let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
    var decimals = 0
    var scaled = step
    while decimals < 10 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
      scaled *= 10
      decimals += 1
    }
    let text = NumPyPrint.cFormat("%.\(decimals)f", value)
    return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
  }
}
