import { CrmError, isCrmError } from '../../api/crm-error';
import type { CrmHost } from '../../api/crm-host';
import { timeoutError, withDeadline } from './deadline';
import { describeFailure } from './describe-failure';
import { checkedId } from './record-id';
import type { ZohoUi } from './zoho-ui';

type UiMethods = Pick<CrmHost, 'openRecord' | 'closePopup' | 'resize'>;

export function createUiCalls(ui: ZohoUi, timeoutMs: number): UiMethods {
  async function call(operation: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await withDeadline(
        Promise.resolve().then(run),
        timeoutMs,
        () => timeoutError(operation, timeoutMs, false),
      );
    } catch (error) {
      if (isCrmError(error)) throw error;
      throw new CrmError({
        kind: 'network',
        operation,
        message: `Zoho CRM did not carry out ${operation}: ${describeFailure(error)}`,
        mayHaveExecuted: false,
      });
    }
  }
  return {
    openRecord: async ({ module, id, newTab }) => {
      const recordId = checkedId(id, 'openRecord');
      await call('openRecord', () =>
        ui.openRecord({ Entity: module, RecordID: recordId, ...(newTab ? { Target: '_blank' as const } : {}) }),
      );
    },
    closePopup: ({ reload }) => call('closePopup', () => (reload ? ui.closeReload() : ui.closePopup())),
    resize: ({ width, height }) =>
      call('resize', () => ui.resize(width === undefined ? { height } : { width, height })),
  };
}
