import PDFDocument from 'pdfkit';
import type { DocumentLabels } from './document-labels';
import { SELLER } from './seller-identity';

/**
 * A thin layer over pdfkit for the documents we print: A4, one column of blocks, tables that repeat
 * their header on a new page, and a footer with the seller's identity and the page number. Pages are
 * not buffered: pdfkit writes each finished page to its stream, so a long statement stays small in memory.
 */
export const PAGE = { left: 50, right: 545, top: 50, bottom: 770, width: 495 } as const;
const FOOTER_Y = 800;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

export interface PdfInfo {
  title: string;
  /** ISO date: also the PDF's creation date, so the same document renders to the same bytes. */
  date: string;
  language: string;
}

export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  y: number = PAGE.top;
  private pageNumber = 1;

  constructor(
    info: PdfInfo,
    private readonly labels: DocumentLabels,
  ) {
    const created = new Date(`${info.date}T00:00:00.000Z`);
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.top, left: PAGE.left, right: 595.28 - PAGE.right, bottom: 40 },
      info: { Title: info.title, Author: SELLER.name, Creator: 'Customer Corner', CreationDate: created, ModDate: created },
      lang: info.language,
      displayTitle: true,
    });
    this.footer();
  }

  /** Writes text at the current line and moves down; returns the height used. */
  line(text: string, options: { x?: number; width?: number; size?: number; bold?: boolean; align?: 'left' | 'right' } = {}): number {
    const x = options.x ?? PAGE.left;
    const width = options.width ?? PAGE.right - x;
    this.doc.font(options.bold ? BOLD : FONT).fontSize(options.size ?? 9);
    const height = this.doc.heightOfString(text, { width });
    this.ensureSpace(height);
    this.doc.text(text, x, this.y, { width, align: options.align ?? 'left', lineBreak: true });
    this.y += height + 2;
    return height;
  }

  /** A label and its value on one line, the value starting at a fixed column. */
  field(label: string, value: string, options: { x?: number; valueX?: number; bold?: boolean } = {}): void {
    const x = options.x ?? PAGE.left;
    const valueX = options.valueX ?? x + 130;
    this.ensureSpace(12);
    this.doc
      .font(FONT)
      .fontSize(9)
      .text(label, x, this.y, { width: valueX - x - 6, lineBreak: false });
    this.doc
      .font(options.bold ? BOLD : FONT)
      .fontSize(9)
      .text(value, valueX, this.y, { width: PAGE.right - valueX, lineBreak: false });
    this.y += 13;
  }

  /** A label on the left of a right-aligned amount column, for totals. */
  total(label: string, amount: string, options: { bold?: boolean } = {}): void {
    this.ensureSpace(14);
    const font = options.bold ? BOLD : FONT;
    this.doc.font(font).fontSize(options.bold ? 10 : 9);
    this.doc.text(label, 300, this.y, { width: 140, lineBreak: false });
    this.doc.text(amount, 440, this.y, { width: PAGE.right - 440, align: 'right', lineBreak: false });
    this.y += options.bold ? 16 : 13;
  }

  gap(points: number): void {
    this.y += points;
  }

  rule(): void {
    this.ensureSpace(6);
    this.doc.moveTo(PAGE.left, this.y).lineTo(PAGE.right, this.y).lineWidth(0.5).strokeColor('#888888').stroke();
    this.y += 5;
  }

  /** Table header (repeated after a page break by `row`). */
  tableHeader(columns: readonly Column[]): void {
    this.doc.font(BOLD).fontSize(8);
    const height = Math.max(...columns.map((c) => this.doc.heightOfString(c.header, { width: c.width - 4 })));
    this.ensureSpace(height + 14, false);
    let x = PAGE.left;
    for (const column of columns) {
      this.doc.text(column.header, x, this.y, { width: column.width - 4, align: column.align ?? 'left' });
      x += column.width;
    }
    this.y += height + 3;
    this.rule();
  }

  row(columns: readonly Column[], values: readonly string[], options: { bold?: boolean } = {}): void {
    this.doc.font(options.bold ? BOLD : FONT).fontSize(8);
    const height = Math.max(...columns.map((c, i) => this.doc.heightOfString(values[i] ?? '', { width: c.width - 4 })));
    if (this.y + height > PAGE.bottom) {
      this.newPage();
      this.tableHeader(columns);
      this.doc.font(options.bold ? BOLD : FONT).fontSize(8);
    }
    let x = PAGE.left;
    columns.forEach((column, i) => {
      this.doc.text(values[i] ?? '', x, this.y, { width: column.width - 4, align: column.align ?? 'left' });
      x += column.width;
    });
    this.y += height + 3;
  }

  ensureSpace(height: number, allowAtTop = true): void {
    if (this.y + height > PAGE.bottom && (allowAtTop || this.y > PAGE.top)) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.pageNumber += 1;
    this.y = PAGE.top;
    this.footer();
  }

  end(): PDFKit.PDFDocument {
    this.doc.end();
    return this.doc;
  }

  private footer(): void {
    const { doc } = this;
    // Below the bottom margin pdfkit would open a new page: lift the margin while writing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(7)
      .fillColor('#444444')
      .text(
        `${SELLER.name} · ${SELLER.address.street}, ${SELLER.address.postalCode} ${SELLER.address.city} · ${SELLER.vatNumber} · ${SELLER.email}`,
        PAGE.left,
        FOOTER_Y,
        { width: PAGE.width - 60, lineBreak: false },
      );
    doc.text(this.labels.page(this.pageNumber), PAGE.right - 60, FOOTER_Y, { width: 60, align: 'right', lineBreak: false });
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
}

/** Collects a finished pdfkit document into one Buffer (small documents: zips, tests, benchmarks). */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
