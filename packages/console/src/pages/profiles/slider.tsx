import { useRef } from 'preact/hooks'

/** A 0-1 setting as a slider, its value shown beside its label (and announced as it moves). */
export function Slider(props: {
  label: string
  hint: string
  value: string
  onValue: (value: string) => void
}) {
  const id = useRef(`slider-${Math.random().toString(36).slice(2, 9)}`).current
  return (
    <div class="field profiles-slider">
      <div class="row between">
        <label for={id}>{props.label}</label>
        <output for={id} class="profiles-slider-value mono">
          {Number(props.value).toFixed(2)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={props.value}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
      <p class="hint">{props.hint}</p>
    </div>
  )
}
