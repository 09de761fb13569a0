import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
} from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useChangePolicy } from '../../api/queries'
import type { PolicyVersion, RuleSummary } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { describeChanges, effectiveRules, SETTING_LABELS, toPolicy, type Settings } from './policyModel'
import { RuleSettings } from './RuleSettings'

/** Administrators change the policy here; every change needs a note and starts a new version. */
export function PolicyForm({ inForce, catalogue }: { inForce: PolicyVersion; catalogue: RuleSummary[] }) {
  const change = useChangePolicy()
  const initialSettings: Settings = {
    notice_by_default: inForce.policy.notice_by_default,
    gag_challenge_threshold_days: inForce.policy.gag_challenge_threshold_days,
    gag_challenge_max_accounts: inForce.policy.gag_challenge_max_accounts,
    warrant_for_content: inForce.policy.warrant_for_content,
  }
  const [settings, setSettings] = useState<Settings>(initialSettings)
  const [enabled, setEnabled] = useState(() => effectiveRules(inForce.policy, catalogue))
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<{ note?: string; nothing?: string }>({})
  const [saved, setSaved] = useState<number | null>(null)

  const draft = toPolicy(settings, enabled, catalogue)
  const changes = describeChanges(inForce.policy, draft, catalogue)
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => {
    setErrors({})
    setSaved(null)
    setSettings((s) => ({ ...s, [k]: v }))
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: typeof errors = {}
    if (!note.trim()) found.note = 'Say why the policy changes: the note is kept in the history'
    if (changes.length === 0) found.nothing = 'Nothing has changed yet.'
    setErrors(found)
    if (Object.keys(found).length > 0) return
    change.mutate(
      { policy: draft, note: note.trim() },
      {
        onSuccess: (next) => {
          setNote('')
          setSaved(next.version)
        },
      },
    )
  }

  const discard = () => {
    setSettings(initialSettings)
    setEnabled(effectiveRules(inForce.policy, catalogue))
    setErrors({})
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Change the policy">
      <Stack gap="md">
        <Fieldset legend="User notice and gags">
          <Stack gap="md">
            <Switch
              label={SETTING_LABELS.notice_by_default}
              description="Tell users about a demand before any disclosure, unless the law or a recorded exception prevents it."
              checked={settings.notice_by_default}
              onChange={(e) => set('notice_by_default', e.currentTarget.checked)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput
                label={`${SETTING_LABELS.gag_challenge_threshold_days} (days)`}
                description="A binding gag longer than this, or without an end, goes to the challenge queue."
                min={1}
                max={3650}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                value={settings.gag_challenge_threshold_days}
                onChange={(v) => set('gag_challenge_threshold_days', typeof v === 'number' ? v : 1)}
              />
              <NumberInput
                label={`${SETTING_LABELS.gag_challenge_max_accounts} (accounts)`}
                description="A gag covering more accounts than this goes to the challenge queue."
                min={1}
                max={1_000_000}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                value={settings.gag_challenge_max_accounts}
                onChange={(v) => set('gag_challenge_max_accounts', typeof v === 'number' ? v : 1)}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Content">
          <Switch
            label={SETTING_LABELS.warrant_for_content}
            description="Even where a statute accepts less process for stored content."
            checked={settings.warrant_for_content}
            onChange={(e) => set('warrant_for_content', e.currentTarget.checked)}
          />
        </Fieldset>
        <RuleSettings
          catalogue={catalogue}
          enabled={enabled}
          onToggle={(id, on) => {
            setErrors({})
            setSaved(null)
            setEnabled((s) => ({ ...s, [id]: on }))
          }}
        />
        <Textarea
          label="Note"
          description="Why the policy changes, and on whose authority. Kept in the history."
          required
          autosize
          minRows={2}
          value={note}
          onChange={(e) => {
            setErrors({})
            setNote(e.currentTarget.value)
          }}
          error={errors.note}
        />
        <div aria-live="polite">
          {changes.length > 0 ? (
            <Text size="sm">
              <Text span fw={600} size="sm">
                Changes to save:{' '}
              </Text>
              {changes.join('; ')}.
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No change yet.
            </Text>
          )}
        </div>
        {errors.nothing && (
          <Text size="sm" c="red.9" role="alert">
            {errors.nothing}
          </Text>
        )}
        {change.error ? <ErrorAlert error={change.error} title="The policy was not changed" /> : null}
        <Text size="sm" c="#1b5e2e" fw={600} role="status">
          {saved !== null ? `Saved: policy version ${saved} is now in force.` : ''}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={discard} disabled={change.isPending || changes.length === 0}>
            Discard changes
          </Button>
          <Button type="submit" loading={change.isPending}>
            Save the policy
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
