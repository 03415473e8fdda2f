// Progress events for the browser: each open GET /api/events response is a text/event-stream
// that receives every backend event as a `data: <json>` block.
import type { ServerResponse } from 'node:http';
import type { ClaveEvent } from '../../shared/api/events';
import { API_HEADERS } from './http-replies';

export type EventHub = { open(res: ServerResponse): void; broadcast(event: ClaveEvent): void; closeAll(): void };

/** A comment line now and then keeps idle connections (and proxies, if any) from timing out. */
const HEARTBEAT_MS = 20_000;

export function createEventHub(): EventHub {
  const streams = new Set<ServerResponse>();
  let heartbeat: NodeJS.Timeout | null = null;

  const stopHeartbeatIfIdle = () => {
    if (streams.size === 0 && heartbeat !== null) {
      clearInterval(heartbeat);
      heartbeat = null;
    }
  };

  return {
    open(res) {
      res.writeHead(200, { ...API_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'X-Accel-Buffering': 'no' });
      res.write(': clave\n\n'); // lets the client's fetch resolve at once
      streams.add(res);
      res.on('close', () => {
        streams.delete(res);
        stopHeartbeatIfIdle();
      });
      heartbeat ??= setInterval(() => {
        for (const stream of streams) stream.write(': ping\n\n');
      }, HEARTBEAT_MS);
    },
    broadcast(event) {
      const block = `data: ${JSON.stringify(event)}\n\n`;
      for (const stream of streams) stream.write(block);
    },
    closeAll() {
      for (const stream of streams) stream.end();
      streams.clear();
      stopHeartbeatIfIdle();
    },
  };
}
