/**
 * RFC 6266 Content-Disposition with both a plain ASCII `filename` (only [A-Za-z0-9._-], accents
 * dropped, anything else an underscore) for old clients and the exact UTF-8 name in `filename*`
 * (RFC 8187), so a header can never be broken or spoofed by a name.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  // Path separators and control characters have no place in a file name, whatever the encoding.
  // eslint-disable-next-line no-control-regex -- stripping control characters on purpose
  const safe = fileName.replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim() || 'download';
  const ascii =
    safe
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .replace(/^\.+/, '_') || 'download';
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(safe)}`;
}

/** Percent-encodes everything outside RFC 8187's attr-char (encodeURIComponent leaves ' ( ) * alone). */
function encodeRfc8187(value: string): string {
  const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '_');
  return encodeURIComponent(wellFormed).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
