import { describe, expect, it } from 'vitest';
import { ensureUiStyles } from './ui-styles';

describe('the kit stylesheet under a CSP without inline styles (#11 §3, X-7)', () => {
  it('is one constructed sheet, added once, and no <style> element', () => {
    ensureUiStyles(document);
    ensureUiStyles(document);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const rules = [...document.adoptedStyleSheets[0]!.cssRules].map((rule) => rule.cssText);
    expect(rules.some((rule) => rule.startsWith(':root'))).toBe(true);
    expect(rules.some((rule) => rule.startsWith('.cc-'))).toBe(true);
  });
});
