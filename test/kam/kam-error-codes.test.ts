// The key-account, analysis and export handlers' errors cross the API as a code with its
// parameters, and each language words them (no pt-BR sentence made by the backend).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordError, type ApiError } from '../../shared/api/errors';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

describe('the key-account handlers speak in codes', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  const failure = (call: Promise<unknown>) => call.then(() => null, (e: ApiError) => ({ type: e.type, code: e.code, params: e.params }));

  it('a customer that does not exist, worded in each language', async () => {
    const e = await failure(ws.api.call('dossier/get', { code: 'C999' }));
    expect(e).toEqual({ type: 'not-found', code: 'kam/customer-not-found', params: { code: 'C999' } });
    expect(wordError(e!, 'pt')).toBe('O cliente C999 não existe.');
    expect(wordError(e!, 'en')).toBe('Customer C999 does not exist.');
    expect(wordError(e!, 'es')).toBe('El cliente C999 no existe.');
    expect(wordError(e!, 'ca')).toBe('El client C999 no existeix.');
  });

  it('a record of another customer names its kind in the reader\'s language', async () => {
    const person = await ws.api.call('records/save', { kind: 'person', code: 'C001', record: { name: 'Ana', role: null, email: null, phone: null, influence: null, attitude: null, reportsTo: null } });
    const e = await failure(ws.api.call('records/save', { kind: 'person', code: 'C002', record: { id: person.id, name: 'Ana', role: null, email: null, phone: null, influence: null, attitude: null, reportsTo: null } }));
    expect(e).toMatchObject({ code: 'kam/record-not-in-customer', params: { kind: 'person', id: person.id, code: 'C002' } });
    expect(wordError(e!, 'en')).toBe(`Person ${person.id} does not exist for customer C002.`);
    expect(wordError(e!, 'pt')).toBe(`A pessoa ${person.id} não existe no cliente C002.`);
  });

  it('out-of-range options, a run that does not exist, an export of a batch that does not exist', async () => {
    expect(await failure(ws.api.call('kpi/churn', { periods: 0 }))).toEqual({ type: 'bad-option', code: 'kam/bad-periods', params: { value: '0' } });
    expect(await failure(ws.api.call('winback/trend', { months: 121 }))).toMatchObject({ code: 'kam/bad-months' });
    expect(await failure(ws.api.call('agenda/list', { days: -1 }))).toMatchObject({ code: 'kam/bad-days-ahead' });
    // A value outside the argument's type is the caller's mistake: refused before the handler runs.
    expect(await failure(ws.api.call('customers/list', { filter: { status: 'gone' as never } }))).toEqual({ type: 'bad-request', code: 'bad-request', params: { call: 'customers/list', field: 'filter.status' } });
    const run = await failure(ws.api.call('export/workbook', { runId: 42 }));
    expect(run).toEqual({ type: 'not-found', code: 'analysis/run-not-found', params: { runId: 42 } });
    expect(wordError(run!, 'es')).toBe('El análisis n.º 42 no existe (¿se borró?).');
    expect(await failure(ws.api.call('export/rejects', { batchId: 77 }))).toMatchObject({ type: 'not-found', code: 'export/batch-not-found', params: { batchId: 77 } });
  });
});
