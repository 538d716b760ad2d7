// `npm pack` run on a copy of the project in a temporary folder (so dist/ here is never touched), and the
// tarball unpacked where an install would put it: `<dir>/host/node_modules/wellbeing-conversation-guide`,
// beside the project's own dependencies, so that they resolve from it as from an installed package.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const modules = join(root, 'node_modules');
const copied = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'tsconfig.json', 'tsconfig.build.json', 'docs', 'src', 'components', 'locales', 'scripts', 'bin', 'demo'];

/** Packs the project and unpacks the tarball. Resolves to the temporary folder, the host folder and the package's folder. */
export function packAndUnpack(prefix = 'wcg-pack-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const project = join(dir, 'project');
  mkdirSync(project);
  for (const name of copied) cpSync(join(root, name), join(project, name), { recursive: true });
  symlinkSync(modules, join(project, 'node_modules'), 'dir');
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [{ filename }] = JSON.parse(out.slice(out.indexOf('[\n')));
  const host = join(dir, 'host');
  const hostModules = join(host, 'node_modules');
  mkdirSync(hostModules, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', hostModules]);
  const pkg = join(hostModules, 'wellbeing-conversation-guide');
  renameSync(join(hostModules, 'package'), pkg);
  for (const name of readdirSync(modules)) {
    if (!existsSync(join(hostModules, name))) symlinkSync(join(modules, name), join(hostModules, name), 'dir');
  }
  return { dir, host, pkg, tarball: join(dir, filename) };
}
