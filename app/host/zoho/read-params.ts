// Shared by the host and its lazily loaded calls.
export const V7 = '/crm/v7';

// Default reads hide converted and not-yet-approved leads; the widget must still see them to explain
// why it cannot convert (and to confirm a convert whose answer was lost actually committed).
export const ALL_STATES = { converted: 'both', approved: 'both' };
