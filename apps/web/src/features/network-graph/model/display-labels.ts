/** A record as labels need it. */
type Labelled = { key: string; label: string; sublabel?: string | null };

/** The record's code: the first part of its sublabel ("B-0022 · ហេង ដារ៉ា" → "B-0022"). */
export function codeOf(sublabel: string | null | undefined): string | null {
  const code = sublabel?.split(' · ')[0]?.trim();
  return code ? code : null;
}

const sameName = (label: string) => label.normalize('NFC').trim().toLocaleLowerCase();

/**
 * PURE: each record's label, with its code after the name when another record has the same name
 * ("Heng Dara · B-0022"), so that two brokers called alike are told apart on the canvas and in lists.
 */
export function distinctLabels(records: readonly Labelled[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const record of records) {
    const name = sameName(record.label);
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const labels = new Map<string, string>();
  for (const record of records) {
    const code = codeOf(record.sublabel);
    const shared = (count.get(sameName(record.label)) ?? 0) > 1;
    labels.set(
      record.key,
      shared && code && code !== record.label ? `${record.label.trim()} · ${code}` : record.label,
    );
  }
  return labels;
}
