// One figure of a dashboard: a label, the number, and a line of context under it.
import type { ComponentChildren } from 'preact'

export function Stat(props: { label: string; value: string; detail?: ComponentChildren }) {
  return (
    <div class="card admin-stat">
      <p class="admin-stat-label">{props.label}</p>
      <p class="admin-stat-value">{props.value}</p>
      {props.detail && <p class="admin-stat-detail">{props.detail}</p>}
    </div>
  )
}
