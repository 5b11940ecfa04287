import { describe, expect, it } from 'vitest';
import { runNode } from './run-node.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('runNode', () => {
  it('returns the status and what the command printed', async () => {
    const run = await runNode(['-e', 'console.log("out"); console.error("err"); process.exitCode = 3']);
    expect(run).toEqual({ status: 3, stdout: 'out\n', stderr: 'err\n', output: 'out\nerr\n' });
  });

  it('stops a command that outlives its time and fails, naming it and what it printed', async () => {
    const started = Date.now();
    await expect(runNode(['-e', 'console.log("waiting"); setInterval(() => {}, 1000)'], { timeoutMs: 1000 })).rejects.toThrow(
      /`node -e .*` did not finish within 1 s and was stopped\. What it printed:\nwaiting/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('does not wait for a process the command left behind holding its output, and stops it', async () => {
    const leaveChild = `
      const child = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });
      child.unref();
      console.log(child.pid);`;
    const run = await runNode(['-e', leaveChild], { timeoutMs: 20_000 });
    expect(run.status).toBe(0);
    const pid = Number(run.stdout.trim());
    await expect.poll(() => alive(pid), { timeout: 5000 }).toBe(false);
  });
});
