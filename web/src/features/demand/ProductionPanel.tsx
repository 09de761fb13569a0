import { List, Stack, Text } from '@mantine/core'
import { useSession } from '../../api/queries'
import type { DemandDetail, Meta } from '../../api/types'
import { formatDateTime, labelOf } from '../../components/format'
import { ToneBadge } from '../../components/StateBadge'
import { findingAnchor } from '../assessment/labels'
import { Section } from './Section'
import { useStaffNamer } from './staffNames'

/**
 * What may be disclosed, and who said so. Any production needs two people: one prepares its scope
 * (the data categories), a different one approves it. Shown once a production is prepared, or
 * when one could be.
 */
export function ProductionPanel({ demand, meta }: { demand: DemandDetail; meta: Meta | undefined }) {
  const namer = useStaffNamer()
  const session = useSession()
  const p = demand.production
  const canPrepare = demand.allowed_events.includes('production_prepared')
  if (!p && !canPrepare) return null
  const me = session.data?.user.id
  const awaiting = p && !p.approved_by

  return (
    <Section id="production-heading" title="Production">
      {!p ? (
        <Text size="sm" c="dimmed">
          Nothing is prepared for production. To disclose anything, one person records “Production prepared
          for approval” with the data categories, and a different person approves it: the two-person rule.
        </Text>
      ) : (
        <Stack gap="sm" data-testid="production">
          <div>
            <Text size="sm" fw={600}>
              Data categories
            </Text>
            <List size="sm" spacing={2}>
              {p.categories.map((c) => (
                <List.Item key={c}>{labelOf(meta?.data_categories, c)}</List.Item>
              ))}
            </List>
          </div>
          {p.finding_ids.length > 0 && (
            <Text size="sm" component="div">
              <Text span size="sm" c="dimmed">
                Scope rests on:{' '}
              </Text>
              <ul className="rule-id-list">
                {p.finding_ids.map((id) => (
                  <li key={id}>
                    <a href={`#${findingAnchor(id)}`} className="rule-id-link">
                      {id}
                    </a>
                  </li>
                ))}
              </ul>
            </Text>
          )}
          <Text size="sm" data-testid="production-prepared">
            Prepared by <strong>{namer(p.prepared_by)}</strong>, {formatDateTime(p.prepared_at)}
          </Text>
          {p.approved_by ? (
            <Text size="sm" data-testid="production-approved">
              <ToneBadge tone="green" size="sm">
                Approved
              </ToneBadge>{' '}
              by <strong>{namer(p.approved_by)}</strong>, {formatDateTime(p.approved_at)}
            </Text>
          ) : (
            <Text size="sm" data-testid="production-approved">
              <ToneBadge tone="amber" size="sm">
                Awaiting approval
              </ToneBadge>{' '}
              by a second person.
            </Text>
          )}
          {awaiting && (
            <Text size="sm" c={me === p.prepared_by ? '#7f3505' : 'dimmed'}>
              {me === p.prepared_by
                ? 'You prepared this production, so you cannot approve it: ask a colleague to review the scope and approve it.'
                : `Two-person rule: ${namer(p.prepared_by, { you: false })} prepared it; anyone else with legal rights may approve it under Actions.`}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  )
}
