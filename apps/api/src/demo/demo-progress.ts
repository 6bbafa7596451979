import { Presets, SingleBar } from 'cli-progress';
import type { DemoProgress } from './load-skien-demo';

/** A progress bar on a terminal; one plain line per step otherwise (CI logs, pipes). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): DemoProgress {
  if (!stream.isTTY) return plainProgress((line) => stream.write(`${line}\n`));
  const bar = new SingleBar(
    {
      stream,
      format: '  {bar} {value}/{total}  {step}',
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { step: 'starting' }),
    advance: (step) => bar.increment({ step }),
    stop: () => bar.stop(),
  };
}

export function plainProgress(write: (line: string) => void): DemoProgress {
  let done = 0;
  let total = 0;
  return {
    start: (count) => {
      total = count;
    },
    advance: (step) => {
      done += 1;
      write(`  [${done}/${total}] ${step}`);
    },
    stop: () => undefined,
  };
}
