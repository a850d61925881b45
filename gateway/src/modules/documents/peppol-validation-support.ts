import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Issue #12 §6 (DOC-6): validates UBL files the way the official Peppol validators do — the UBL 2.1
 * XSD with xmllint, then the EN 16931 and Peppol BIS Billing 3.0 Schematron (compiled XSLT 2.0, run
 * by Saxon-HE) — with the offline copy of the rules in ../shared/peppol beside the repository root.
 * Test-only: it runs Debian's libxml2-utils and libsaxonhe-java (installed by .ci/run).
 */
export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..', '..');
export const PEPPOL_DIR = resolve(REPOSITORY_ROOT, '..', 'shared', 'peppol');
const SAXON_JARS = ['/usr/share/java/Saxon-HE.jar'];
const SCHEMATRONS = ['CEN-EN16931-UBL.xslt', 'PEPPOL-EN16931-UBL.xslt'] as const;

export interface ValidationTools {
  xmllint: string;
  java: string;
  saxonJar: string;
}

/** The tools, or why they cannot be used: the message says what to install. */
export function validationTools(): { ok: true; tools: ValidationTools } | { ok: false; missing: string } {
  const missing: string[] = [];
  const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
  const xmllint = onPath('xmllint');
  const java = onPath('java');
  const saxonJar = SAXON_JARS.find((jar) => existsSync(jar)) ?? '';
  if (!xmllint) missing.push('xmllint (apt-get install libxml2-utils)');
  if (!java) missing.push('java (apt-get install default-jre-headless)');
  if (!saxonJar) missing.push('Saxon-HE (apt-get install libsaxonhe-java)');
  if (!existsSync(join(PEPPOL_DIR, 'xslt', SCHEMATRONS[1])))
    missing.push(`the Peppol rules in ${PEPPOL_DIR} (shared/ beside the repository)`);
  return missing.length
    ? { ok: false, missing: `UBL validation needs ${missing.join(', ')}` }
    : { ok: true, tools: { xmllint, java, saxonJar } };
}

export interface ValidationFinding {
  file: string;
  /** 'xsd', or the Schematron that fired. */
  source: string;
  /** The assert's id and flag (fatal, error, warning), or the schema error. */
  rule: string;
  message: string;
}

const rootOf = (xml: string): 'Invoice' | 'CreditNote' => (/<CreditNote[\s>]/.test(xml) ? 'CreditNote' : 'Invoice');

/**
 * Every failed assert (any flag) and every schema error of the UBL files in `dir`. One xmllint run per
 * document type and one Saxon run per Schematron over the whole folder: a JVM start per file would
 * take minutes.
 */
export function validateUblFolder(dir: string, tools: ValidationTools): ValidationFinding[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
  const findings: ValidationFinding[] = [];
  for (const type of ['Invoice', 'CreditNote'] as const) {
    const ofType = files.filter((f) => rootOf(readFileSync(join(dir, f), 'utf8')) === type);
    if (ofType.length === 0) continue;
    const schema = join(PEPPOL_DIR, 'xsd', 'maindoc', `UBL-${type}-2.1.xsd`);
    const run = spawnSync(tools.xmllint, ['--noout', '--schema', schema, ...ofType.map((f) => join(dir, f))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const line of run.stderr.split('\n')) {
      const match = /^(.*?\.xml):(\d+): (.*)$/.exec(line);
      if (match) findings.push({ file: match[1]!.split('/').pop()!, source: 'xsd', rule: `line ${match[2]}`, message: match[3]! });
    }
    if (run.status !== 0 && !findings.some((f) => f.source === 'xsd')) {
      findings.push({ file: '(all)', source: 'xsd', rule: `exit ${run.status}`, message: run.stderr.trim() || String(run.error) });
    }
  }
  for (const schematron of SCHEMATRONS) {
    const out = join(dir, `svrl-${schematron}`);
    mkdirSync(out, { recursive: true });
    const inputDir = join(dir, 'input');
    mkdirSync(inputDir, { recursive: true });
    for (const file of files) writeFileSync(join(inputDir, file), readFileSync(join(dir, file)));
    const run = spawnSync(
      tools.java,
      ['-jar', tools.saxonJar, `-s:${inputDir}`, `-xsl:${join(PEPPOL_DIR, 'xslt', schematron)}`, `-o:${out}`],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) {
      findings.push({ file: '(all)', source: schematron, rule: `exit ${run.status}`, message: run.stderr.trim() || String(run.error) });
      continue;
    }
    for (const file of files) {
      const svrlPath = join(out, file);
      if (!existsSync(svrlPath)) {
        findings.push({ file, source: schematron, rule: 'no report', message: 'Saxon wrote no SVRL report for this file' });
        continue;
      }
      findings.push(...failedAsserts(readFileSync(svrlPath, 'utf8')).map((f) => ({ file, source: schematron, ...f })));
    }
  }
  return findings;
}

/** The svrl:failed-assert elements of a report, whatever their flag. */
export function failedAsserts(svrl: string): { rule: string; message: string }[] {
  const asserts: { rule: string; message: string }[] = [];
  for (const match of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)) {
    const attributes = match[1] ?? '';
    const id = /\bid="([^"]*)"/.exec(attributes)?.[1] ?? '?';
    const flag = /\bflag="([^"]*)"/.exec(attributes)?.[1] ?? '?';
    const text = /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(match[2] ?? '')?.[1] ?? '';
    asserts.push({ rule: `${id} (${flag})`, message: text.replace(/\s+/g, ' ').trim() });
  }
  return asserts;
}
