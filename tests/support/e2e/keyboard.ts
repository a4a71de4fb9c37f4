// Keyboard-only driving: Tab until the element we want has focus, then read what has focus and whether its
// focus ring is visible. Only page.keyboard moves anything; evaluate() only reads.
import { expect, type Frame } from '@playwright/test';

export type Focused = { tag: string; role: string; name: string; checked: boolean | null; invalid: boolean; visibleRing: boolean };

/** What has focus in a frame (the demo page or the widget), with the name a screen reader would roughly use. */
export async function focusedIn(frame: Frame): Promise<Focused> {
  return frame.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', role: '', name: '', checked: null, invalid: false, visibleRing: false };
    const input = element as HTMLInputElement;
    const labelledBy = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy ? labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
      (input.labels?.[0]?.textContent ?? null) ??
      element.textContent ??
      '';
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role') ?? (element.tagName === 'INPUT' ? input.type : element.tagName.toLowerCase()),
      name: name.replace(/\s+/g, ' ').trim(),
      checked: element.tagName === 'INPUT' ? input.checked : null,
      invalid: element.getAttribute('aria-invalid') === 'true',
      visibleRing: element.matches(':focus-visible') && ring,
    };
  });
}

type Press = { press(key: string): Promise<void> };

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(keyboard: Press, frame: Frame, role: string, name: RegExp, options: { back?: boolean; max?: number } = {}): Promise<Focused> {
  const max = options.max ?? 60;
  for (let presses = 0; presses <= max; presses += 1) {
    const focused = await focusedIn(frame);
    if (focused.role === role && name.test(focused.name)) return focused;
    await keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`No ${role} named ${String(name)} within ${max} presses of ${options.back ? 'Shift+Tab' : 'Tab'}`);
}

export async function expectVisibleFocus(frame: Frame, role: string, name: RegExp): Promise<void> {
  const focused = await focusedIn(frame);
  expect(focused.role, `focus on ${focused.name}`).toBe(role);
  expect(focused.name).toMatch(name);
  expect(focused.visibleRing, `a visible focus ring on ${focused.name}`).toBe(true);
}
