// Texte zu den gespeicherten Entscheidungen (Entwurf, der ein Neuladen oder einen Fehler übersteht).
import type { DroppedChoice } from '../domain/restore-draft';
import type { enDraft } from './en-draft';

const WHAT: Record<DroppedChoice['kind'], string> = {
  contact: 'Der von Ihnen gewählte Kontakt',
  account: 'Die von Ihnen gewählte Firma',
  owner: 'Der von Ihnen gewählte Besitzer',
};

export const deDraft: typeof enDraft = {
  droppedTitle: 'Einige frühere Entscheidungen gelten nicht mehr',
  dropped: (kind) =>
    kind === 'owner'
      ? `${WHAT[kind]} ist kein aktiver Benutzer mehr; es gilt wieder der Besitzer des Leads.`
      : `${WHAT[kind]} wird von Zoho CRM nicht mehr angeboten (vielleicht gelöscht, zusammengeführt oder gesperrt). Wählen Sie unten neu.`,
};
