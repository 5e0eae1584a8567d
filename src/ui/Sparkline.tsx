// A small SVG line of recent values; decorative next to the number it illustrates.
export function sparkPoints(values: readonly number[], width: number, height: number, max?: number): string {
  if (values.length === 0) return '';
  const top = Math.max(max ?? 0, ...values, 1e-9);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => `${(i * step).toFixed(1)},${(height - 1 - (Math.max(0, v) / top) * (height - 2)).toFixed(1)}`).join(' ');
}

export function Sparkline({ values, label, max, tone = 'neutral' }: { values: readonly number[]; label: string; max?: number; tone?: 'neutral' | 'bad' }) {
  const width = 96;
  const height = 28;
  return (
    <svg className={`spark spark--${tone}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <polyline points={sparkPoints(values, width, height, max)} fill="none" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
