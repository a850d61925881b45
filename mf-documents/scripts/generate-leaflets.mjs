// HLP-1: turns the guides' texts (leaflet-texts.mjs) into PDFs, one per topic and language, in
// dist/leaflets — served with the tab wherever it is deployed. Runs after webpack (which cleans dist).
// `node scripts/generate-leaflets.mjs [outDir]`
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { footer, leafletTexts } from './leaflet-texts.mjs';

const outDir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist', 'leaflets');
// The kit's tokens (ui/src/tokens/design-tokens.ts): primary and text colours, AA contrast on white.
const PRIMARY = '#005a51';
const TEXT = '#1b1f24';
const MUTED = '#4b5663';
// A fixed date keeps the files byte-stable from one build to the next.
const BUILT = new Date('2026-01-01T00:00:00Z');

function writeLeaflet(topic, language, text) {
  const file = join(outDir, `customer-corner-${topic}-${language}.pdf`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    lang: { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE' }[language],
    displayTitle: true,
    info: { Title: `Customer Corner — ${text.title}`, Author: 'Customer Corner', Subject: text.intro, CreationDate: BUILT, ModDate: BUILT },
  });
  const done = new Promise((resolve, reject) => {
    const stream = createWriteStream(file);
    stream.on('finish', resolve);
    stream.on('error', reject);
    doc.pipe(stream);
  });
  const width = doc.page.width - 112;

  doc.rect(0, 0, doc.page.width, 96).fill(PRIMARY);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(11).text('CUSTOMER CORNER', 56, 28, { characterSpacing: 1.5 });
  doc.font('Helvetica-Bold').fontSize(20).text(text.title, 56, 48, { width });
  doc.y = 120;
  doc.fillColor(TEXT).font('Helvetica').fontSize(12).text(text.intro, 56, doc.y, { width, lineGap: 2 });

  for (const section of text.sections) {
    doc.moveDown(1.1);
    doc.fillColor(PRIMARY).font('Helvetica-Bold').fontSize(14).text(section.heading, 56, doc.y, { width });
    doc.moveDown(0.4);
    section.items.forEach((item, index) => {
      const top = doc.y;
      // The number in its own margin column, the text beside it on the same line.
      doc
        .fillColor(TEXT)
        .font('Helvetica-Bold')
        .fontSize(11)
        .text(`${index + 1}.`, 56, top, { width: 20 });
      doc
        .font('Helvetica')
        .fontSize(11)
        .text(item, 80, top, { width: width - 24, lineGap: 2 });
      doc.moveDown(0.4);
    });
  }

  doc.moveDown(1.5);
  doc
    .moveTo(56, doc.y)
    .lineTo(56 + width, doc.y)
    .strokeColor(PRIMARY)
    .lineWidth(1)
    .stroke();
  doc.moveDown(0.6);
  doc.fillColor(MUTED).font('Helvetica-Oblique').fontSize(10).text(footer[language], 56, doc.y, { width });
  doc.end();
  return done;
}

mkdirSync(outDir, { recursive: true });
const written = [];
for (const [topic, languages] of Object.entries(leafletTexts)) {
  for (const [language, text] of Object.entries(languages)) {
    await writeLeaflet(topic, language, text);
    written.push(`${topic}-${language}`);
  }
}
console.log(`Leaflets: ${written.length} PDFs in ${outDir}`);
