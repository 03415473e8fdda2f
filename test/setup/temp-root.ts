// Every test writes its workspaces and files under one folder for the run, removed when the run
// ends: the fixtures make a folder per test (mkdtemp) and a run of the suite used to leave about
// 400 of them in the system's temp folder, some with 14 MB workbooks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'clave-tests-'));
  // os.tmpdir() reads TMPDIR on each call, and the test processes (forks) inherit it.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
