import type { ConfidenceGrade, LinkSource, LinkType, RecordKind } from '@khsae/domain';

import type { LegendEntry } from '../cytoscape/legend';

import { graphEn } from './graph-en';
import type { GraphT } from './graph-i18n';

/** Vocabulary labels of the graph namespace, typed by the value they name. */
export const kindLabel = (t: GraphT, kind: RecordKind) => t(`kinds.${kind}`);
export const linkTypeLabel = (t: GraphT, type: LinkType) => t(`linkTypes.${type}`);
export const confidenceLabel = (t: GraphT, grade: ConfidenceGrade) => t(`confidence.${grade}`);
export const linkSourceLabel = (t: GraphT, source: LinkSource) => t(`linkSources.${source}`);

/** A node's category (role, status or place kind) in words; unknown values are shown as stored. */
export function categoryLabel(t: GraphT, category: string | null): string | null {
  if (!category) return null;
  return category in graphEn.categories
    ? t(`categories.${category as keyof typeof graphEn.categories}`)
    : category;
}

/** A legend entry in words ("Victim · Missing", "Confirmed", "Pinned"). */
export function legendText(t: GraphT, entry: LegendEntry): string {
  const { label } = entry;
  if ('category' in label)
    return `${kindLabel(t, label.kind)} · ${categoryLabel(t, label.category) ?? label.category}`;
  if ('kind' in label) return kindLabel(t, label.kind);
  if ('confidence' in label) return confidenceLabel(t, label.confidence);
  return t(label.key);
}
