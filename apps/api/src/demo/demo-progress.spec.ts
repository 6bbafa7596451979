import { plainProgress, terminalProgress } from './demo-progress';

describe('demo progress without a terminal', () => {
  it('writes one numbered line per step', () => {
    const lines: string[] = [];
    const progress = plainProgress((line) => lines.push(line));
    progress.start(2);
    progress.advance('team Rusteam');
    progress.advance('crisis plan');
    progress.stop();
    expect(lines).toEqual(['  [1/2] team Rusteam', '  [2/2] crisis plan']);
  });

  it('is chosen for a stream that is not a TTY', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (text: string) => written.push(text) };
    const progress = terminalProgress(stream as unknown as NodeJS.WriteStream);
    progress.start(1);
    progress.advance('group Opp-gruppa');
    expect(written).toEqual(['  [1/1] group Opp-gruppa\n']);
  });
});
