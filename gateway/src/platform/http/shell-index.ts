import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shell's index.html with its run-time config (remotes.json) written in (issue #16): the shell
 * reads where its tabs are without one more round trip, and starts the current tab at once. The
 * config is read again whenever either file changes, so moving a tab (OPS-3) is still one edit of
 * remotes.json, with no restart. Without a readable remotes.json the page goes out as built and the
 * shell fetches the file itself.
 */
const PLACEHOLDER = /<script id="cc-runtime-config" type="application\/json"><\/script>/;

/** JSON that cannot end the <script> element it sits in, nor open a comment or CDATA section. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function inlineRuntimeConfig(html: string, remotesJson: string | null): string {
  if (remotesJson === null) return html;
  let config: unknown;
  try {
    config = JSON.parse(remotesJson);
  } catch {
    return html;
  }
  return html.replace(PLACEHOLDER, () => `<script id="cc-runtime-config" type="application/json">${jsonForScriptElement(config)}</script>`);
}

/** Changes when the file is rewritten (or appears, or goes): when to read it again. */
export function fileStamp(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function shellIndexReader(shellDist: string): () => string {
  const indexPath = join(shellDist, 'index.html');
  const remotesPath = join(shellDist, 'remotes.json');
  let cached: { key: string; html: string } | null = null;
  return () => {
    const key = `${fileStamp(indexPath)}|${fileStamp(remotesPath)}`;
    if (cached?.key !== key) cached = { key, html: inlineRuntimeConfig(readFileSync(indexPath, 'utf8'), readOrNull(remotesPath)) };
    return cached.html;
  };
}
