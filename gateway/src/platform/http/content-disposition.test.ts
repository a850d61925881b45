import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

describe('Content-Disposition (RFC 6266, RFC 8187)', () => {
  it.each([
    ['INV-2026-0001.pdf', `attachment; filename=INV-2026-0001.pdf`],
    // accents are dropped from the ASCII fallback, kept exactly in filename*
    ['relevé-de-compte.pdf', `attachment; filename=releve-de-compte.pdf; filename*=UTF-8''relev%C3%A9-de-compte.pdf`],
    // quotes, spaces, parentheses and stars cannot break out of the header or the parameter
    [
      'Facture "finale" (copie)*.pdf',
      `attachment; filename=Facture__finale___copie__.pdf; filename*=UTF-8''Facture%20%22finale%22%20%28copie%29%2A.pdf`,
    ],
    // CR/LF (header injection) and path separators become underscores in both forms
    [
      'a\r\nSet-Cookie: x=1/..\\b.pdf',
      `attachment; filename=a__Set-Cookie__x_1_.._b.pdf; filename*=UTF-8''a__Set-Cookie%3A%20x%3D1_.._b.pdf`,
    ],
    // a name starting with dots cannot become a hidden file
    ['..profile', `attachment; filename=_profile; filename*=UTF-8''..profile`],
    ['Łódź €.pdf', `attachment; filename=_odz__.pdf; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20%E2%82%AC.pdf`],
    ['', `attachment; filename=download`],
  ])('%j', (name, header) => {
    expect(contentDisposition('attachment', name)).toBe(header);
  });

  it('keeps only [A-Za-z0-9._-] in the fallback and only attr-chars or %XX in filename*', () => {
    const header = contentDisposition('inline', "Überweisung 2026/07 — «Bäckerei» ; x='y'.pdf");
    const [, fallback, encoded] = /^inline; filename=([^";]*); filename\*=UTF-8''(.*)$/.exec(header)!;
    expect(fallback).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(encoded).toMatch(/^(?:[A-Za-z0-9!#$&+.^_`|~-]|%[0-9A-F]{2})+$/);
    expect(decodeURIComponent(encoded!)).toBe("Überweisung 2026_07 — «Bäckerei» ; x='y'.pdf");
  });
});
