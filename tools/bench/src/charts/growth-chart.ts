import { legend, niceMax, PALETTE, svgDocument, text } from './svg';

export interface GrowthLine {
  name: string;
  points: { clients: number; value: number }[];
}

/** Lines of latency (p50, ms) against the municipality's size (clients, log scale). */
export function growthChart(title: string, lines: readonly GrowthLine[]): string {
  const width = 640;
  const height = 380;
  const left = 60;
  const right = 170;
  const top = 40;
  const bottom = 60;
  const sizes = [
    ...new Set(lines.flatMap((line) => line.points.map((point) => point.clients))),
  ].sort((a, b) => a - b);
  const low = Math.log10(sizes[0] ?? 1);
  const high = Math.max(low + 1e-9, Math.log10(sizes.at(-1) ?? 10));
  const max = niceMax(
    Math.max(1, ...lines.flatMap((line) => line.points.map((point) => point.value))),
  );
  const x = (clients: number) =>
    left + ((Math.log10(clients) - low) / (high - low)) * (width - left - right);
  const y = (value: number) => height - bottom - (value / max) * (height - top - bottom);
  const body: string[] = [];
  for (let tick = 0; tick <= 5; tick += 1) {
    const value = (max / 5) * tick;
    body.push(
      `<line x1="${left}" y1="${y(value)}" x2="${width - right}" y2="${y(value)}" stroke="#ddd"/>`,
    );
    body.push(
      text(left - 6, y(value) + 4, String(Math.round(value * 100) / 100), 'text-anchor="end"'),
    );
  }
  for (const clients of sizes) {
    body.push(
      text(
        x(clients),
        height - bottom + 16,
        clients.toLocaleString('en-US'),
        'text-anchor="middle"',
      ),
    );
  }
  lines.forEach((line, i) => {
    const colour = PALETTE[i % PALETTE.length];
    const path = line.points
      .map((point) => `${x(point.clients).toFixed(1)},${y(point.value).toFixed(1)}`)
      .join(' ');
    body.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const point of line.points) {
      body.push(
        `<circle cx="${x(point.clients).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="3" fill="${colour}"/>`,
      );
    }
  });
  body.push(
    text(
      (left + width - right) / 2,
      height - 20,
      'clients in the municipality (1 staff per 50; log scale)',
      'text-anchor="middle"',
    ),
  );
  body.push(
    text(
      14,
      (top + height - bottom) / 2,
      'p50 latency, ms',
      `text-anchor="middle" transform="rotate(-90 14 ${(top + height - bottom) / 2})"`,
    ),
  );
  body.push(
    ...legend(
      width - right + 14,
      top + 10,
      lines.map((line) => line.name),
    ),
  );
  return svgDocument(width, height, title, body);
}
