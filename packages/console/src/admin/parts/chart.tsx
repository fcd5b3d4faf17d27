// Chart.js 4 behind a small Preact component: colours from the CSS variables (so dark mode
// follows), a summary for screen readers on the canvas, and the same figures as a table.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import { useEffect, useRef, useState } from 'preact/hooks'

Chart.register(
  LineController,
  BarController,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  PointElement,
  LineElement,
  BarElement,
  Tooltip,
  Legend,
  Filler,
)

export interface Series {
  label: string
  /** `null`: no figure for that label (a gap in a line, "–" in the table). */
  data: (number | null)[]
  /** A CSS variable holding the colour, e.g. `--chart-1`. */
  color: string
  /** Lines only: shade the area under the line. */
  fill?: boolean
  /** Lines only: a dashed line (e.g. p95 beside p50). */
  dashed?: boolean
}

export interface ChartProps {
  type: 'line' | 'bar' | 'doughnut'
  labels: string[]
  series: Series[]
  /** What the chart shows, read out instead of the canvas. */
  summary: string
  /** Bars only: stack the series on one another. */
  stacked?: boolean
  /** Bars only: horizontal bars (long category names, e.g. models). */
  horizontal?: boolean
  /** How a value reads in tooltips, axes and the table. */
  format?: (value: number) => string
  /** The table's first column heading. */
  labelHeading?: string
  height?: number
}

const cssVar = (element: Element, name: string) =>
  getComputedStyle(element).getPropertyValue(name).trim() || '#888'

/** `#rrggbb` made translucent for fills (canvas colours are parsed without color-mix). */
function translucent(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1]
  if (!hex) return color
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

/** A figure with no figure (or a zero) on either side: a line alone would not show it. */
function isolated(data: (number | null)[], index: number): boolean {
  const empty = (v: number | null | undefined) => v == null || v === 0
  return !empty(data[index]) && empty(data[index - 1]) && empty(data[index + 1])
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches

function configure(canvas: HTMLCanvasElement, props: ChartProps): ChartConfiguration {
  const text = cssVar(canvas, '--muted')
  const grid = cssVar(canvas, '--border')
  const surface = cssVar(canvas, '--surface')
  const format = props.format ?? ((v: number) => String(v))
  const colors = props.series.map((s) => cssVar(canvas, s.color))
  const font = { family: getComputedStyle(canvas).fontFamily, size: 12 }

  if (props.type === 'doughnut') {
    const [only] = props.series
    const palette = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6']
    const doughnut: ChartConfiguration<'doughnut'> = {
      type: 'doughnut',
      data: {
        labels: props.labels,
        datasets: [
          {
            label: only?.label ?? '',
            data: (only?.data ?? []).map((v) => v ?? 0),
            backgroundColor: props.labels.map((_, i) =>
              cssVar(canvas, palette[i % palette.length] as string),
            ),
            borderColor: surface,
            borderWidth: 2,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion() ? false : { duration: 500 },
        cutout: '62%',
        plugins: {
          legend: { position: 'right', labels: { color: text, font, boxWidth: 12 } },
          tooltip: {
            callbacks: { label: (item) => ` ${item.label}: ${format(Number(item.raw))}` },
          },
        },
      },
    }
    return doughnut as ChartConfiguration
  }

  const horizontal = props.type === 'bar' && props.horizontal
  const valueAxis = {
    stacked: props.stacked,
    beginAtZero: true,
    grid: { color: grid },
    border: { display: false },
    ticks: {
      color: text,
      font,
      callback: (v: string | number) => format(Number(v)),
      maxTicksLimit: 6,
    },
  }
  const categoryAxis = {
    stacked: props.stacked,
    grid: { display: false },
    border: { color: grid },
    ticks: { color: text, font, maxRotation: 0, autoSkipPadding: 12 },
  }
  return {
    type: props.type,
    data: {
      labels: props.labels,
      datasets: props.series.map((s, i) => {
        const color = colors[i] as string
        return props.type === 'line'
          ? {
              label: s.label,
              data: s.data,
              borderColor: color,
              backgroundColor: s.fill ? translucent(color, 0.14) : color,
              fill: s.fill ? 'origin' : false,
              borderDash: s.dashed ? [6, 4] : [],
              borderWidth: 2,
              tension: 0.3,
              pointBackgroundColor: color,
              // Dense ranges draw lines only, but a lone figure between gaps keeps its dot.
              pointRadius: (context: { dataIndex: number }) =>
                props.labels.length <= 14 || isolated(s.data, context.dataIndex) ? 3 : 0,
              spanGaps: true,
              pointHoverRadius: 5,
            }
          : {
              label: s.label,
              data: s.data,
              backgroundColor: color,
              borderRadius: 4,
              maxBarThickness: 36,
            }
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 500 },
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: props.series.length > 1,
          align: 'end',
          labels: { color: text, font, boxWidth: 12, boxHeight: 12, usePointStyle: true },
        },
        tooltip: {
          callbacks: {
            label: (item) => ` ${item.dataset.label}: ${format(Number(item.raw))}`,
          },
        },
      },
    },
  } as ChartConfiguration
}

/**
 * A chart, its summary read out as the canvas's label, with its figures as a table behind
 * "Show as table".
 */
export function ChartView(props: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const latest = useRef(props)
  latest.current = props
  // Rebuild the chart only when what it shows changes, not on every render of the page.
  const signature = JSON.stringify([
    props.type,
    props.labels,
    props.series,
    props.stacked,
    props.horizontal,
  ])
  const [asTable, setAsTable] = useState(false)
  // Re-read the colours when the system switches between light and dark.
  const [scheme, setScheme] = useState(0)
  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)')
    const changed = () => setScheme((n) => n + 1)
    media.addEventListener('change', changed)
    return () => media.removeEventListener('change', changed)
  }, [])
  useEffect(() => {
    if (!canvas.current || asTable) return
    const chart = new Chart(canvas.current, configure(canvas.current, latest.current))
    return () => chart.destroy()
  }, [signature, asTable, scheme])

  const format = props.format ?? ((v: number) => String(v))
  const table = (
    <div class="table-wrap admin-chart-table">
      <table>
        <caption class="visually-hidden">{props.summary}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeading ?? 'Label'}</th>
            {props.series.map((s) => (
              <th scope="col" class="num" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.labels.map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {props.series.map((s) => (
                <td class="num" key={s.label}>
                  {s.data[row] == null ? '–' : format(s.data[row] as number)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
  return (
    <div class="admin-chart">
      {asTable ? (
        table
      ) : (
        <div class="admin-chart-canvas" style={{ height: `${props.height ?? 240}px` }}>
          <canvas ref={canvas} role="img" aria-label={props.summary} />
        </div>
      )}
      <button
        type="button"
        class="link-button small admin-chart-toggle"
        aria-pressed={asTable}
        onClick={() => setAsTable(!asTable)}
      >
        {asTable ? 'Show as chart' : 'Show as table'}
      </button>
    </div>
  )
}
