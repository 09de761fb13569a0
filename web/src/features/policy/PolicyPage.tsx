import { DataList, Paper, Stack, Text, Title } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { usePolicy, usePolicyHistory, useRules, useSession } from '../../api/queries'
import type { PolicyVersion, RuleSummary, User } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { PageLoader } from '../../components/PageState'
import { PolicyForm } from './PolicyForm'
import { PolicyHistory } from './PolicyHistory'
import { changedByName, effectiveRules, formatSetting, SETTING_LABELS, type Settings } from './policyModel'
import { RuleSettings } from './RuleSettings'

/**
 * /settings/policy: the operator policy in force and its history. Everyone on staff reads it;
 * administrators change it, with a note.
 */
export function PolicyPage() {
  useDocumentTitle('Policy · Custodian')
  const session = useSession()
  const policy = usePolicy()
  const history = usePolicyHistory()
  const rules = useRules()
  const me = session.data?.user
  const canEdit = me?.role === 'admin'

  if (policy.isPending || rules.isPending) return <PageLoader label="Loading the policy…" />
  if (policy.isError) return <ErrorAlert error={policy.error} title="The policy could not be loaded" />
  if (rules.isError) return <ErrorAlert error={rules.error} title="The rules could not be loaded" />

  const inForce = policy.data
  const catalogue = rules.data.rules

  return (
    <Stack gap="lg" maw={1040}>
      <div>
        <Title order={1}>Policy</Title>
        <Text c="dimmed" size="sm" mt={4} maw={760}>
          How this desk answers demands beyond what the law requires: which protective rules run, when users
          are told, and when a gag is challenged. Law rules always apply.{' '}
          {canEdit
            ? 'As an administrator you can change it; each change is kept with its note.'
            : 'Only an administrator can change it.'}
        </Text>
      </div>

      <Paper component="section" aria-labelledby="policy-in-force">
        <Title order={2} id="policy-in-force">
          In force
        </Title>
        <InForceSummary inForce={inForce} me={me} />
        <div style={{ marginTop: 16 }}>
          {canEdit ? (
            <PolicyForm inForce={inForce} catalogue={catalogue} />
          ) : (
            <ReadOnlyPolicy inForce={inForce} catalogue={catalogue} />
          )}
        </div>
      </Paper>

      <Paper component="section" aria-labelledby="policy-history-heading">
        <Title order={2} id="policy-history-heading" mb="sm">
          History
        </Title>
        {history.isPending && <PageLoader label="Loading the history…" />}
        {history.isError && <ErrorAlert error={history.error} title="The history could not be loaded" />}
        {history.data && <PolicyHistory items={history.data.items} catalogue={catalogue} me={me} />}
      </Paper>
    </Stack>
  )
}

function InForceSummary({ inForce, me }: { inForce: PolicyVersion; me: User | undefined }) {
  if (inForce.version === 0) {
    return (
      <Text size="sm" mt={4} data-testid="policy-version">
        The defaults (never changed).
      </Text>
    )
  }
  return (
    <Text size="sm" mt={4} data-testid="policy-version">
      Version {inForce.version}, changed {formatDateTime(inForce.changed_at)} by {changedByName(inForce, me)}
      {inForce.note ? `: “${inForce.note}”` : '.'}
    </Text>
  )
}

function ReadOnlyPolicy({ inForce, catalogue }: { inForce: PolicyVersion; catalogue: RuleSummary[] }) {
  const keys = Object.keys(SETTING_LABELS) as (keyof Settings)[]
  return (
    <Stack gap="md">
      <DataList size="sm" labelWidth={320} gap="sm">
        {keys.map((k) => (
          <DataList.Item key={k}>
            <DataList.ItemLabel className="field-label">{SETTING_LABELS[k]}</DataList.ItemLabel>
            <DataList.ItemValue>{formatSetting(k, inForce.policy[k])}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      <RuleSettings catalogue={catalogue} enabled={effectiveRules(inForce.policy, catalogue)} />
    </Stack>
  )
}
