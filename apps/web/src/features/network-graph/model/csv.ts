import type { GraphEdge } from '@/lib/api-types';

import type { CanvasNode } from './canvas-state';

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formulas defused with a leading quote, then quoted when it needs to be. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

export const CSV_RECORD_HEADINGS = ['key', 'kind', 'id', 'label', 'sublabel', 'category'] as const;
export const CSV_LINK_HEADINGS = [
  'link_id',
  'source',
  'source_label',
  'type',
  'target',
  'target_label',
  'confidence',
  'source_kind',
  'started_on',
  'ended_on',
  'evidence',
] as const;

/**
 * The records and links on the canvas as one CSV file: a records table, a blank line, a links table.
 * Lines end with CRLF as RFC 4180 asks; spreadsheets open it as is.
 */
export function canvasToCsv(nodes: readonly CanvasNode[], edges: readonly GraphEdge[]): string {
  const labels = new Map(nodes.map((node) => [node.key, node.label]));
  const lines = [
    csvRow(CSV_RECORD_HEADINGS),
    ...nodes.map((n) => csvRow([n.key, n.kind, n.id, n.label, n.sublabel, n.category])),
    '',
    csvRow(CSV_LINK_HEADINGS),
    ...edges.map((e) =>
      csvRow([
        e.id,
        e.source,
        labels.get(e.source) ?? '',
        e.type,
        e.target,
        labels.get(e.target) ?? '',
        e.confidence,
        e.sourceKind,
        e.startedOn,
        e.endedOn,
        e.evidence,
      ]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
