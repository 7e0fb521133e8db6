/** Starts `astro preview` on a port for the dev screenshot scripts; resolves once it answers. */
import { spawn, type ChildProcess } from 'node:child_process';

export async function startPreview(port: number): Promise<ChildProcess> {
  // astro itself, not through npx: killing npx would leave the server it started running
  const server = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--port', String(port)], { stdio: 'ignore' });
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
