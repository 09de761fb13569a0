import { Anchor, Group, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core'
import type { DemandDocument } from '../../api/types'
import { formatBytes, formatDateTime } from '../../components/format'
import { Section } from './Section'

export function DocumentsPanel({ documents }: { documents: DemandDocument[] }) {
  return (
    <Section id="documents-heading" title={documents.length === 1 ? 'Document' : 'Documents'}>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          No document is attached to this demand.
        </Text>
      ) : (
        <Stack gap="xl">
          {documents.map((doc) => (
            <article key={doc.id} aria-labelledby={`doc-${doc.id}`}>
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
                  mah={520}
                  type="auto"
                  offsetScrollbars
                  style={{ border: '1px solid var(--custodian-border)', borderRadius: 6 }}
                >
                  <pre className="document-text" tabIndex={0} aria-label={`Text of ${doc.filename}`}>
                    {doc.text}
                  </pre>
                </ScrollArea.Autosize>
              ) : (
                <Text size="sm" c="dimmed">
                  No text could be read from this file.
                </Text>
              )}
            </article>
          ))}
        </Stack>
      )}
    </Section>
  )
}
