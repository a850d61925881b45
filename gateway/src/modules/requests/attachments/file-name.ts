import { EXTENSIONS_OF, type AttachmentMediaType } from './file-type';

export const MAX_FILE_NAME_LENGTH = 150;
/** Longer raw names are not file names a person chose: refused rather than guessed at. */
const MAX_RAW_NAME_LENGTH = 1024;

/**
 * Why a raw name is refused outright (NAME_INVALID), or null. A NUL cuts names in two in C-based
 * tools ("invoice.pdf\0.exe"), so such a name is an attack, not a typo: nothing to repair.
 */
export function fileNameProblem(raw: string): string | null {
  if (raw.includes('\u0000')) return 'The file name contains a NUL character';
  if (raw.length > MAX_RAW_NAME_LENGTH) return `The file name is longer than ${MAX_RAW_NAME_LENGTH} characters`;
  return null;
}

/**
 * The name shown and offered on download: no path, no control or invisible characters, only letters
 * (any script), digits, space and . - _ ( ), at most 150 characters, and ending with the extension of
 * the detected type so that a saved file opens as what it is. The name on disk is never this one.
 */
export function sanitizeFileName(raw: string, mediaType: AttachmentMediaType): string {
  const extensions = EXTENSIONS_OF[mediaType];
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = lastSegment
    // control, format (bidi overrides, zero-width) and line/paragraph separators: dropped
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\p{Zs}/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N} .\-_()]/gu, '')
    .replace(/\.{2,}/g, '.')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s.-]+/, '')
    .replace(/[\s.]+$/, '');
  const current = /\.[^.]*$/.exec(name)?.[0] ?? '';
  const keepsExtension = extensions.includes(current.toLowerCase());
  const extension = keepsExtension ? current : extensions[0];
  const base = Array.from(keepsExtension ? name.slice(0, name.length - current.length) : name)
    .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
    .join('')
    .replace(/[\s.]+$/, '');
  return `${base || 'attachment'}${extension}`;
}
