import type { ApprovalState } from '../../api/crm-host';

const KNOWN: readonly string[] = ['approved', 'pending', 'rejected', 'approval_process_pending', 'approval_process_rejected'];

/** Absent means approved (Zoho omits it on ordinary records); an unknown value is treated as not approved. */
export function readApprovalState(value: unknown): ApprovalState {
  if (value === undefined || value === null) return 'approved';
  if (typeof value === 'string' && KNOWN.includes(value)) return value as ApprovalState;
  return 'pending';
}
