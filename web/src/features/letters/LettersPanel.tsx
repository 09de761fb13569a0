import { Anchor, Button, Group, Loader, Select, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { isApiError } from '../../api/client'
import { useDraftLetter, useLetters, useReviseLetter } from '../../api/queries'
import type { DemandDetail, LetterHistory, LetterKind, LetterVersion } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatBytes, formatDateTime } from '../../components/format'
import { ToneBadge } from '../../components/StateBadge'
import { findingAnchor } from '../assessment/labels'
import { Section } from '../demand/Section'
import { useCanAct, useStaffNamer, type StaffNamer } from '../demand/staffNames'
import {
  defaultLetterKind,
  formatName,
  LETTER_KINDS,
  letterKindLabel,
  orderedDocuments,
  shortHash,
} from './letterModel'

/**
 * Letters to the issuer, drafted from the findings and rendered as DOCX and PDF. The text can be
 * edited; every save is a new version with its own files and hashes, and no version is ever
 * overwritten.
 */
export function LettersPanel({ demand }: { demand: DemandDetail }) {
  const letters = useLetters(demand.id)
  const canAct = useCanAct()
  const namer = useStaffNamer()
  const draft = useDraftLetter(demand.id)
  const recommended = defaultLetterKind(demand.assessment?.recommendation.action)
  const [kind, setKind] = useState<LetterKind>(recommended)
  const [drafted, setDrafted] = useState<string | null>(null)
  const items = [...(letters.data?.items ?? [])].reverse()
  const sameKind = items.filter((l) => l.kind === kind).length

  const onDraft = () => {
    setDrafted(null)
    draft.mutate(
      { kind },
      { onSuccess: (v) => setDrafted(`${letterKindLabel(v.kind)} letter drafted (version ${v.version}).`) },
    )
  }

  return (
    <Section id="letters-heading" title="Letters">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Drafted from the findings, as DOCX and PDF. Edit the text and save: each save is a new version with
          its own files, and earlier versions are kept exactly as they were.
        </Text>
        {canAct && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label="Kind of letter"
              description={
                kind === recommended
                  ? 'Suggested by the recommended answer.'
                  : LETTER_KINDS.find((k) => k.value === kind)?.description
              }
              data={LETTER_KINDS.map((k) => ({ value: k.value, label: k.label }))}
              value={kind}
              onChange={(v) => v && setKind(v as LetterKind)}
              allowDeselect={false}
              w={280}
              comboboxProps={{ withinPortal: true }}
            />
            <Button onClick={onDraft} loading={draft.isPending}>
              Draft the letter
            </Button>
          </Group>
        )}
        {canAct && sameKind > 0 && (
          <Text size="xs" c="dimmed">
            Drafting again starts a new {letterKindLabel(kind).toLowerCase()} letter from the current
            findings; the existing one stays below.
          </Text>
        )}
        {draft.error ? <ErrorAlert error={draft.error} title="The letter was not drafted" /> : null}
        <Text size="sm" c="#1b5e2e" role="status" aria-live="polite" fw={drafted ? 600 : 400}>
          {drafted ?? ''}
        </Text>

        {letters.isPending && (
          <Group gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              Loading the letters…
            </Text>
          </Group>
        )}
        {letters.isError && <ErrorAlert error={letters.error} title="The letters could not be loaded" />}
        {letters.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed">
            No letter has been drafted on this demand.
          </Text>
        )}
        {items.map((l) => (
          <LetterCard key={l.letter_id} letter={l} demand={demand} canAct={canAct} namer={namer} />
        ))}
      </Stack>
    </Section>
  )
}

function LetterCard({
  letter,
  demand,
  canAct,
  namer,
}: {
  letter: LetterHistory
  demand: DemandDetail
  canAct: boolean
  namer: StaffNamer
}) {
  const latest = letter.versions.at(-1)
  if (!latest) return null
  const titleId = `letter-${letter.letter_id}`
  return (
    <article className="letter" aria-labelledby={titleId} data-testid="letter" data-kind={letter.kind}>
      <Group gap={8} wrap="wrap" align="baseline">
        <Title order={3} id={titleId} fz="md">
          {letterKindLabel(letter.kind)} letter
        </Title>
        <ToneBadge tone="gray" size="sm">
          Version {latest.version}
        </ToneBadge>
        {latest.edited && (
          <ToneBadge tone="blue" size="sm">
            Edited
          </ToneBadge>
        )}
      </Group>
      {latest.finding_ids.length > 0 && (
        <Text size="xs" c="dimmed" mt={4} component="div">
          Rests on:{' '}
          <ul className="rule-id-list">
            {latest.finding_ids.map((id) => (
              <li key={id}>
                <a href={`#${findingAnchor(id)}`} className="rule-id-link">
                  {id}
                </a>
              </li>
            ))}
          </ul>
        </Text>
      )}
      <div style={{ marginTop: 12 }}>
        {canAct ? (
          <LetterEditor key={letter.letter_id} letter={letter} latest={latest} demand={demand} />
        ) : (
          <pre
            className="letter-text"
            tabIndex={0}
            aria-label={`Text of the letter (version ${latest.version})`}
          >
            {latest.body}
          </pre>
        )}
      </div>
      <VersionTable letter={letter} namer={namer} />
    </article>
  )
}

