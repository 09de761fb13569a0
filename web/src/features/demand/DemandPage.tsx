import { Anchor, Grid, Stack } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/client'
import { useDemand, useMeta } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageLoader } from '../../components/PageState'
import { ClocksPanel } from '../clocks/ClocksPanel'
import { AssessmentPanel } from '../assessment/AssessmentPanel'
import { letterDocumentIds } from '../letters/letterModel'
import { LettersPanel } from '../letters/LettersPanel'
import { awaitingDelivery } from '../notice/noticeModel'
import { NoticePanel } from '../notice/NoticePanel'
import { ActionsPanel } from './ActionsPanel'
import { DemandHeader } from './DemandHeader'
import { DocumentsPanel } from './DocumentsPanel'
import { FieldsPanel } from './FieldsPanel'
import { ProductionPanel } from './ProductionPanel'
import { TimelinePanel } from './TimelinePanel'

export function DemandPage() {
  const { id = '' } = useParams()
  // While a notice waits for the worker, read the demand again until it shows sent.
  const demand = useDemand(id, { pollWhile: (d) => awaitingDelivery(d) })
  const meta = useMeta()
  useDocumentTitle(demand.data ? `${demand.data.reference ?? 'Demand'} · Custodian` : 'Demand · Custodian')

  if (demand.isPending) return <PageLoader label="Loading the demand…" />
  if (demand.isError) {
    const notFound = isApiError(demand.error) && demand.error.status === 404
    return (
      <Stack gap="md" maw={720}>
        <BackLink />
        <ErrorAlert
          error={demand.error}
          title={notFound ? 'No such demand' : 'The demand could not be loaded'}
        />
      </Stack>
    )
  }

  const d = demand.data
  // Letters' DOCX and PDF files are listed with their letter; the documents panel keeps the demand as received.
  const letterFiles = letterDocumentIds(d.timeline)
  const received = d.documents.filter((doc) => !letterFiles.has(doc.id))
  return (
    <Stack gap="lg">
      <BackLink />
      <DemandHeader demand={d} meta={meta.data} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <AssessmentPanel
              key={d.id}
              assessment={d.assessment}
              updating={demand.isFetching}
              meta={meta.data}
            />
            <FieldsPanel demand={d} meta={meta.data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ClocksPanel demandId={d.id} version={d.version} />
            <ActionsPanel demand={d} meta={meta.data} />
            <NoticePanel demand={d} />
            <LettersPanel demand={d} />
            <ProductionPanel demand={d} meta={meta.data} />
            <TimelinePanel events={d.timeline} meta={meta.data} documents={d.documents} />
          </Stack>
        </Grid.Col>
      </Grid>
      <DocumentsPanel documents={received} reading={d.reading} fields={d.fields} meta={meta.data} />
    </Stack>
  )
}

function BackLink() {
  return (
    <Anchor component={Link} to="/" size="sm" c="accent.8">
      ← Back to the queue
    </Anchor>
  )
}
