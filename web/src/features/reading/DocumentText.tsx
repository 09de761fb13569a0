import { Fragment, useMemo } from 'react'
import { fieldLabel, runsOf, type MarkedPassage } from './readingModel'

/**
 * A document's text with the passages the fields were read from marked. The chosen field's
 * passages stand out; the others stay faintly marked so the clerk sees what was read at all.
 */
export function DocumentText({
  text,
  passages,
  active,
  label,
}: {
  text: string
  passages: MarkedPassage[]
  active: string | null
  label: string
}) {
  const runs = useMemo(() => runsOf(text, passages), [text, passages])
  return (
    <pre className="document-text" tabIndex={0} aria-label={label}>
      {runs.map((run) =>
        run.fields.length === 0 ? (
          <Fragment key={run.start}>{run.text}</Fragment>
        ) : (
          <mark
            key={run.start}
            className="passage"
            data-fields={run.fields.join(' ')}
            data-active={active !== null && run.fields.includes(active) ? 'true' : undefined}
            title={`Read as: ${run.fields.map(fieldLabel).join(', ')}`}
          >
            {run.text}
          </mark>
        ),
      )}
    </pre>
  )
}
