import { DataList, Divider, Group, List, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { DemandDetail, Meta } from '../../api/types'
import { channelOptions, formatDate, formatDateTime, humanize, labelOf } from '../../components/format'
import { ToneBadge } from '../../components/StateBadge'
import { Section } from './Section'

/** Every field of the demand in readable form, grouped the way counsel reads a demand. */
export function FieldsPanel({ demand, meta }: { demand: DemandDetail; meta: Meta | undefined }) {
  const f = demand.fields
  const a = f.issuing_authority
  return (
    <Section id="fields-heading" title="Details">
      <Stack gap="lg">
        <Group2 title="The instrument">
          <Item label="Instrument">{labelOf(meta?.instruments, f.instrument_type)}</Item>
          <Item label="Reference">{f.reference ?? <None text="None printed" />}</Item>
          <Item label="Issuing authority">
            <Text size="sm" fw={600}>
              {a.name}
            </Text>
            <Text size="sm" c="dimmed">
              {[labelOf(meta?.authority_kinds, a.kind), a.jurisdiction]
                .filter((s) => s && s !== '—')
                .join(' · ')}
            </Text>
            {a.office && <Text size="sm">Office: {a.office}</Text>}
            {a.signatory && <Text size="sm">Signed by: {a.signatory}</Text>}
          </Item>
          <Item label="Statutes cited">
            {f.statutes_cited.length ? (
              <List size="sm" spacing={2}>
                {f.statutes_cited.map((s) => (
                  <List.Item key={s}>{s}</List.Item>
                ))}
              </List>
            ) : (
              <None />
            )}
          </Item>
          <Item label="Stated purpose">
            {f.stated_purpose ? <Prose>{f.stated_purpose}</Prose> : <None />}
          </Item>
          <Item label="Emergency">
            {f.emergency ? <ToneBadge tone="red">Yes: emergency request</ToneBadge> : 'No'}
          </Item>
        </Group2>

        <Group2 title="Who and what is sought">
          <Item label="Targets">
            {f.targets.length ? (
              <Stack gap={6}>
                {f.targets.map((t, i) => (
                  <div key={`${t.identifier}-${i}`}>
                    <Group gap={8} wrap="wrap">
                      <Text size="sm" ff="monospace" fw={600}>
                        {t.identifier}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {labelOf(meta?.target_kinds, t.kind)}
                      </Text>
                    </Group>
                    <Group gap={6} mt={2}>
                      <ToneBadge tone="gray">
                        Speech: {labelOf(meta?.speech_profiles, t.speech_profile)}
                      </ToneBadge>
                      {t.pseudonymous && <ToneBadge tone="orange">Pseudonymous account</ToneBadge>}
                    </Group>
                  </div>
                ))}
              </Stack>
            ) : (
              <None />
            )}
          </Item>
          <Item label="Data categories">
            {f.data_categories_requested.length ? (
              <List size="sm" spacing={2}>
                {f.data_categories_requested.map((c) => (
                  <List.Item key={c}>{labelOf(meta?.data_categories, c)}</List.Item>
                ))}
              </List>
            ) : (
              <None />
            )}
          </Item>
          <Item label="Date range">
            {f.date_range ? (
              `${formatDate(f.date_range.from)} to ${formatDate(f.date_range.to)}`
            ) : (
              <None text="Not limited" />
            )}
          </Item>
        </Group2>

        <Group2 title="Dates">
          <Item label="Issued">{formatDate(f.date_issued)}</Item>
          <Item label="Served">{formatDateTime(f.served_at)}</Item>
          <Item label="Received">
            {formatDateTime(demand.received_at)} by{' '}
            {labelOf(channelOptions(meta?.channels), demand.channel).toLowerCase()}
          </Item>
          <Item label="Due">{f.due_at ? formatDateTime(f.due_at) : <None text="No deadline given" />}</Item>
        </Group2>

        <Group2 title="Nondisclosure (gag)">
          {f.nondisclosure ? (
            <>
              <Item label="Basis">{labelOf(meta?.nondisclosure_bases, f.nondisclosure.basis)}</Item>
              <Item label="Expires">
                {f.nondisclosure.expires_on
                  ? formatDate(f.nondisclosure.expires_on)
                  : 'No end date given (indefinite)'}
              </Item>
              {f.nondisclosure.citation && <Item label="Citation">{f.nondisclosure.citation}</Item>}
            </>
          ) : (
            <Item label="Basis">
              <None text="No nondisclosure requested" />
            </Item>
          )}
        </Group2>

        <Group2 title="Litigation">
          {demand.litigation.length ? (
            demand.litigation.map((l) => (
              <Item key={l.case_number} label={l.case_number}>
                <Text size="sm" fw={600}>
                  {l.court}
                </Text>
                <Text size="sm">
                  Filed {formatDate(l.filed_on)} · {humanize(l.posture)}
                </Text>
                <Text size="sm" c={l.dismissed ? 'dimmed' : undefined}>
                  {l.dismissed
                    ? `Dismissed ${l.dismissed.with_prejudice ? 'with' : 'without'} prejudice`
                    : 'Pending'}
                </Text>
              </Item>
            ))
          ) : (
            <Item label="Cases">
              <None text="No litigation recorded" />
            </Item>
          )}
        </Group2>

        <Group2 title="Status">
          <Item label="User notified">
            {demand.user_notified_at ? formatDateTime(demand.user_notified_at) : <None text="Not yet" />}
          </Item>
          <Item label="Outcome">{demand.outcome ? humanize(demand.outcome) : <None text="Open" />}</Item>
          {demand.closed_at && <Item label="Closed">{formatDateTime(demand.closed_at)}</Item>}
          {demand.reopened_count > 0 && <Item label="Reopened">{demand.reopened_count} times</Item>}
          {f.summary && (
            <Item label="Summary">
              <Prose>{f.summary}</Prose>
            </Item>
          )}
        </Group2>
      </Stack>
    </Section>
  )
}

function Group2({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={3} mb="xs" c="dark.7">
        {title}
      </Title>
      <Divider mb="sm" />
      <DataList size="sm" labelWidth={170} gap="sm">
        {children}
      </DataList>
    </div>
  )
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel className="field-label">{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  )
}

function None({ text = 'None stated' }: { text?: string }) {
  return (
    <Text span size="sm" c="dimmed">
      {text}
    </Text>
  )
}

function Prose({ children }: { children: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  )
}
