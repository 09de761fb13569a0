import { Group, List, SimpleGrid, Text, Title } from '@mantine/core'
import type { Assessment, Meta } from '../../api/types'
import { formatDate, labelOf } from '../../components/format'
import { ToneBadge } from '../../components/StateBadge'
import { TONES } from '../../components/tones'
import { ACTIONS, findingAnchor, NOTICE_TONES, noticeHeadline, noticeReason } from './labels'

/** The answer the rules point to and whether to tell the user: what counsel reads first. */
export function RecommendationSummary({
  assessment,
  meta,
}: {
  assessment: Assessment
  meta: Meta | undefined
}) {
  const { recommendation: r, notice } = assessment
  const action = ACTIONS[r.action] ?? { label: r.action, description: '', tone: 'gray' as const }
  const provisional = r.pending.length > 0
  const noticeTone = TONES[NOTICE_TONES[notice.decision] ?? 'gray']
  const reason = noticeReason(notice)

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <div
        className="verdict"
        style={{ borderColor: TONES[action.tone].border }}
        data-testid="recommendation"
      >
        <Title order={3} fz="xs" tt="uppercase" c="dark.5" style={{ letterSpacing: '0.05em' }}>
          Recommended answer
        </Title>
        <Group gap={8} mt={6} wrap="wrap">
          <Text fw={700} size="lg" c={TONES[action.tone].fg} data-testid="recommendation-action">
            {action.label}
          </Text>
          {provisional && (
            <ToneBadge tone="amber" data-testid="recommendation-provisional">
              Provisional
            </ToneBadge>
          )}
        </Group>
        {action.description && (
          <Text size="sm" mt={4}>
            {action.description}
          </Text>
        )}
        {r.action === 'comply_narrowed' && (
          <div>
            <Text size="sm" fw={600} mt="xs">
              May be produced
            </Text>
            {r.categories && r.categories.length > 0 ? (
              <List size="sm" spacing={2}>
                {r.categories.map((c) => (
                  <List.Item key={c}>{labelOf(meta?.data_categories, c)}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                No category named in the demand.
              </Text>
            )}
          </div>
        )}
        {r.reasons.length > 0 && <RuleLinks label="Rests on" ids={r.reasons} />}
        {provisional && (
          <details className="disclosure" style={{ marginTop: 8 }}>
            <summary>
              <Text span size="sm">
                Provisional until {r.pending.length === 1 ? 'one check is' : `${r.pending.length} checks are`}{' '}
                reviewed
              </Text>
            </summary>
            <RuleLinks label="Awaiting review" ids={r.pending} />
          </details>
        )}
      </div>

      <div className="verdict" style={{ borderColor: noticeTone.border }} data-testid="notice">
        <Title order={3} fz="xs" tt="uppercase" c="dark.5" style={{ letterSpacing: '0.05em' }}>
          User notice
        </Title>
        <Text fw={700} size="lg" mt={6} c={noticeTone.fg} data-testid="notice-decision">
          {noticeHeadline(notice, formatDate)}
        </Text>
        {reason && (
          <Text size="sm" mt={4} fw={500}>
            {reason}
          </Text>
        )}
        <Text size="sm" mt={4}>
          {notice.explanation}
        </Text>
      </div>
    </SimpleGrid>
  )
}

/** Rule ids as links to their findings further down the page. */
function RuleLinks({ label, ids }: { label: string; ids: string[] }) {
  return (
    <Text size="sm" mt="xs" component="div">
      <Text span size="sm" c="dimmed">
        {label}:{' '}
      </Text>
      <ul className="rule-id-list">
        {ids.map((id) => (
          <li key={id}>
            <a href={`#${findingAnchor(id)}`} className="rule-id-link">
              {id}
            </a>
          </li>
        ))}
      </ul>
    </Text>
  )
}
