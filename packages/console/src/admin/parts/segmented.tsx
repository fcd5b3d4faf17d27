// A small set of mutually exclusive choices shown as joined buttons (a range, a grouping).

export interface Choice<T extends string> {
  value: T
  label: string
}

export function Segmented<T extends string>(props: {
  label: string
  value: T
  choices: Choice<T>[]
  onChange: (value: T) => void
}) {
  return (
    <fieldset class="admin-segmented">
      <legend class="visually-hidden">{props.label}</legend>
      {props.choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          aria-pressed={choice.value === props.value}
          onClick={() => props.onChange(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </fieldset>
  )
}
