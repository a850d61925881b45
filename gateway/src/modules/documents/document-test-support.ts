import AdmZip from 'adm-zip';
import { XMLParser } from 'fast-xml-parser';

/**
 * Readers the document tests use to look inside what a user downloads: the text of a PDF line by
 * line, the entries of a ZIP, a UBL file as an object. Test-only (dev dependencies).
 */

interface TextItem {
  str: string;
  transform: number[];
}

/** Text of every page, one string per printed line (items on one baseline, left to right, single-spaced). */
export async function pdfTextLines(pdf: Buffer | Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const document = await task.promise;
  const lines: string[] = [];
  try {
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const rows = new Map<number, { x: number; str: string }[]>();
      for (const item of content.items as unknown as TextItem[]) {
        if (typeof item.str !== 'string' || item.str.trim() === '') continue;
        const y = Math.round(item.transform[5] ?? 0);
        const row = rows.get(y) ?? [];
        row.push({ x: item.transform[4] ?? 0, str: item.str });
        rows.set(y, row);
      }
      for (const y of [...rows.keys()].sort((a, b) => b - a)) {
        const text = rows
          .get(y)!
          .sort((a, b) => a.x - b.x)
          .map((i) => i.str)
          .join(' ');
        lines.push(text.replace(/\s+/g, ' ').trim());
      }
    }
  } finally {
    await document.destroy();
  }
  return lines;
}

export function zipEntries(zip: Buffer): { name: string; data: Buffer }[] {
  return new AdmZip(zip).getEntries().map((entry) => ({ name: entry.entryName, data: entry.getData() }));
}

export function parseXml(xml: string): Record<string, unknown> {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, removeNSPrefix: true }).parse(
    xml,
  ) as Record<string, unknown>;
}
