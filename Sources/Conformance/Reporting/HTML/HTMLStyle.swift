/// The page's stylesheet, inline: system fonts only (nothing is fetched), status shown by symbol
/// and word as well as colour, and a print layout (`@media print`) that keeps colours, drops the
/// fold markers and keeps each chart on one page.
enum HTMLStyle {
  static let css = """
    :root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --pass: #17663a; --pass-bg: #e6f4ea;
      --fail: #a4161a; --fail-bg: #fdecea; --skip: #6b5900; --skip-bg: #fbf5dc; --accent: #1f5fbf;
      --learner: #c2410c; --mark: #ffe08a; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1180px; padding: 24px 28px 40px; color: var(--ink); background: #fff;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
    h1 { font-size: 1.6rem; margin: 0 0 12px; }
    h2 { font-size: 1.25rem; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
    code, pre { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 12px; }
    dl.facts dt { color: var(--muted); font-weight: 600; }
    dl.facts dd { margin: 0; }
    .verdict { font-size: 1.15rem; padding: 10px 14px; border-radius: 6px; border-left: 6px solid; margin: 12px 0; }
    .verdict.failed { background: var(--fail-bg); border-color: var(--fail); }
    .verdict.failed strong { color: var(--fail); }
    .verdict.passed { background: var(--pass-bg); border-color: var(--pass); }
    .verdict.passed strong { color: var(--pass); }
    .verdict .counts { color: var(--muted); font-size: 0.95rem; margin-left: 10px; }
    ul.notes { color: var(--muted); margin: 6px 0 10px; padding-left: 20px; }
    .status { font-weight: 700; white-space: nowrap; }
    .status.passed { color: var(--pass); }
    .status.failed { color: var(--fail); }
    .status.skipped { color: var(--skip); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 6px 10px; }
    caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
    table.functions > thead th { border-bottom: 2px solid var(--ink); }
    table.functions > tbody > tr.row { border-top: 1px solid var(--line); }
    table.functions > tbody.failed > tr.row { background: var(--fail-bg); }
    table.functions > tbody.skipped > tr.row { background: var(--skip-bg); }
    table.functions > tbody > tr.row > th { font-weight: 600; }
    tr.more > td { padding: 0 10px 8px 10px; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    details > summary { cursor: pointer; color: var(--accent); padding: 2px 0; }
    table.checks { margin: 6px 0 10px; font-size: 0.9rem; }
    table.checks th, table.checks td { border-bottom: 1px solid var(--line); padding: 4px 8px; }
    table.checks thead th { color: var(--muted); white-space: nowrap; }
    table.checks th[scope=row] { font-weight: 500; }
    table.checks tr.failed td.message { color: var(--fail); }
    td.message { word-break: break-word; }
    .mistake { border: 1px solid var(--fail); border-left: 6px solid var(--fail); border-radius: 6px;
      padding: 8px 14px; margin: 8px 0; background: #fff; }
    .mistake p { margin: 4px 0; }
    .mistake dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 6px 0; }
    .mistake dt { color: var(--muted); }
    .mistake dd { margin: 0; }
    .mistake .id { color: var(--muted); font-size: 0.85em; }
    figure { margin: 10px 0; }
    figure.values { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
    figure.values figcaption { margin-bottom: 6px; }
    .pair { display: flex; flex-wrap: wrap; gap: 12px; }
    .pair > div { flex: 1 1 auto; min-width: 0; max-width: 100%; }
    .pair .which { margin: 0 0 2px; color: var(--muted); font-size: 0.85rem; }
    pre { margin: 0; padding: 8px 10px; background: #f6f8fa; border-radius: 4px; overflow-x: auto; white-space: pre; }
    mark.diff { background: var(--mark); color: #000; font-weight: 700; text-decoration: underline 2px;
      outline: 1px solid #b58900; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(430px, 1fr)); gap: 18px; }
    .chart-figure { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
    .chart-figure.failed { border-color: var(--fail); }
    .chart-figure figcaption { font-size: 0.9rem; margin-top: 4px; }
    svg.chart { width: 100%; height: auto; display: block; }
    svg.chart .grid { stroke: #e6e9ee; stroke-width: 1; }
    svg.chart .axis { stroke: var(--ink); stroke-width: 1.2; }
    svg.chart text { font-family: system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
    svg.chart .tick { font-size: 11px; fill: var(--muted); }
    svg.chart .label { font-size: 12px; font-weight: 600; }
    svg.chart .legend { font-size: 12px; }
    svg.chart .line { fill: none; stroke-width: 2; }
    svg.chart .line.reproduced { stroke: var(--accent); }
    svg.chart .line.learner { stroke: var(--learner); stroke-width: 5; stroke-dasharray: 8 5; stroke-opacity: 0.85; }
    svg.chart .mark.reproduced { fill: var(--accent); }
    svg.chart .mark.learner { fill: var(--learner); stroke: #fff; stroke-width: 0.8; }
    svg.chart .mark.published { fill: #fff; fill-opacity: 0.6; stroke: var(--ink); stroke-width: 1.6; }
    details.numbers table { width: auto; font-size: 0.85rem; }
    details.numbers th, details.numbers td { padding: 2px 10px; border-bottom: 1px solid var(--line); }
    .verdict-badge { font-size: 0.8rem; font-weight: 600; border: 1px solid; border-radius: 10px; padding: 0 6px; margin-left: 6px; }
    .verdict-badge.reproducible { color: var(--pass); }
    .verdict-badge.fragile { color: var(--skip); }
    .verdict-badge.mismatch { color: var(--fail); }
    .lede { color: var(--muted); }
    footer { margin-top: 32px; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      details > summary { list-style: none; color: var(--ink); }
      details > summary::-webkit-details-marker { display: none; }
      tbody.function, figure, .mistake { break-inside: avoid; }
      .charts { grid-template-columns: 1fr 1fr; }
      pre { white-space: pre-wrap; }
    }
    @page { margin: 14mm; }

    """
}
