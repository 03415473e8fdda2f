// Builds the one handler table for a workspace. Each feature contributes its handlers; the
// registry refuses a name registered twice.
import { createRegistry, type Registry } from '../../shared/api/registry';
import type { Context } from './context';

export function createApi(ctx: Context): Registry {
  const registry = createRegistry();
  void ctx;
  return registry;
}
