import { Text } from '@mantine/core'
import type { DemandDocument, Meta, TimelineEvent } from '../../api/types'
import { formatDate, formatDateTime } from '../../components/format'
import { PayloadView } from './PayloadView'
import { Section } from './Section'
import { useStaffNamer } from './staffNames'

/** The demand's history, oldest first and newest last: each event is a fact with a date and an actor. */
export function TimelinePanel({
  events,
  meta,
  documents,
}: {
  events: TimelineEvent[]
  meta: Meta | undefined
  documents?: DemandDocument[]
}) {
  const ordered = [...events].sort((a, b) => a.seq - b.seq)
  const namer = useStaffNamer()
  const context = {
    ...(documents ? { documents } : {}),
    staffName: (id: string) => namer(id, { you: false }),
  }
  return (
    <Section id="timeline-heading" title="Timeline">
      {ordered.length === 0 ? (
        <Text size="sm" c="dimmed">
          No events yet.
        </Text>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {ordered.map((e, i) => (
            <li
              key={e.seq}
              className={i === ordered.length - 1 ? 'timeline-item timeline-item-last' : 'timeline-item'}
            >
              <span className="timeline-bullet" aria-hidden="true" />
              <Text fw={600} size="sm" className="timeline-label">
                {e.label}
              </Text>
              <Text size="xs" c="dimmed" mt={2}>
                <time dateTime={e.occurred_at} title={`Occurred ${formatDateTime(e.occurred_at)}`}>
                  {formatDate(e.occurred_at)}
                </time>
                {' · '}
                {actorName(e)}
                {recordedLater(e) && (
                  <span title={`Recorded ${formatDateTime(e.recorded_at)}`}>
                    {' '}
                    · recorded {formatDate(e.recorded_at)}
                  </span>
                )}
              </Text>
              <PayloadView type={e.type} payload={e.payload} meta={meta} context={context} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}

function actorName(e: TimelineEvent): string {
  if (e.actor_name) return e.actor_name
  if (e.actor === 'system') return 'Custodian'
  if (e.actor === 'demo') return 'Demo data'
  return e.actor
}

/** Historic facts recorded later (a 2017 withdrawal entered today) say when they were written down. */
function recordedLater(e: TimelineEvent): boolean {
  const occurred = Date.parse(e.occurred_at)
  const recorded = Date.parse(e.recorded_at)
  return Number.isFinite(occurred) && Number.isFinite(recorded) && recorded - occurred > 86_400_000
}
