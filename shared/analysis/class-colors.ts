// One colour per class, used by every screen, chart and exported workbook, so that A looks the
// same everywhere. The letter is always shown next to the colour (never colour alone).
// `fill` is a light background for cells; `strong` is the solid colour for charts and text.

export type ClassColor = { fill: string; strong: string; text: string };

export const CLASS_COLORS: Record<string, ClassColor> = {
  A: { fill: '#D6EDDA', strong: '#2E7D4F', text: '#1B4D30' },
  B: { fill: '#F7E7B9', strong: '#C08A12', text: '#6B4C05' },
  C: { fill: '#E4E7EC', strong: '#7A8594', text: '#3D4450' },
  X: { fill: '#D7E6F5', strong: '#2F6FB0', text: '#1A3F66' },
  Y: { fill: '#E9DDF3', strong: '#7D52A8', text: '#472C61' },
  Z: { fill: '#F6DCD6', strong: '#B5533C', text: '#68291B' },
  new: { fill: '#EEF0F2', strong: '#9AA3AE', text: '#4B525B' },
};

/** Hex without '#', as ExcelJS wants it (ARGB). */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
