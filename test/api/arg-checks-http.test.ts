// Issue #11.4 over HTTP: the web host hands whatever JSON arrives to the registry, and every
// handler's wrong-typed argument comes back as 400 with `{type: 'bad-request', code, params}`
// naming the field — never a 500, never a stack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api/transport';
import type { HandlerName } from '../../shared/api/handlers';
import { rawRequest, startTestHost } from '../web-host/web-host-fixtures';
import { RECORD_SAMPLES, SAMPLE_ARGS } from './sample-args';
import { wrongArgs } from './wrong-args';

let fixture: Awaited<ReturnType<typeof startTestHost>>;

beforeAll(async () => {
  fixture = await startTestHost();
});
afterAll(() => fixture.close());

const post = (name: string, body: string) =>
  rawRequest(fixture.host.port, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: fixture.host.token },
    body,
  });

describe('a wrong-typed argument is a bad-request naming the field (web host)', () => {
  it.each(Object.keys(SAMPLE_ARGS) as HandlerName[])('%s', async (name) => {
    const samples: unknown[] = name === 'records/save' ? RECORD_SAMPLES : [SAMPLE_ARGS[name]];
    for (const sample of samples)
      for (const wrong of wrongArgs(sample)) {
        const res = await post(name, JSON.stringify(wrong.value));
        expect({ status: res.status, body: res.json() }, wrong.what).toEqual({
          status: 400,
          body: { type: 'bad-request', code: 'bad-request', params: { call: name, field: wrong.field } },
        });
      }
  });

  it('a text too long for its field, sent as JSON', async () => {
    const res = await post('analysis/set-label', JSON.stringify({ runId: 1, label: 'x'.repeat(5000) }));
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ type: 'bad-request', code: 'bad-request', params: { call: 'analysis/set-label', field: 'label' } });
  });
});
