// `npm run dist` is never run in CI (it needs Electron's runtime download): this checks what can
// be checked without it, with electron-builder's own schema validation.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder configuration', () => {
  it('is accepted by electron-builder', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { add(): void; isEnabled: boolean }): Promise<void>;
    };
    await expect(validateConfiguration(config, { add() {}, isEnabled: false })).resolves.toBeUndefined();
  });

  it('names the app and builds the installers of every desktop OS', () => {
    expect(config.appId).toBe('app.clave.desktop');
    expect(config.productName).toBe('Clave');
    const targets = (os: string) => (config[os] as { target: string[] }).target;
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**']));
  });

  it('keeps every script of ours inside the asar archive, whose integrity the fuses check', () => {
    // Nothing unpacked by us: workers, their chunks, the backend and its read workers load from inside app.asar.
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
    expect(config.electronFuses).toMatchObject({ enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true, runAsNode: false });
    const built = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js'));
    expect(built).toEqual(expect.arrayContaining(['import-worker.js', 'export-worker.js', 'analysis-worker.js', 'run-writer.js', 'read-worker.js', 'backend.js', 'electron-main.js']));
    // The backend finds its read workers beside it (electron/api/backend-entry.ts), and nothing leaves them out of the package.
    const excluded = (config.files as string[]).filter((f) => f.startsWith('!'));
    expect(excluded.some((f) => /read-worker|run-writer|backend/.test(f))).toBe(false);
    expect(built.some((f) => f.startsWith('worker-'))).toBe(true); // exceljs in a chunk of their own
    // The worker lookup never points outside the archive.
    expect(readFileSync(join(root, 'electron', 'worker-script.ts'), 'utf8')).not.toContain('app.asar.unpacked');
  });

  it('has a 512×512 PNG icon', () => {
    const png = readFileSync(join(root, String(config.icon)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });

  it('restores the Node build of better-sqlite3 after packaging', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toContain('electron-builder --config build/electron-builder.yml');
    expect(pkg.scripts.dist).toMatch(/npm rebuild better-sqlite3$/);
  });
});

describe('ensure-electron (npm install)', () => {
  it('never fails the install, and says plainly when the runtime cannot be had', async () => {
    // A mirror on a closed local port makes the download fail at once, whatever the network.
    const env = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_SKIP_BINARY_DOWNLOAD: '' };
    const run = spawnSync(process.execPath, [join(root, 'build', 'ensure-electron.mjs')], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const { electronRuntime } = (await import(join(root, 'build', 'ensure-electron.mjs'))) as { electronRuntime(): string | null };
    if (electronRuntime() === null) {
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toMatch(/^Electron runtime not available here \(.+\): npm start will use the web host\.\n$/);
    }
  });
});
