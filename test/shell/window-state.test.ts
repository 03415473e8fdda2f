import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  parseWindowState,
  restoreWindowState,
  saveWindowState,
} from '../../electron/shell/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const secondMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };
const dir = mkdtempSync(join(tmpdir(), 'clave-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('window size and position', () => {
  it('opens at the default size, centred by the system, the first time', () => {
    expect(restoreWindowState(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('comes back where it was when that screen is still there', () => {
    const saved = { x: 2100, y: 80, width: 1600, height: 1000, maximized: false };
    expect(restoreWindowState(saved, [laptop, secondMonitor])).toEqual(saved);
  });

  it('comes back on a screen that exists when its monitor is gone', () => {
    const saved = { x: 2100, y: 80, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1600, height: 1000, maximized: true });
  });

  it('never opens smaller than usable nor larger than the largest screen', () => {
    expect(restoreWindowState({ width: 10, height: 10, maximized: false }, [laptop])).toMatchObject(MIN_SIZE);
    expect(restoreWindowState({ width: 9000, height: 9000, maximized: false }, [laptop, secondMonitor])).toMatchObject({
      width: 2560,
      height: 1400,
    });
  });

  it('ignores a damaged or hand-edited file', () => {
    expect(parseWindowState('{not json')).toBeNull();
    expect(parseWindowState('[]')).toBeNull();
    expect(parseWindowState('{"width":"big","height":800}')).toBeNull();
    expect(parseWindowState('{"width":1200.5,"height":800}')).toBeNull();
    expect(parseWindowState('{"width":1200,"height":800,"x":"left"}')).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('is kept in a small JSON file between runs', () => {
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { x: 40, y: 30, width: 1400, height: 900, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: false });
    expect(loadWindowState(file)).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: false });
    writeFileSync(file, 'garbage');
    expect(loadWindowState(file)).toBeNull();
  });
});
