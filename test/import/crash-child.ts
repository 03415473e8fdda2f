// The child process of the crash test: imports a file into a workspace and says on stdout how far
// it got, until the test kills it.
import { importFile } from '../../electron/import/import-file';

const [dbPath, path] = process.argv.slice(2) as [string, string];
await importFile(
  { dbPath },
  { path },
  {
    onProgress: (p) => {
      if (p.phase === 'writing' && p.rowsRead > 0) process.stdout.write(`progress ${p.rowsRead}\n`);
    },
  },
);
process.stdout.write('finished\n');
