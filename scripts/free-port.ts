import { createServer } from 'node:net';

/** A port nobody listens on now, so that a test or script starts its own server and never reuses one it did not start. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
