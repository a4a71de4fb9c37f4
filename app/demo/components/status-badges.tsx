import type { LeadStatus } from '../org/record-fields';

const LABELS: Record<LeadStatus, string> = {
  converted: 'Converted',
  locked: 'Locked',
  merging: 'Merging',
  unapproved: 'Unapproved',
  'in-review': 'In review',
};

export function StatusBadges({ statuses }: { statuses: readonly LeadStatus[] }) {
  if (statuses.length === 0) return null;
  return (
    <span className="badges">
      {statuses.map((status) => (
        <span key={status} className={`badge badge-${status}`}>
          {LABELS[status]}
        </span>
      ))}
    </span>
  );
}

export function NewBadge() {
  return <span className="badge badge-new">New</span>;
}
