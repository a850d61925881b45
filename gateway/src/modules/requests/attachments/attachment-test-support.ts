import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { HttpClient } from '../../../test/http-client';

/** Test files built byte by byte, so every size and hash in the tests is exact. */

/** A real one-page PDF; `padTo` grows it with a comment inside the file, before the xref, to an exact size. */
export function pdfFile(text = 'Statuts coordonnés', padTo?: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 72 770 Td (${text.replace(/[^\x20-\x7e]/g, '?')}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const trailer = (xrefAt: number) =>
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  if (padTo === undefined) return Buffer.from(body + trailer(body.length), 'latin1');
  // A comment line grows the file; the xref offset it moves may gain a digit, hence the second pass.
  let padding = 0;
  for (let pass = 0; pass < 3; pass += 1) {
    const padded = `${body}%${'x'.repeat(padding)}\n`;
    const file = Buffer.from(padded + trailer(padded.length), 'latin1');
    if (file.length === padTo) return file;
    padding += padTo - file.length;
  }
  throw new Error(`pdfFile cannot be made ${padTo} bytes long`);
}

/** A real 2×2 RGB PNG. */
export function pngFile(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** JPEG-shaped bytes: SOI, a JFIF APP0 segment, a comment, EOI (the detection reads only the markers). */
export function jpegFile(): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x0e]), Buffer.from('receipt scan', 'latin1')]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, comment, Buffer.from([0xff, 0xd9])]);
}

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

export interface UploadPart {
  name: string;
  content: Buffer;
  /** Declared Content-Type of the part; the gateway ignores it. */
  type?: string;
  /** Field name; `files` unless a test says otherwise. */
  field?: string;
  /** Send the name as RFC 5987 `filename*=UTF-8''…` (how a NUL can reach the parser). */
  encodedName?: boolean;
}

export interface UploadAnswer {
  status: number;
  body: {
    attachments?: { id: string; fileName: string; mediaType: string; sizeBytes: number }[];
    error?: { code: string; message: string; files?: { name: string; code: string; message: string }[] };
  };
}

/**
 * A multipart body written by hand (not FormData), so that tests control every byte of the part
 * headers: names with paths, backslashes or a NUL, declared types that lie.
 */
export function multipartBody(parts: UploadPart[], fields: Record<string, string> = {}): { body: Buffer; contentType: string } {
  const boundary = `----cc-test-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, 'utf8'));
  }
  for (const part of parts) {
    const quoted = part.name.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const filename = part.encodedName ? `filename*=UTF-8''${encodeURIComponent(part.name)}` : `filename="${quoted}"`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.field ?? 'files'}"; ${filename}\r\n` +
          `Content-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`,
        'utf8',
      ),
      part.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function cookieHeader(client: HttpClient): Record<string, string> {
  return client.cookies.size ? { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
}

/** POST /uploads as the shell does: session cookie plus the preflight header. */
export async function upload(
  client: HttpClient,
  parts: UploadPart[],
  options: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<UploadAnswer> {
  const { body, contentType } = multipartBody(parts, options.fields);
  const response = await fetch(`${client.base}/uploads`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'apollo-require-preflight': 'true', ...cookieHeader(client), ...options.headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** GET /attachments/:id with the client's cookies. */
export async function download(client: HttpClient, id: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${client.base}/attachments/${encodeURIComponent(id)}`, { headers: { ...cookieHeader(client), ...headers } });
}

/** Every file under a folder, temporary ones included, as paths relative to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}
