/** Runs axe-core inside a page (its source injected through playwright-core) and lists the serious findings. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/** Evaluated over the debugging protocol, so the page's Content-Security-Policy (no inline scripts) does not apply. */
async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source);
}

export interface AxeFinding {
  id: string;
  impact: string;
  targets: string[];
  summary: string;
}

/** Critical and serious violations, each with the elements it names, as a readable list for an assertion. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const findings = await page.evaluate(async () => {
    const runner = window.axe;
    if (!runner) throw new Error('axe-core is not in the page');
    const result = await runner.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      targets: violation.nodes.map((node) => node.target.join(' ')),
      summary: violation.nodes[0]?.failureSummary ?? '',
    }));
  });
  return findings
    .filter((finding: AxeFinding) => finding.impact === 'critical' || finding.impact === 'serious')
    .map((finding: AxeFinding) => `${finding.impact} ${finding.id}: ${finding.targets.slice(0, 4).join(', ')} — ${finding.summary.split('\n').slice(0, 2).join(' ')}`);
}

/** Every violation, any impact, for the report. */
export async function allViolationIds(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const runner = window.axe;
    if (!runner) throw new Error('axe-core is not in the page');
    const result = await runner.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
  });
}
