import { Loader, Group, Stack, Tabs, Text } from '@mantine/core'
import { useState } from 'react'
import type { Assessment, Meta } from '../../api/types'
import { formatDateTime } from '../../components/format'
import { Section } from '../demand/Section'
import { CounselChecklist, type Ticks } from './CounselChecklist'
import { FindingsList } from './FindingsList'
import { RecommendationSummary } from './RecommendationSummary'

/**
 * The demand judged against the rules: the recommended answer and the notice decision, then the
 * findings (problems first) and, when someone would be unmasked, the counsel checklist.
 */
export function AssessmentPanel({
  assessment,
  updating,
  meta,
}: {
  assessment: Assessment | undefined
  updating: boolean
  meta: Meta | undefined
}) {
  const [tab, setTab] = useState<string | null>('findings')
  const [ticks, setTicks] = useState<Ticks>({})

  if (!assessment) {
    return (
      <Section id="assessment-heading" title="Assessment">
        {updating ? (
          <Group gap="sm" role="status" aria-live="polite">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              Updating the assessment…
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            The server sent no assessment for this demand.
          </Text>
        )}
      </Section>
    )
  }

  const checklist = assessment.checklist
  const active = checklist ? tab : 'findings'
  const policyLabel =
    assessment.policy_version > 0 ? `policy version ${assessment.policy_version}` : 'the default policy'

  return (
    <Section
      id="assessment-heading"
      title="Assessment"
      actions={
        <Text size="xs" c="dimmed" ta="right">
          Against the law and {policyLabel}, {formatDateTime(assessment.assessed_at)}
          {updating ? ' · updating…' : ''}
        </Text>
      }
    >
      <Stack gap="lg">
        <RecommendationSummary assessment={assessment} meta={meta} />
        <Tabs value={active} onChange={setTab} keepMounted={false}>
          <Tabs.List aria-label="Assessment views">
            <Tabs.Tab value="findings">Findings ({assessment.findings.length})</Tabs.Tab>
            {checklist && <Tabs.Tab value="checklist">Counsel checklist</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="findings" pt="md">
            <FindingsList findings={assessment.findings} meta={meta} />
          </Tabs.Panel>
          {checklist && (
            <Tabs.Panel value="checklist" pt="md">
              <CounselChecklist
                checklist={checklist}
                ticks={ticks}
                onTick={(key, checked) => setTicks((t) => ({ ...t, [key]: checked }))}
              />
            </Tabs.Panel>
          )}
        </Tabs>
        <Text size="xs" c="dimmed">
          A finding that needs review changes once the fact it asks for is recorded: use “Record facts for
          review” or “Correct fields” under Actions. The assessment is advice for counsel, not a decision.
        </Text>
      </Stack>
    </Section>
  )
}
