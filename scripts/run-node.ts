// Tests run the project's commands (astro, ingest, draft, Playwright) as the editor does, in a process
// of their own. spawnSync would block the test's worker: neither the test's timeout nor Vitest could
// stop a command that hangs, and the whole run would wait for ever. This runs the command in a process
// group of its own, stops the group when the command outlives its time, and fails with what it printed.
import { spawn } from 'node:child_process';

export interface NodeRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout, then stderr. */
  output: string;
}

export interface NodeRunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How long the command may take before it is stopped and the test fails; 100 s by default, under Vitest's 120 s. */
  timeoutMs?: number;
}

/** Runs `node ARGS` to its end. Rejects, naming the command and its output so far, if it takes longer than `timeoutMs`. */
export function runNode(args: string[], { cwd, env, timeoutMs = 100_000 }: NodeRunOptions = {}): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The whole group: a process the command started (a worker, a server) must not outlive it, or it
    // would keep the command's output open and the run waiting.
    const stopGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup();
    }, timeoutMs);
    child.on('exit', stopGroup);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const output = `${stdout}${stderr}`;
      if (timedOut) {
        const command = ['node', ...args].join(' ');
        reject(new Error(`\`${command}\` did not finish within ${timeoutMs / 1000} s and was stopped. What it printed:\n${output}`));
      } else resolve({ status, stdout, stderr, output });
    });
  });
}
