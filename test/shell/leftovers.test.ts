// What a killed export leaves beside its target (a hidden .part file) is removed by the next
// export to the same file, unless the process that writes it is still alive.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive } from '../../electron/api/leftovers';
import { writeFileAtomically } from '../../electron/export/output-file';

describe('.part files of killed exports', () => {
  it('are removed by the next export to the same file; a live writer’s is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clave-part-'));
    const dead = join(dir, '.relatorio.xlsx.999999999-abcd1234.part');
    const live = join(dir, `.relatorio.xlsx.${process.pid}-abcd1234.part`);
    const other = join(dir, '.outro.xlsx.999999999-abcd1234.part');
    for (const p of [dead, live, other]) writeFileSync(p, 'meio arquivo');
    expect(isAlive(999999999)).toBe(false);
    await writeFileAtomically(join(dir, 'relatorio.xlsx'), async (tmp) => {
      expect(tmp).toMatch(new RegExp(`\\.relatorio\\.xlsx\\.${process.pid}-[0-9a-f]{8}\\.part$`));
      writeFileSync(tmp, 'completo');
    });
    expect(readFileSync(join(dir, 'relatorio.xlsx'), 'utf8')).toBe('completo');
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true); // another file's: left to its own next export
    expect(readdirSync(dir).filter((f) => f.endsWith('.part')).sort()).toEqual([live, other].map((p) => p.slice(dir.length + 1)).sort());
  });
});
