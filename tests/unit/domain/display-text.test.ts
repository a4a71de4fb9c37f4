import { describe, expect, it } from 'vitest';
import { displayText, displayTextFields, MAX_SENTENCE_VALUE } from '../../../app/domain/display-text';
import { reviewSentences } from '../../../app/domain/review-sentences';
import { kaizenContext, kaizenLead } from '../../support/builders';

describe('displayText', () => {
  it('leaves plain text (including right-to-left text) unchanged', () => {
    expect(displayText('Pat Boyle')).toBe('Pat Boyle');
    expect(displayText('שלום')).toBe('שלום');
  });

  it.each(['\u202Egnp.exe', 'a\u202Db', 'x\u2067y', 'm\u200Fn'])('isolates a value holding a direction control: %j', (value) => {
    expect(displayText(value)).toBe(`\u2068${value}\u2069`);
  });

  it('isolates data fields and keeps code fields', () => {
    expect(displayTextFields({ kind: 'tags', module: 'Contacts', names: ['\u202Ex', 'y'] }, ['kind', 'module'])).toEqual({ kind: 'tags', module: 'Contacts', names: ['\u2068\u202Ex\u2069', 'y'] });
  });
});

// Seen in the hostile scenario's screenshot: "Account <name> .(ti ot sgnoleb ydaerla tcatnoc eht) deknil eb lliw".
it('review sentences confine an RTL override to the name it is part of', () => {
  const sentences = reviewSentences(kaizenContext({ lead: kaizenLead({ fullName: '\u202Egnp.exe', company: null }) }), {});
  expect(sentences[0]).toEqual({ kind: 'contact-new', name: '\u2068\u202Egnp.exe\u2069' });
});

it('cuts a 10,000-character value to a readable length with an ellipsis', () => {
  const text = displayText('n'.repeat(10_000));
  expect(text).toHaveLength(MAX_SENTENCE_VALUE + 1);
  expect(text.endsWith('…')).toBe(true);
});
