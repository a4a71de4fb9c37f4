import { loadConversionLogic, loadFlowParts } from '../../app/screens/single-lead-chunks';

/**
 * Downloads the single flow's chunks through the widget's own loaders before a screen renders. In the browser
 * they arrive during the CRM's first round trip (startReads starts them at boot); here the simulator answers at
 * once while Vitest still transforms them, and the flow-parts preload waits for an idle browser that jsdom
 * does not have. Tests about a chunk that is not there yet run in Chromium (tests/e2e/layout-stability.spec.ts).
 */
export async function warmSingleFlowChunks(): Promise<void> {
  await Promise.all([loadConversionLogic(), loadFlowParts()]);
}
