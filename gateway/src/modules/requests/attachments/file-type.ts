/**
 * REQ-2: an attachment's type comes from its bytes, never from its name or the declared Content-Type.
 * Only three types are allowed, each recognised by how it starts AND how it ends, so that a truncated
 * file, or another file with an allowed header glued in front, is refused.
 */
export type AttachmentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** The extension a stored name must end with (the first one is added when it does not). */
export const EXTENSIONS_OF: Record<AttachmentMediaType, readonly [string, ...string[]]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

/** Bytes kept from the start of a file: enough for the PNG signature and its IHDR chunk header. */
export const HEAD_BYTES = 16;
/** Bytes kept from the end of a file: a PDF's %%EOF must lie within the last 1 024 bytes. */
export const TAIL_BYTES = 1024;

/** The start and the end of a file, which is all the detection reads. */
export interface ContentSample {
  /** The first HEAD_BYTES bytes (fewer for a shorter file). */
  head: Uint8Array;
  /** The last TAIL_BYTES bytes (fewer for a shorter file; overlaps `head` for a short file). */
  tail: Uint8Array;
  size: number;
}

/** PDF 1.x and PDF 2.0 (ISO 32000-2) share the header line; only the major version differs (issue #11 §5). */
const PDF_HEADERS = [ascii('%PDF-1.'), ascii('%PDF-2.')];
const PDF_HEADER_LENGTH = 7;
const PDF_END = ascii('%%EOF');
const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** IHDR is always the first chunk and always 13 bytes long. */
const PNG_IHDR = Uint8Array.of(0x00, 0x00, 0x00, 0x0d, ...ascii('IHDR'));
/** IEND: empty chunk, so its CRC is constant. */
const PNG_IEND = Uint8Array.of(0x00, 0x00, 0x00, 0x00, ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82);
/** Signature + IHDR chunk (4 + 4 + 13 + 4) + IEND chunk. */
const PNG_MIN_SIZE = PNG_SIGNATURE.length + 25 + PNG_IEND.length;
const JPEG_START = Uint8Array.of(0xff, 0xd8, 0xff);
const JPEG_END = Uint8Array.of(0xff, 0xd9);
/**
 * Bytes after a JPEG's end marker are common and harmless (zero or 0xFF padding, camera makers'
 * trailers): a decoder stops at the marker. What is refused is a second format hiding there — an
 * archive a ZIP reader would open from the end, a PDF, a program, or markup (issue #11 §5).
 */
const FOREIGN_IN_JPEG_TRAILER: readonly Uint8Array[] = [
  ascii('PK\u0003\u0004'),
  ascii('PK\u0005\u0006'),
  ascii('PK\u0007\u0008'),
  ascii('%PDF'),
  ascii('Rar!'),
  Uint8Array.of(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), // 7z
  Uint8Array.of(0x1f, 0x8b), // gzip
  Uint8Array.of(0x7f, 0x45, 0x4c, 0x46), // ELF
  ascii('MZ'),
  ascii('#!'),
];

/** The type of a file from its content, or null when it is none of the allowed types. */
export function detectFileType(sample: ContentSample): AttachmentMediaType | null {
  const { head, tail, size } = sample;
  const tailOffset = size - tail.length;
  if (PDF_HEADERS.some((header) => startsWith(head, header))) {
    // %%EOF after the 8-byte header line, somewhere in the last 1 024 bytes (trailing EOLs allowed).
    const at = lastIndexOf(tail, PDF_END);
    return at >= 0 && tailOffset + at >= PDF_HEADER_LENGTH + 1 ? 'application/pdf' : null;
  }
  if (startsWith(head, PNG_SIGNATURE)) {
    const hasIhdr = startsWith(head.subarray(PNG_SIGNATURE.length), PNG_IHDR);
    return size >= PNG_MIN_SIZE && hasIhdr && endsWith(tail, PNG_IEND) ? 'image/png' : null;
  }
  if (startsWith(head, JPEG_START)) {
    // The last end marker within the last 1 024 bytes, after the start marker; what follows it is
    // accepted unless it carries another format.
    const at = lastIndexOf(tail, JPEG_END);
    if (at < 0 || tailOffset + at < JPEG_START.length) return null;
    const trailer = tail.subarray(at + JPEG_END.length);
    return isInnocentTrailer(trailer) ? 'image/jpeg' : null;
  }
  return null;
}

/** The sample of content held in memory (tests, small files). */
export function sampleOf(content: Uint8Array): ContentSample {
  return {
    head: content.subarray(0, HEAD_BYTES),
    tail: content.subarray(Math.max(0, content.length - TAIL_BYTES)),
    size: content.length,
  };
}

/** Builds the sample of a file while it streams by, keeping only HEAD_BYTES + TAIL_BYTES bytes. */
export class ContentSampler {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private size = 0;

  update(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.head.length < HEAD_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    }
    // Copy: a sub-array would keep the whole (up to 64 KiB) chunk alive.
    this.tail =
      chunk.length >= TAIL_BYTES
        ? Buffer.from(chunk.subarray(chunk.length - TAIL_BYTES))
        : Buffer.concat([this.tail.subarray(Math.max(0, this.tail.length + chunk.length - TAIL_BYTES)), chunk]);
  }

  sample(): ContentSample {
    return { head: this.head, tail: this.tail, size: this.size };
  }
}

function isInnocentTrailer(trailer: Uint8Array): boolean {
  if (FOREIGN_IN_JPEG_TRAILER.some((signature) => indexOf(trailer, signature) >= 0)) return false;
  // markup: "<" followed by a letter, "!", "?" or "/" (HTML, SVG, XML, script)
  return !trailer.some((byte, index) => byte === 0x3c && isMarkupStart(trailer[index + 1]));
}

function isMarkupStart(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return byte === 0x21 || byte === 0x3f || byte === 0x2f || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  for (let start = 0; start + needle.length <= bytes.length; start += 1) {
    if (needle.every((byte, index) => bytes[start + index] === byte)) return start;
  }
  return -1;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function endsWith(bytes: Uint8Array, suffix: Uint8Array): boolean {
  const offset = bytes.length - suffix.length;
  return offset >= 0 && suffix.every((byte, index) => bytes[offset + index] === byte);
}

function lastIndexOf(bytes: Uint8Array, needle: Uint8Array): number {
  for (let start = bytes.length - needle.length; start >= 0; start -= 1) {
    if (needle.every((byte, index) => bytes[start + index] === byte)) return start;
  }
  return -1;
}