function LetterEditor({
  letter,
  latest,
  demand,
}: {
  letter: LetterHistory
  latest: LetterVersion
  demand: DemandDetail
}) {
  const revise = useReviseLetter(demand.id)
  // The version the edit started from; a newer one saved by someone else is announced, never
  // silently replacing text being edited.
  const [base, setBase] = useState(latest)
  const [text, setText] = useState(latest.body)
  const [overtaken, setOvertaken] = useState<number | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  if (latest.version !== base.version) {
    setBase(latest)
    if (text === base.body || text === latest.body) {
      setText(latest.body)
      setOvertaken(null)
    } else {
      setOvertaken(latest.version)
    }
  }
  const changed = text !== latest.body
  const blank = !text.trim()

  const save = () => {
    setSaved(null)
    revise.mutate(
      { letterId: letter.letter_id, body: text, expectedVersion: demand.version },
      {
        onSuccess: (v) => {
          setOvertaken(null)
          setSaved(`Saved as version ${v.version}. Version ${v.version - 1} is kept as it was.`)
        },
      },
    )
  }

  const stale =
    isApiError(revise.error) && revise.error.status === 409 && 'expected_version' in revise.error.problem
  return (
    <Stack gap="sm">
      <Textarea
        className="letter-body"
        label={`Text of the letter (version ${latest.version})`}
        description="Plain text; headings and numbering are kept as you type them."
        autosize
        minRows={10}
        maxRows={24}
        value={text}
        onChange={(e) => {
          setSaved(null)
          setText(e.currentTarget.value)
        }}
        error={blank ? 'A letter needs text.' : undefined}
      />
      {overtaken && (
        <Text size="sm" c="#7f3505" role="note">
          Version {overtaken} was saved by someone else while you were editing. Your text is kept: saving it
          makes the next version.
        </Text>
      )}
      {revise.error ? (
        <ErrorAlert
          error={revise.error}
          title="The new version was not saved"
          {...(stale
            ? {
                detail:
                  'Something was recorded on the demand while you were editing. It has been reloaded and your text is kept: check it, then save again.',
              }
            : {})}
        />
      ) : null}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="#1b5e2e" role="status" aria-live="polite" fw={saved ? 600 : 400}>
          {saved ?? (changed ? 'Unsaved changes.' : '')}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            disabled={!changed || revise.isPending}
            onClick={() => {
              setText(latest.body)
              setOvertaken(null)
              revise.reset()
            }}
          >
            Discard changes
          </Button>
          <Button onClick={save} disabled={!changed || blank} loading={revise.isPending}>
            Save as new version
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}

function VersionTable({ letter, namer }: { letter: LetterHistory; namer: StaffNamer }) {
  const versions = [...letter.versions].reverse()
  return (
    <details className="disclosure" open style={{ marginTop: 12 }}>
      <summary>
        <Text span size="sm" fw={600}>
          Versions ({versions.length})
        </Text>
      </summary>
      <table className="letter-versions" aria-label={`${letterKindLabel(letter.kind)} letter: versions`}>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">Files and SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-testid="letter-version" data-version={v.version}>
              <td>
                {v.version}
                {v.edited ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (edited)
                  </Text>
                ) : (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (as drafted)
                  </Text>
                )}
              </td>
              <td>
                {formatDateTime(v.drafted_at)}
                <Text size="xs" c="dimmed">
                  by {namer(v.drafted_by)}
                </Text>
              </td>
              <td>
                <Stack gap={2}>
                  {orderedDocuments(v.documents).map((d) => (
                    <Group key={d.id} gap={8} wrap="nowrap">
                      <Anchor
                        href={d.url}
                        download={d.filename}
                        size="sm"
                        c="accent.8"
                        aria-label={`Download ${formatName(d)} of version ${v.version} (${d.filename})`}
                        data-testid="letter-download"
                        data-format={formatName(d)}
                      >
                        {formatName(d)}
                      </Anchor>
                      <Text
                        span
                        ff="monospace"
                        size="xs"
                        c="dark.6"
                        title={`SHA-256 ${d.sha256}`}
                        data-testid="letter-sha256"
                        data-format={formatName(d)}
                        data-sha256={d.sha256}
                      >
                        {shortHash(d.sha256)}…
                      </Text>
                      <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {formatBytes(d.size)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
