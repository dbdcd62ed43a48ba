/*
 * The tools the tests need from the system (Chromium, Firefox, WebKitGTK, Java): found where they are,
 * or, as root on Debian or Ubuntu, installed with apt-get; anywhere else the run stops with the command
 * to type. A missing tool is a failure, never a skip.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Returns what find() finds; when it finds nothing, installs the packages where it can and looks again.
 * @template T
 * @param {{ find: () => T | null, packages: string[], what: string, otherwise: string }} tool
 * @returns {T}
 */
export function ensureTool({ find, packages, what, otherwise }) {
  const found = find();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    console.log(`${what} not found: installing Debian's ${packages.join(' ')} with apt-get.`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = find();
    if (installed) return installed;
  }
  console.error(
    `The tests need ${what}, and none was found.\nRun: ${isDebianLike() ? `sudo apt-get install -y ${packages.join(' ')}` : otherwise}\nthen run npm test again.`,
  );
  process.exit(1);
}
