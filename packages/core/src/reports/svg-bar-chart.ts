/** Text made safe inside HTML and SVG elements and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

export interface BarChartInput {
  title: string
  bars: readonly { label: string; value: number }[]
  /** How a value is written above its bar and in its tooltip. */
  format?: (value: number) => string
  width?: number
  height?: number
}

/**
 * A self-contained inline SVG bar chart (no script, no external assets): one bar per entry,
 * scaled to the largest value, each labelled below and valued above, with a `<title>` for
 * screen readers and tooltips. Every text is escaped.
 * @example barChart({ title: 'Messages per day', bars: [{ label: '11-20', value: 4 }] })
 */
export function barChart(input: BarChartInput): string {
  const { title, bars, width = 640, height = 220 } = input
  const format = input.format ?? ((value: number) => String(value))
  const top = 28
  const bottom = 36
  const plot = height - top - bottom
  const max = Math.max(0, ...bars.map((bar) => bar.value))
  const slot = bars.length > 0 ? width / bars.length : width
  const barWidth = Math.max(2, Math.min(48, slot * 0.7))
  const showLabels = slot >= 28
  const parts = bars.map((bar, index) => {
    const h = max > 0 ? Math.round((bar.value / max) * plot) : 0
    const x = index * slot + (slot - barWidth) / 2
    const y = top + plot - h
    const label = escapeHtml(bar.label)
    const value = escapeHtml(format(bar.value))
    const center = (x + barWidth / 2).toFixed(1)
    return [
      `<g><title>${label}: ${value}</title>`,
      `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${h}" fill="#4f6bed" rx="2"/>`,
      showLabels
        ? `<text x="${center}" y="${y - 4}" text-anchor="middle" font-size="10" fill="#333">${value}</text>` +
          `<text x="${center}" y="${height - bottom + 14}" text-anchor="middle" font-size="10" fill="#555">${label}</text>`
        : '',
      '</g>',
    ].join('')
  })
  const empty =
    bars.length === 0 || max === 0
      ? `<text x="${width / 2}" y="${top + plot / 2}" text-anchor="middle" font-size="12" fill="#888">No activity</text>`
      : ''
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<text x="0" y="16" font-size="13" font-weight="600" fill="#222">${escapeHtml(title)}</text>`,
    `<line x1="0" y1="${top + plot}" x2="${width}" y2="${top + plot}" stroke="#ccc"/>`,
    ...parts,
    empty,
    '</svg>',
  ].join('')
}
