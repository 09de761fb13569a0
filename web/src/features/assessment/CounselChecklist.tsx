import { Checkbox, Group, Stack, Text, Title } from '@mantine/core'
import type { Checklist } from '../../api/types'
import { ToneBadge } from '../../components/StateBadge'

export type Ticks = Record<string, boolean>

/**
 * The anonymous-speech test(s) a court may apply, best fit first, with their elements as boxes
 * counsel can tick while reading the demand. Ticks stay on this screen; they are not recorded.
 */
export function CounselChecklist({
  checklist,
  ticks,
  onTick,
}: {
  checklist: Checklist
  ticks: Ticks
  onTick: (key: string, checked: boolean) => void
}) {
  return (
    <Stack gap="lg" data-testid="counsel-checklist">
      <div>
        <Text size="sm">{checklist.reason}</Text>
        <Text size="sm" mt={4}>
          <Text span c="dimmed" size="sm">
            {checklist.speakers.length === 1
              ? 'Speaker who would be unmasked: '
              : 'Speakers who would be unmasked: '}
          </Text>
          <Text span ff="monospace" size="sm" fw={600}>
            {checklist.speakers.join(', ')}
          </Text>
        </Text>
        <Text size="xs" c="dimmed" mt={6}>
          Ticks are kept on this screen only, to help you read; they are not saved. Record your conclusion
          with “Record facts for review” or a note.
        </Text>
      </div>
      {checklist.tests.map((t, index) => {
        const id = `checklist-${t.test}`
        const done = t.items.filter((_, i) => ticks[`${t.test}:${i}`]).length
        return (
          <section key={t.test} aria-labelledby={id} className="checklist-test">
            <Group gap={8} wrap="wrap" align="center">
              <Title order={4} id={id} fz="md">
                {t.name}
              </Title>
              {index === 0 && <ToneBadge tone="blue">Fits best</ToneBadge>}
              <ToneBadge tone={t.status === 'decided' ? 'green' : 'amber'}>
                {t.status === 'decided' ? 'Decided by a court' : 'Argued, never decided'}
              </ToneBadge>
            </Group>
            <Text size="sm" mt={4} fs="italic" data-testid="checklist-citation">
              {t.citation}
            </Text>
            <Text size="sm" c="dimmed" mt={2}>
              For: {t.context}
            </Text>
            <Stack gap={8} mt="sm" role="group" aria-label={`${t.name}: elements`}>
              {t.items.map((item, i) => {
                const key = `${t.test}:${i}`
                return (
                  <Checkbox
                    key={key}
                    label={item}
                    checked={ticks[key] === true}
                    onChange={(e) => onTick(key, e.currentTarget.checked)}
                  />
                )
              })}
            </Stack>
            <Text size="xs" c="dimmed" mt={8} aria-live="polite">
              {done} of {t.items.length} elements ticked
            </Text>
          </section>
        )
      })}
    </Stack>
  )
}
