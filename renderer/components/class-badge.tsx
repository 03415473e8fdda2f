// A class shown the same way everywhere: its letter on its colour (never the colour alone).
import { CLASS_COLORS } from '../../shared/analysis/class-colors';

export function ClassBadge({ value, title }: { value: string | null; title?: string }) {
  const key = value ?? 'new';
  const color = CLASS_COLORS[key] ?? CLASS_COLORS.new!;
  return (
    <span className="class-badge" style={{ background: color.fill, color: color.text, borderColor: color.strong }} title={title}>
      {value ?? '–'}
    </span>
  );
}
