import { create } from 'content-disposition';

/**
 * Content-Disposition of every download (RFC 6266): the `content-disposition` package quotes and
 * encodes, and all downloads share one ASCII fallback for old clients — only [A-Za-z0-9._-],
 * accents dropped, anything else an underscore — while `filename*` (RFC 8187) keeps the exact
 * UTF-8 name, so a name can never break or spoof the header.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  // Path separators and control characters have no place in a file name, whatever the encoding;
  // a lone surrogate would make encodeURIComponent throw.
  const safe =
    fileName
      // eslint-disable-next-line no-control-regex -- stripping control characters on purpose
      .replace(/[\u0000-\u001f\u007f/\\]/g, '_')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '_')
      .trim() || 'download';
  return create(safe, { type, fallback: asciiFallback(safe) });
}

function asciiFallback(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]/g, '_')
      // a name starting with dots would be a hidden file once saved
      .replace(/^\.+/, '_') || 'download'
  );
}
