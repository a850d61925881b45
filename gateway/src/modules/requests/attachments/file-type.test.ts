import { describe, expect, it } from 'vitest';
import { jpegFile, pdfFile, pngFile } from './attachment-test-support';
import { ContentSampler, detectFileType, sampleOf, TAIL_BYTES } from './file-type';

const bytes = (...parts: (string | number[] | Buffer)[]): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

describe('detectFileType reads the content only (REQ-2)', () => {
  it.each<[string, string | null, Buffer]>([
    ['a one-page PDF', 'application/pdf', pdfFile()],
    ['a PDF ending with %%EOF and CRLF', 'application/pdf', bytes('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\r\n')],
    ['a PDF with %%EOF exactly 1 024 bytes from the end', 'application/pdf', bytes('%PDF-1.5\n', '%%EOF', 'x'.repeat(TAIL_BYTES - 5))],
    ['a PDF with %%EOF 1 025 bytes from the end', null, bytes('%PDF-1.5\n', '%%EOF', 'x'.repeat(TAIL_BYTES - 4))],
    ['a PDF header without %%EOF (truncated download)', null, bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
    ['%%EOF inside the header line only', null, bytes('%PDF-1.%%EOF')],
    ['a PDF 1 header preceded by a space', null, bytes(' %PDF-1.4\n%%EOF\n')],
    ['#11 §5: a PDF 2.0', 'application/pdf', bytes('%PDF-2.0\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n')],
    ['#11 §5: a PDF 2.0 header without %%EOF', null, bytes('%PDF-2.0\n1 0 obj\n<<>>\nendobj\n')],
    ['#11 §5: a PDF 3 header (no such version)', null, bytes('%PDF-3.0\n%%EOF\n')],
    ['a PNG', 'image/png', pngFile()],
    ['a PNG signature only', null, bytes(PNG_SIGNATURE)],
    ['a PNG cut before IEND', null, pngFile().subarray(0, pngFile().length - 12)],
    ['a PNG with HTML appended after IEND', null, bytes(pngFile(), '<script>alert(1)</script>')],
    ['a PNG signature with IDAT as first chunk', null, bytes(PNG_SIGNATURE, [0, 0, 0, 13], 'IDAT', Buffer.alloc(17), IEND)],
    ['a JPEG', 'image/jpeg', jpegFile()],
    ['a JPEG without its end marker (truncated)', null, jpegFile().subarray(0, jpegFile().length - 2)],
    ['a JPEG with a ZIP appended', null, bytes(jpegFile(), 'PK\u0003\u0004', Buffer.alloc(30))],
    ['#11 §5: a JPEG with 200 zero bytes of padding after its end marker', 'image/jpeg', bytes(jpegFile(), Buffer.alloc(200))],
    ['#11 §5: a JPEG with 0xFF fill after its end marker', 'image/jpeg', bytes(jpegFile(), Buffer.alloc(64, 0xff))],
    [
      '#11 §5: a JPEG with a camera maker’s trailer',
      'image/jpeg',
      bytes(jpegFile(), 'SEFH', [0, 0, 0, 1, 0x10, 0x20], 'Image_UTC_Data1764000000000SEFT'),
    ],
    ['#11 §5: a JPEG with an HTML page after its end marker', null, bytes(jpegFile(), '\n<html><script>alert(1)</script>')],
    ['#11 §5: a JPEG with a PDF after its end marker', null, bytes(jpegFile(), '%PDF-1.4\n%%EOF\n')],
    ['#11 §5: a JPEG with an ELF program after its end marker', null, bytes(jpegFile(), [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    [
      '#11 §5: a JPEG with a ZIP end record after its end marker',
      null,
      bytes(jpegFile(), Buffer.alloc(8), 'PK\u0005\u0006', Buffer.alloc(18)),
    ],
    ['#11 §5: a JPEG whose end marker is more than 1 024 bytes from the end', null, bytes(jpegFile(), Buffer.alloc(TAIL_BYTES))],
    ['FF D8 FF D9 only (no room for both markers)', null, bytes([0xff, 0xd8, 0xff, 0xd9])],
    ['FF D8 00 … FF D9 (not a JPEG start)', null, bytes([0xff, 0xd8, 0x00, 0x00, 0xff, 0xd9])],
    ['a Windows executable', null, bytes('MZ\x90\x00', Buffer.alloc(60), '%%EOF')],
    ['an HTML page', null, bytes('<!doctype html><html><body>Invoice</body></html>')],
    ['an SVG image', null, bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['a GIF image', null, bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], ';')],
    ['a ZIP archive', null, bytes('PK\u0003\u0004', Buffer.alloc(26), 'PK\u0005\u0006', Buffer.alloc(18))],
    ['plain text', null, bytes('IBAN BE71 0961 2345 6769\n')],
    ['an empty file', null, Buffer.alloc(0)],
  ])('%s → %s', (_label, expected, content) => {
    expect(detectFileType(sampleOf(content))).toBe(expected);
  });
});

describe('ContentSampler', () => {
  it('keeps the first 16 and the last 1 024 bytes of a stream, whatever the chunk sizes', () => {
    const content = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));
    for (const chunkSize of [1, 3, 15, 16, 17, 1023, 1024, 1025, 4999, 5000]) {
      const sampler = new ContentSampler();
      for (let at = 0; at < content.length; at += chunkSize) sampler.update(content.subarray(at, at + chunkSize));
      const sample = sampler.sample();
      expect(sample.size).toBe(5000);
      expect(Buffer.from(sample.head).equals(content.subarray(0, 16))).toBe(true);
      expect(Buffer.from(sample.tail).equals(content.subarray(5000 - 1024))).toBe(true);
    }
  });

  it('gives the same verdict as the whole file for a PDF streamed in small chunks', () => {
    const content = pdfFile('x', 20_000);
    const sampler = new ContentSampler();
    for (let at = 0; at < content.length; at += 100) sampler.update(content.subarray(at, at + 100));
    expect(detectFileType(sampler.sample())).toBe('application/pdf');
  });
});
