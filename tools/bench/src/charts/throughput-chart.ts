import { legend, niceMax, PALETTE, svgDocument, text } from './svg';

export interface ThroughputBar {
  label: string;
  /** One value per series, e.g. API and minimal SQL; undefined when the series has none. */
  values: (number | undefined)[];
}

/** Horizontal grouped bars: requests per second per scenario, one bar per series. */
export function throughputChart(
  title: string,
  series: readonly string[],
  bars: readonly ThroughputBar[],
): string {
  const left = 260;
  const width = 860;
  const plotWidth = width - left - 40;
  const barHeight = 12;
  const groupHeight = series.length * barHeight + 10;
  const top = 40;
  const height = top + bars.length * groupHeight + 60;
  const max = niceMax(Math.max(1, ...bars.flatMap((bar) => bar.values.map((value) => value ?? 0))));
  const x = (value: number) => left + (value / max) * plotWidth;
  const body: string[] = [];
  for (let tick = 0; tick <= 5; tick += 1) {
    const value = (max / 5) * tick;
    body.push(
      `<line x1="${x(value)}" y1="${top}" x2="${x(value)}" y2="${height - 50}" stroke="#ddd"/>`,
    );
    body.push(text(x(value), height - 36, value.toLocaleString('en-US'), 'text-anchor="middle"'));
  }
  bars.forEach((bar, i) => {
    const y = top + i * groupHeight;
    body.push(text(left - 8, y + groupHeight / 2, bar.label, 'text-anchor="end"'));
    bar.values.forEach((value, s) => {
      if (value === undefined) return;
      const barY = y + s * barHeight;
      body.push(
        `<rect x="${left}" y="${barY}" width="${Math.max(1, x(value) - left).toFixed(1)}" height="${barHeight - 2}" fill="${PALETTE[s % PALETTE.length]}"/>`,
      );
      body.push(
        text(
          x(value) + 4,
          barY + barHeight - 3,
          Math.round(value).toLocaleString('en-US'),
          'font-size="10"',
        ),
      );
    });
  });
  body.push(text(left + plotWidth / 2, height - 18, 'requests per second', 'text-anchor="middle"'));
  body.push(...legend(width - 200, 44, series));
  return svgDocument(width, height, title, body);
}
