// The command line as a user runs it: the built dist/clave.js in a process of its own.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const CLAVE = resolve('dist', 'clave.js');

export type Run = { code: number; stdout: string; stderr: string };

/** `env`: variables set over the test's own (LANG, to choose the language); `nodeFlags`: Node's own, before the script. */
export function clave(args: string[], env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [...nodeFlags, CLAVE, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}
