import { describe, expect, it } from 'vitest';
import { POPUP_HEIGHT, popupHeightFor, worthResizing } from '../../../app/domain/popup-height';

describe('popupHeightFor', () => {
  it.each([
    [120, POPUP_HEIGHT.min],
    [399.2, POPUP_HEIGHT.min],
    [612.3, 613],
    [800, 800],
    [2400, POPUP_HEIGHT.max],
    [Number.NaN, POPUP_HEIGHT.min],
  ])('content %s px → popup %s px', (content, popup) => {
    expect(popupHeightFor(content)).toBe(popup);
  });
});

describe('worthResizing', () => {
  it('asks the first time, then only for a change of at least a few pixels', () => {
    expect(worthResizing(600, null)).toBe(true);
    expect(worthResizing(604, 600)).toBe(false);
    expect(worthResizing(608, 600)).toBe(true);
    expect(worthResizing(400, 800)).toBe(true);
  });
});
