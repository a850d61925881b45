// Brotli and gzip copies of every text file a browser downloads (issue #16), written beside it at
// build time (`main.js` → `main.js.br`, `main.js.gz`) so that no server compresses on the fly: the
// gateway in `pnpm start`, scripts/serve-static.mjs and the nginx images all send these same bytes.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What is worth compressing: text a browser fetches. Source maps are fetched by developer tools only. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|webmanifest)$/;
/** Below this, the compressed copy saves less than a packet. */
export const MIN_BYTES = 512;

export function compressedCopies(bytes) {
  return {
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gz: gzipSync(bytes, { level: 9 }),
  };
}

/** Writes FILE.br and FILE.gz beside FILE (when it is compressible and large enough); returns whether it did. */
export function precompressFile(file) {
  if (!COMPRESSIBLE.test(file)) return false;
  const bytes = readFileSync(file);
  if (bytes.length < MIN_BYTES) {
    // A rewritten file (remotes.json) must never be shadowed by the copies of its former text.
    rmSync(`${file}.br`, { force: true });
    rmSync(`${file}.gz`, { force: true });
    return false;
  }
  const { br, gz } = compressedCopies(bytes);
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  return true;
}

/** Precompresses every file of a folder (recursively); returns how many got copies. */
export function precompressFolder(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) count += precompressFolder(path);
    else if (precompressFile(path)) count += 1;
  }
  return count;
}

/**
 * The encoding to send for an Accept-Encoding header, among those a file has copies in: brotli
 * first, then gzip; `null` for the file as it is. A coding refused with q=0 is never chosen.
 */
export function chooseEncoding(acceptEncoding, available = ['br', 'gzip']) {
  const accepted = new Map();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const wildcard = accepted.get('*') ?? 0;
  for (const coding of ['br', 'gzip']) {
    if (!available.includes(coding)) continue;
    const q = accepted.has(coding) ? accepted.get(coding) : wildcard;
    if (q > 0) return coding;
  }
  return null;
}

/** The suffix of a coding's precompressed copy. */
export const COPY_SUFFIX = { br: '.br', gzip: '.gz' };
