/**
 * Imports the single flow's lazy chunks once before a file's tests, so the first test does not spend its
 * time budget transforming them (the widget preloads them the same way in production).
 */
export async function warmSingleFlowChunks(): Promise<void> {
  await Promise.all([
    import('../../../app/screens/conversion-logic'),
    import('../../../app/screens/review-panel'),
    import('../../../app/components/result/conversion-result'),
    import('../../../app/screens/convert-failure-alert'),
    import('../../../app/components/deal/deal-section'),
    import('../../../app/components/options/options-section'),
    import('../../../app/domain/explain-convert-error'),
  ]);
}
