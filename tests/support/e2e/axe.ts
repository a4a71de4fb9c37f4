// Runs axe on the widget's iframe only (the demo page around it is a stand-in for CRM, not our product) and
// asserts no violations of WCAG 2.0/2.1 A and AA and axe's best practices.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { WIDGET_FRAME_TITLE } from './demo-page';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(`iframe[title="${WIDGET_FRAME_TITLE}"]`).withTags(AXE_TAGS).analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    why: violation.nodes[0]?.failureSummary,
  }));
  expect(found, `axe violations on the ${screen} screen`).toEqual([]);
}
