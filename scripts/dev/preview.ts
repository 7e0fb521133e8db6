/** Starts `astro preview` on a port for the dev screenshot scripts; resolves once it answers. */
import { spawn, type ChildProcess } from 'node:child_process';

export async function startPreview(port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['astro', 'preview', '--port', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://localhost:${port}/`);
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`astro preview did not start on port ${port}`);
}
