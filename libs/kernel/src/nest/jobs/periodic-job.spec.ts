import { Logger } from '@nestjs/common';
import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  it('never runs twice at once, and a failure is logged and answered as undefined, never thrown', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    let release: (value: number) => void = () => undefined;
    let calls = 0;
    const job = new PeriodicJob('Test', 'The test task failed', () => {
      calls += 1;
      return calls === 1
        ? new Promise<number>((resolve) => (release = resolve))
        : Promise.reject(new Error('database gone'));
    });

    const first = job.runOnce();
    await expect(job.runOnce()).resolves.toBeUndefined();
    release(7);
    await expect(first).resolves.toBe(7);
    await expect(job.runOnce()).resolves.toBeUndefined();
    expect(calls).toBe(2);
    expect(warn).toHaveBeenCalledWith('The test task failed: database gone');
    warn.mockRestore();
  });

  it('waits for a run in progress when stopped, and starts no timer for an interval of 0', async () => {
    const setIntervalSpy = jest.spyOn(global, 'setInterval');
    let finished = false;
    const job = new PeriodicJob('Test', 'failed', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished = true;
    });
    job.start(0);
    expect(setIntervalSpy).not.toHaveBeenCalled();
    void job.runOnce();
    await job.stop();
    expect(finished).toBe(true);
    setIntervalSpy.mockRestore();
  });
});
