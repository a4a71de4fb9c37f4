// German texts of the duplicate-resolution components; mounted as `de.resolution`.
import type { ResolutionTexts } from './en-resolution';

type Module = 'Contacts' | 'Accounts';

const contact = (module: Module) => module === 'Contacts';
/** "einen Kontakt" / "eine Firma" (accusative). */
const anAccusative = (module: Module) => (contact(module) ? 'einen Kontakt' : 'eine Firma');
const quote = (value: string) => `„${value}“`;

export const deResolution: ResolutionTexts = {
  legend: (module) => (contact(module) ? 'Kontakt' : 'Firma'),
  matchCount: (module, n) => {
    if (n === 0) return contact(module) ? 'Kein passender Kontakt' : 'Keine passende Firma';
    if (contact(module)) return `${n} ${n === 1 ? 'passender Kontakt' : 'passende Kontakte'}`;
    return `${n} ${n === 1 ? 'passende Firma' : 'passende Firmen'}`;
  },
  unseenMatch: (module, field, { also }) =>
    [
      `Zoho hat ${also ? 'außerdem ' : ''}${anAccusative(module)} über ${field}`,
      `gefunden, ${contact(module) ? 'den' : 'die'} Sie nicht sehen können.`,
    ] as const,
  chooseError: (module) => `Wählen Sie ${anAccusative(module)}`,
  createNew: (module) => (contact(module) ? 'Neuen Kontakt anlegen' : 'Neue Firma anlegen'),
  createNewSeparator: ' — ',
  createNewHint: (module) =>
    contact(module) ? 'Aus dem Lead wird ein neuer Kontakt.' : 'Aus dem Unternehmen des Leads wird eine neue Firma angelegt.',
  noAccount: 'Keine Firma (der Lead hat kein Unternehmen)',
  noAccountHint: 'Der Kontakt wird ohne Firma angelegt.',
  addTo: 'Hinzufügen zu',
  suggested: 'Empfohlen',
  suggestedBecause: (field, { unique }) => `Empfohlen: ${field} stimmt überein${unique ? ' (eindeutiges Feld)' : ''}`,
  fieldMatches: (field) => `${field} stimmt überein:`,
  weakEvidence: (module) =>
    `Nur über ${module === 'Accounts' ? 'den Firmennamen' : 'den Namen'} gefunden — vor dem Zusammenführen prüfen`,
  unknownEvidence: 'Zoho hat nicht gesagt, welches Feld übereinstimmt — vor dem Zusammenführen prüfen',
  cannotChoose: 'Nicht wählbar',
  followsContact: (contactName) => `Durch den Kontakt festgelegt: ${contactName} gehört zu dieser Firma.`,
  otherAccountFixed: (contactName) => `Nicht verfügbar: Die Firma folgt dem Kontakt ${contactName}.`,
  lockedByContact: (contactName) =>
    `Die Firma ist festgelegt, weil der gewählte Kontakt ${contactName} bereits zu ihr gehört.`,
  fields: {
    name: 'Name',
    accountName: 'Firmenname',
    email: 'E-Mail',
    phone: 'Telefon',
    mobile: 'Mobil',
    account: 'Firma',
    website: 'Website',
    accountType: 'Typ',
    layout: 'Layout',
  },
  openAccount: (name) => `Firma ${name} öffnen`,
  compare: 'Vergleichen',
  // Read after "Vergleichen" by screen readers: "Vergleichen: Lead und …".
  compareWith: (name) => `: Lead und ${name}`,
  compareTitle: (module, name) => `Lead und ${contact(module) ? 'Kontakt' : 'Firma'} ${name} vergleichen`,
  compareField: 'Feld',
  compareLead: 'Lead',
  compareCandidate: (module) => (contact(module) ? 'Kontakt' : 'Firma'),
  compareMatched: 'Treffer',
  compareDiffers: 'abweichend',
  compareLegend: 'Mit „Treffer“ markierte Zeilen sind die Felder, über die Zoho gefunden hat; „abweichend“ markiert ungleiche Werte.',
  close: 'Schließen',
  leadMatches: (modules) =>
    `passt zu ${modules.map((module) => (contact(module) ? 'einem vorhandenen Kontakt' : 'einer vorhandenen Firma')).join(' und ')}`,
  overwriteLabel: (leadCompany) => `Firmennamen des Kontakts in ${quote(leadCompany)} ändern`,
  overwriteExplanation: (contactName, accountName, leadCompany) =>
    `${contactName ?? 'Der gewählte Kontakt'} ist mit der Firma ${quote(accountName)} verknüpft, die vom Unternehmen des Leads ${quote(leadCompany)} abweicht. ` +
    `Setzen Sie das Häkchen, um diese Firma in ${quote(leadCompany)} umzubenennen: Zoho ändert nur den Namen der Firma, ihre übrigen Angaben bleiben, und jeder mit ihr verknüpfte Datensatz zeigt den neuen Namen. ` +
    `Ohne Häkchen behält sie den Namen ${quote(accountName)}; der Kontakt bleibt in jedem Fall mit ihr verknüpft.`,
  noValue: '—',
};
