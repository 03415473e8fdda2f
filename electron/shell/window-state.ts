// The window's size and position, remembered between runs in a small JSON file in the user-data
// folder. Restoring is a pure function of the saved state and the screens present now: a window
// saved on a monitor that is gone comes back centred on a screen that exists.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the window's top must be on a screen for the saved position to be kept. */
const VISIBLE_MARGIN = { width: 120, height: 40 };

export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { x, y, width, height, maximized } = raw as Record<string, unknown>;
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 100_000;
  if (!isInt(width) || !isInt(height)) return null;
  const state: WindowState = { width, height, maximized: maximized === true };
  if (isInt(x) && isInt(y)) Object.assign(state, { x, y });
  return state;
}

/** The bounds to open the window with, given what was saved and the work areas of the screens now. */
export function restoreWindowState(saved: WindowState | null, workAreas: Rect[]): WindowState {
  const largest = workAreas.reduce<Rect | null>(
    (best, area) => (best === null || area.width * area.height > best.width * best.height ? area : best),
    null,
  );
  const maxWidth = largest?.width ?? Number.MAX_SAFE_INTEGER;
  const maxHeight = largest?.height ?? Number.MAX_SAFE_INTEGER;
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));
  const width = clamp(saved?.width ?? DEFAULT_SIZE.width, MIN_SIZE.width, maxWidth);
  const height = clamp(saved?.height ?? DEFAULT_SIZE.height, MIN_SIZE.height, maxHeight);
  const state: WindowState = { width, height, maximized: saved?.maximized ?? false };
  if (saved?.x === undefined || saved.y === undefined) return state; // the OS centres the window
  const { x, y } = saved;
  const titleVisible = workAreas.some(
    (area) =>
      x + width - VISIBLE_MARGIN.width >= area.x &&
      x + VISIBLE_MARGIN.width <= area.x + area.width &&
      y >= area.y &&
      y + VISIBLE_MARGIN.height <= area.y + area.height,
  );
  return titleVisible ? { ...state, x, y } : state;
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null; // first run, or an unreadable file: start with the defaults
  }
}

/** Written to a temporary file first so that a crash mid-write never leaves half a JSON. */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}
