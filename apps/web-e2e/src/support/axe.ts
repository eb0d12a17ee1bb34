import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Impacts that fail a page: WCAG AA problems a user meets, not advice. */
export const FAILING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];
/** Lesser rules that fail a page too: the structure a screen-reader user navigates by (issue 9's findings). */
export const FAILING_RULES: readonly string[] = [
  'landmark-one-main',
  'heading-order',
  'empty-table-header',
];

/** Whether a violation fails the page. */
export const fails = (violation: Result): boolean =>
  FAILING_IMPACTS.some((impact) => impact === violation.impact) ||
  FAILING_RULES.includes(violation.id);

const RUN_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  // Still "experimental" in axe-core, so outside every tag: a button whose name omits its visible text.
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

let source: Promise<string> | undefined;

/** axe-core's own build from node_modules: the page under test never loads anything from elsewhere. */
function axeSource(): Promise<string> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** Runs axe-core on the page as it is now (injected through the DevTools protocol, so the CSP does not apply). */
export async function runAxe(page: Page): Promise<Result[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(await axeSource());
  const results = await page.evaluate(
    (options) =>
      (
        window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }
      ).axe.run(document, options),
    RUN_OPTIONS,
  );
  return results.violations;
}

/** One line per rule and up to five offending elements each, with axe's own summary of what is wrong. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => {
        const why = node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '';
        return `    ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${why}`;
      });
      const more =
        violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
      return [
        `  [${violation.impact ?? 'none'}] ${violation.id}: ${violation.help} (${violation.nodes.length})`,
        ...nodes,
        ...more,
      ].join('\n');
    })
    .join('\n');
}
