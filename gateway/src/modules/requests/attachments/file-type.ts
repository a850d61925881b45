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

const PDF_HEADER = ascii('%PDF-1.');
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

/** The type of a file from its content, or null when it is none of the allowed types. */
export function detectFileType(sample: ContentSample): AttachmentMediaType | null {
  const { head, tail, size } = sample;
  const tailOffset = size - tail.length;
  if (startsWith(head, PDF_HEADER)) {
    // %%EOF after the 8-byte header line, somewhere in the last 1 024 bytes (trailing EOLs allowed).
    const at = lastIndexOf(tail, PDF_END);
    return at >= 0 && tailOffset + at >= PDF_HEADER.length + 1 ? 'application/pdf' : null;
  }
  if (startsWith(head, PNG_SIGNATURE)) {
    const hasIhdr = startsWith(head.subarray(PNG_SIGNATURE.length), PNG_IHDR);
    return size >= PNG_MIN_SIZE && hasIhdr && endsWith(tail, PNG_IEND) ? 'image/png' : null;
  }
  if (startsWith(head, JPEG_START)) {
    return size >= JPEG_START.length + JPEG_END.length && endsWith(tail, JPEG_END) ? 'image/jpeg' : null;
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
