import { Anchor, Code, Table, Title, Typography } from '@mantine/core'
import { isValidElement, type ReactNode } from 'react'
import Markdown, { type Components } from 'react-markdown'
import { Link } from 'react-router'
import { ruleHref } from '../assessment/labels'
import { RULE_ID } from './families'
import { rowRuleId, slug, splitTables } from './markdown'

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children)
  return ''
}

/** Links between the docs pages ("ee.md") become links between rule pages ("/rules/ee"). */
function MdLink({ href = '', children }: { href?: string; children?: ReactNode }) {
  const page = /^(?:\.\/)?([A-Za-z]+)\.md(#.*)?$/.exec(href)
  if (page) {
    const name = page[1]!.toLowerCase()
    const to = name === 'readme' ? '/rules' : `/rules/${name}${page[2] ?? ''}`
    return (
      <Anchor component={Link} to={to} c="accent.8">
        {children}
      </Anchor>
    )
  }
  const external = /^https?:\/\//.test(href)
  return (
    <Anchor href={href} c="accent.8" {...(external ? { target: '_blank', rel: 'noreferrer' } : {})}>
      {children}
    </Anchor>
  )
}

/** A rule id in backticks links to its row (on this page or another family's). */
function MdCode({ children, known }: { children?: ReactNode; known: ReadonlySet<string> }) {
  const text = textOf(children)
  if (RULE_ID.test(text) && known.has(text)) {
    return (
      <Anchor component={Link} to={ruleHref(text)} c="accent.8" className="md-rule-link">
        <Code>{text}</Code>
      </Anchor>
    )
  }
  return <Code>{children}</Code>
}

function heading(order: 1 | 2 | 3 | 4) {
  return function Heading({ children }: { children?: ReactNode }) {
    return (
      <Title order={order} id={order > 1 ? slug(textOf(children)) : undefined} className="md-heading">
        {children}
      </Title>
    )
  }
}

function components(known: ReadonlySet<string>, inline: boolean): Components {
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    a: ({ href, children }) => <MdLink href={href}>{children}</MdLink>,
    code: ({ children }) => <MdCode known={known}>{children}</MdCode>,
    ...(inline ? { p: ({ children }) => <>{children}</> } : {}),
  }
}

/**
 * A rule family's documentation page. Markdown only (raw HTML is dropped); each row of a rules
 * table gets the rule id as its anchor, so /rules/adm#ADM.SUMMONS.ISSUER_RANK lands on it.
 */
export function RuleMarkdown({
  markdown,
  known,
  target,
}: {
  markdown: string
  known: ReadonlySet<string>
  target: string | null
}) {
  const block = components(known, false)
  const inline = components(known, true)
  const anchored = new Set<string>()
  return (
    <div className="rule-doc">
      {splitTables(markdown).map((segment, i) => {
        if (segment.kind === 'markdown') {
          return (
            <Typography key={i}>
              <Markdown skipHtml components={block}>
                {segment.text}
              </Markdown>
            </Typography>
          )
        }
        return (
          <Table.ScrollContainer key={i} minWidth={720} my="md">
            <Table withTableBorder striped={false} fz="sm" className="rule-doc-table">
              <Table.Thead>
                <Table.Tr>
                  {segment.header.map((h, j) => (
                    <Table.Th key={j} scope="col">
                      <Markdown skipHtml components={inline}>
                        {h}
                      </Markdown>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {segment.rows.map((row, r) => {
                  const id = rowRuleId(row, RULE_ID)
                  const anchor = id && !anchored.has(id) ? id : undefined
                  if (anchor) anchored.add(anchor)
                  return (
                    <Table.Tr
                      key={r}
                      id={anchor}
                      tabIndex={anchor ? -1 : undefined}
                      className={
                        anchor && anchor === target
                          ? 'rule-row rule-row-target'
                          : anchor
                            ? 'rule-row'
                            : undefined
                      }
                      data-testid={anchor ? 'rule-row' : undefined}
                    >
                      {row.map((cell, c) => (
                        <Table.Td key={c}>
                          <Markdown skipHtml components={inline}>
                            {cell}
                          </Markdown>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      })}
    </div>
  )
}
