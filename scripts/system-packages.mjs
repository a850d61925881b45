// The few Debian packages the test suite drives from outside Node: Chromium for the browser journeys,
// xmllint and Saxon-HE (on a Java runtime) for the Peppol validation of every UBL file (issue #12 §6).
// `pnpm test` installs the missing ones itself on a Debian machine where it runs as root (this
// project's machines and CI), so the README's test command sets up everything; elsewhere it says
// what to install, and the tests that need them fail with the same words.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const NEEDS = [
  { what: 'Chromium (browser journeys)', present: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { what: 'xmllint (UBL 2.1 schema check)', present: () => onPath('xmllint'), packages: ['libxml2-utils'] },
  { what: 'Java runtime (Saxon-HE)', present: () => onPath('java'), packages: ['default-jre-headless'] },
  { what: 'Saxon-HE (Peppol Schematron)', present: () => existsSync('/usr/share/java/Saxon-HE.jar'), packages: ['libsaxonhe-java'] },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function ensureSystemPackages() {
  const missing = NEEDS.filter((need) => !need.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((need) => need.packages);
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (!canInstall) {
    console.log(
      `Missing for some tests: ${missing.map((need) => need.what).join(', ')}. Install: apt-get install -y ${packages.join(' ')}`,
    );
    return;
  }
  console.log(`Installing Debian packages for the tests: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const result = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  if (result.status !== 0) console.log(`apt-get could not install ${packages.join(' ')}: the tests that need them will fail`);
}
