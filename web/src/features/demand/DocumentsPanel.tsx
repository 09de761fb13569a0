import { Anchor, Grid, Group, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import type { DemandDocument, DemandFields, Meta, Reading } from '../../api/types'
import { formatBytes, formatDateTime } from '../../components/format'
import { DocumentText } from '../reading/DocumentText'
import { ReadFieldsList } from '../reading/ReadFieldsList'
import { passagesIn, readRows } from '../reading/readingModel'
import { Section } from './Section'

/**
 * The documents as served, and beside them what was read from them: choosing a field marks the
 * passages it was read from, so the clerk checks each value against the document itself.
 */
export function DocumentsPanel({
  documents,
  reading,
  fields,
  meta,
}: {
  documents: DemandDocument[]
  reading: Reading | null
  fields: DemandFields
  meta: Meta | undefined
}) {
  const [active, setActive] = useState<string | null>(null)
  const rows = useMemo(() => (reading ? readRows(reading, fields, meta) : []), [reading, fields, meta])

  // Bring the chosen field's first passage into view, inside the document's own scroll area.
  useEffect(() => {
    if (!active) return
    document
      .querySelector('mark.passage[data-active="true"]')
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [active])

  const list = (
    <Stack gap="xl">
      {documents.map((doc) => (
        <DocumentCard key={doc.id} doc={doc} reading={reading} active={active} />
      ))}
    </Stack>
  )
  return (
    <Section id="documents-heading" title={documents.length === 1 ? 'Document' : 'Documents'}>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          No document is attached to this demand.
        </Text>
      ) : rows.length === 0 ? (
        list
      ) : (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <section aria-labelledby="reading-heading" className="reading-fields">
              <Title order={3} id="reading-heading" mb={6}>
                Read from the {documents.length === 1 ? 'document' : 'documents'}
              </Title>
              <ReadFieldsList rows={rows} active={active} onSelect={setActive} />
            </section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>{list}</Grid.Col>
        </Grid>
      )}
    </Section>
  )
}

function DocumentCard({
  doc,
  reading,
  active,
}: {
  doc: DemandDocument
  reading: Reading | null
  active: string | null
}) {
  const passages = useMemo(() => passagesIn(reading, doc.id), [reading, doc.id])
  return (
    <article aria-labelledby={`doc-${doc.id}`}>
      <Group justify="space-between" align="baseline" mb={6} wrap="wrap">
        <Title order={3} id={`doc-${doc.id}`} style={{ overflowWrap: 'anywhere' }}>
          {doc.filename}
        </Title>
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {doc.media_type} · {formatBytes(doc.size)} · added {formatDateTime(doc.created_at)}
          </Text>
          <Anchor
            href={`/api/documents/${encodeURIComponent(doc.id)}/content`}
            size="sm"
            c="accent.8"
            download={doc.filename}
          >
            Download original
          </Anchor>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        SHA-256{' '}
        <Tooltip label="The fingerprint of the file as received: any change to it changes this value.">
          <Text span ff="monospace" size="xs" c="dark.6" style={{ overflowWrap: 'anywhere' }}>
            {doc.sha256}
          </Text>
        </Tooltip>
      </Text>
      {doc.text ? (
        <ScrollArea.Autosize
          mah={640}
          type="auto"
          offsetScrollbars
          style={{ border: '1px solid var(--custodian-border)', borderRadius: 6 }}
        >
          <DocumentText
            text={doc.text}
            passages={passages}
            active={active}
            label={`Text of ${doc.filename}`}
          />
        </ScrollArea.Autosize>
      ) : (
        <Text size="sm" c="dimmed">
          No text could be read from this file.
        </Text>
      )}
    </article>
  )
}
