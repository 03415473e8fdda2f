// Issue #11.4: every API argument is validated before its handler runs. For every handler, each
// field of a well-formed argument (test/api/sample-args.ts) is made, in turn, of a wrong type: the
// call gets `bad-request` naming that field, never `internal`, and the handler does not run
// (nothing is written). Through the registry directly (as the CLI and the desktop's backend call
// it), and over HTTP through the web host (test/api/arg-checks-http.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/api/common-arg-checks';
import { wordError, type ApiError } from '../../shared/api/errors';
import type { HandlerName } from '../../shared/api/handlers';
import { openSession, type Session } from '../../electron/workspace/workspace-session';
import { ALL_ARG_CHECKS } from './all-arg-checks';
import { RECORD_SAMPLES, SAMPLE_ARGS } from './sample-args';
import { wrongArgs } from './wrong-args';

let dir: string;
let session: Session;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clave-args-'));
  session = openSession({ dbPath: join(dir, 'carteira.clave'), userDataDir: join(dir, 'user'), tempDir: dir, dialogFiles: false, typedPaths: true });
});
afterAll(() => {
  session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const NAMES = Object.keys(SAMPLE_ARGS) as HandlerName[];

const refusal = async (name: string, arg: unknown): Promise<ApiError> => {
  const result = await session.dispatch(name, arg);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(arg)}`);
  return result.error;
};

describe('the checks and the handlers', () => {
  it('every handler a workspace answers has a check and a well-formed sample, and the sample passes', async () => {
    const answered = [...session.workspace.api.names(), 'workspace/new', 'workspace/open', 'workspace/recent', 'workspace/restart', 'workspace/info', 'sample/workspace'];
    expect(new Set(answered)).toEqual(new Set(NAMES));
    for (const name of NAMES) expect(() => ALL_ARG_CHECKS[name](SAMPLE_ARGS[name], ''), name).not.toThrow();
    for (const sample of RECORD_SAMPLES) expect(() => ALL_ARG_CHECKS['records/save'](sample, ''), sample.kind).not.toThrow();
  });
});

describe('a wrong-typed argument is a bad-request naming the field (registry)', () => {
  it.each(NAMES)('%s', async (name) => {
    const samples: unknown[] = name === 'records/save' ? RECORD_SAMPLES : [SAMPLE_ARGS[name]];
    let tried = 0;
    for (const sample of samples)
      for (const wrong of wrongArgs(sample)) {
        const error = await refusal(name, wrong.value);
        expect(error, wrong.what).toEqual({ type: 'bad-request', code: 'bad-request', params: { call: name, field: wrong.field } });
        tried++;
      }
    expect(tried).toBeGreaterThan(1);
  });

  it('no refused call ran its handler: nothing was written', async () => {
    expect(await session.workspace.api.call('customers/list', {})).toEqual([]);
    expect(await session.workspace.api.call('team/list', {})).toEqual([]);
    expect(await session.workspace.api.call('customers/tags', {})).toEqual([]);
  });

  it('a record of one kind with the fields of another is refused by its kind', async () => {
    const error = await refusal('records/save', { kind: 'objective', code: 'C001', record: RECORD_SAMPLES[0]!.record });
    // A person's name is no field of an objective.
    expect(error.params).toEqual({ call: 'records/save', field: 'record.name' });
  });

  it('NaN and Infinity (possible in-process, never in JSON) are not numbers', async () => {
    await expect(session.workspace.api.call('analysis/run', { params: { a: Number.NaN } })).rejects.toMatchObject({ type: 'bad-request', params: { field: 'params.a' } });
    await expect(session.workspace.api.call('agenda/list', { days: Number.POSITIVE_INFINITY })).rejects.toMatchObject({ type: 'bad-request', params: { field: 'days' } });
  });

  it('the issue\'s example: analysis/run {from: 5}, worded in each language', async () => {
    const error = await refusal('analysis/run', { from: 5 });
    expect(error).toEqual({ type: 'bad-request', code: 'bad-request', params: { call: 'analysis/run', field: 'from' } });
    expect(wordError(error, 'pt')).toBe('Pedido inválido a analysis/run: o argumento "from" não tem a forma esperada.');
    expect(wordError(error, 'en')).toBe('Invalid request to analysis/run: the argument "from" is not of the expected shape.');
    expect(wordError(await refusal('analysis/runs', []), 'es')).toBe('Petición no válida a analysis/runs: el argumento no tiene la forma esperada.');
  });
});

describe('sizes are bounded (docs/decisions.md)', () => {
  const long = (n: number) => 'x'.repeat(n);
  it('a line of text, a note, a path, a list of codes, tags', async () => {
    expect((await refusal('customers/get', { code: long(LIMITS.line + 1) })).params).toEqual({ call: 'customers/get', field: 'code' });
    expect((await refusal('customers/update', { code: 'C001', patch: { notes: long(LIMITS.note + 1) } })).params).toMatchObject({ field: 'patch.notes' });
    expect((await refusal('workspace/open', { path: `/${long(LIMITS.path)}` })).params).toMatchObject({ field: 'path' });
    const codes = Array.from({ length: LIMITS.codes + 1 }, (_, i) => `C${i}`);
    expect((await refusal('analysis/results', { runId: 1, filter: { codes } })).params).toMatchObject({ field: 'filter.codes' });
    const tags = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`);
    expect((await refusal('customers/update', { code: 'C001', patch: { tags } })).params).toMatchObject({ field: 'patch.tags' });
  });

  it('within the bounds, the handler\'s own rule speaks to the user (a tag of 61 characters)', async () => {
    await session.workspace.api.call('customers/create', { code: 'P01', name: 'Prospecto' });
    const error = await refusal('customers/update', { code: 'P01', patch: { tags: [long(61)] } });
    expect(error).toMatchObject({ type: 'bad-option', code: 'kam/field-too-long', params: { field: 'tag', max: 60 } });
    expect(wordError(error, 'en')).toBe('Tag: text too long (at most 60 characters).');
  });
});
