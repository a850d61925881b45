import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../platform/http/content-disposition';
import { fileNameProblem, sanitizeFileName } from './file-name';
import type { AttachmentMediaType } from './file-type';

describe('sanitizeFileName', () => {
  it.each<[string, AttachmentMediaType, string]>([
    ['Statuts coordonnés 2026.pdf', 'application/pdf', 'Statuts coordonnés 2026.pdf'],
    ['../../etc/passwd.pdf', 'application/pdf', 'passwd.pdf'],
    ['..\\..\\x.pdf', 'application/pdf', 'x.pdf'],
    ['C:\\Users\\claire\\Desktop\\extrait BCE.PDF', 'application/pdf', 'extrait BCE.PDF'],
    ['.htaccess', 'application/pdf', 'htaccess.pdf'],
    ['...pdf', 'application/pdf', 'pdf.pdf'],
    ['....', 'image/png', 'attachment.png'],
    ['', 'image/jpeg', 'attachment.jpg'],
    ['/', 'application/pdf', 'attachment.pdf'],
    ['facture..2026...pdf', 'application/pdf', 'facture.2026.pdf'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['photo.JPG', 'image/jpeg', 'photo.JPG'],
    // the content decides the extension: a PNG named .jpg is saved as a PNG
    ['scan.jpg', 'image/png', 'scan.jpg.png'],
    ['page.html', 'application/pdf', 'page.html.pdf'],
    ['invoice\u202Efdp.exe', 'application/pdf', 'invoicefdp.exe.pdf'],
    ['tab\there\r\nnew line.pdf', 'application/pdf', 'tabherenew line.pdf'],
    ['  many    spaces\u00a0here  .pdf', 'application/pdf', 'many spaces here.pdf'],
    ['Devis n°12 & annexe (v2).pdf', 'application/pdf', 'Devis n12 annexe (v2).pdf'],
    ['--help.pdf', 'application/pdf', 'help.pdf'],
    ['Überweisung_Ärger-Ökologie.pdf', 'application/pdf', 'Überweisung_Ärger-Ökologie.pdf'],
    ['e\u0301te\u0301.png', 'image/png', 'été.png'],
    ['договор аренды.pdf', 'application/pdf', 'договор аренды.pdf'],
    // "/" is a path separator wherever it appears
    ['<script>alert(1)</script>.png', 'image/png', 'script.png'],
    ['<img src=x onerror="alert(1)">.png', 'image/png', 'img srcx onerroralert(1).png'],
    [`${'a'.repeat(300)}.pdf`, 'application/pdf', `${'a'.repeat(146)}.pdf`],
    [`${'é'.repeat(149)} .pdf`, 'application/pdf', `${'é'.repeat(146)}.pdf`],
    [`${'b'.repeat(200)}`, 'image/png', `${'b'.repeat(146)}.png`],
  ])('%j as %s → %j', (raw, mediaType, expected) => {
    const name = sanitizeFileName(raw, mediaType);
    expect(name).toBe(expected);
    expect(Array.from(name).length).toBeLessThanOrEqual(150);
  });
});

describe('fileNameProblem', () => {
  it.each<[string, string | null]>([
    ['invoice.pdf', null],
    ['invoice.pdf\u0000.exe', 'The file name contains a NUL character'],
    ['a'.repeat(1024), null],
    ['a'.repeat(1025), 'The file name is longer than 1024 characters'],
  ])('%j → %j', (raw, expected) => {
    expect(fileNameProblem(raw)).toBe(expected);
  });
});

describe('contentDisposition (RFC 6266)', () => {
  it.each([
    ['facture.pdf', `attachment; filename=facture.pdf`],
    [
      'Statuts coordonnés (v2).pdf',
      `attachment; filename=Statuts_coordonnes__v2_.pdf; filename*=UTF-8''Statuts%20coordonn%C3%A9s%20%28v2%29.pdf`,
    ],
    ['договор.pdf', `attachment; filename=_______.pdf; filename*=UTF-8''%D0%B4%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80.pdf`],
  ])('%j', (name, expected) => {
    expect(contentDisposition('attachment', name)).toBe(expected);
  });
});
