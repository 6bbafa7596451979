import { SingleBar, Presets } from 'cli-progress';

/** Progress of a long run: a bar on a terminal, a plain line per tenth otherwise, or nothing. */
export interface Progress {
  update(done: number, phase: string): void;
  stop(): void;
}

export function startProgress(total: number, mode: 'bar' | 'lines' | 'off'): Progress {
  if (mode === 'off') return { update: () => undefined, stop: () => undefined };
  if (mode === 'bar') {
    const bar = new SingleBar(
      { format: ' {bar} {percentage}% | {value}/{total} | {phase}', hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(total, 0, { phase: 'starting' });
    return { update: (done, phase) => bar.update(done, { phase }), stop: () => bar.stop() };
  }
  let reported = -1;
  return {
    update: (done, phase) => {
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth === reported) return;
      reported = tenth;
      console.log(`seed: ${tenth * 10}% (${done}/${total}) ${phase}`);
    },
    stop: () => undefined,
  };
}
