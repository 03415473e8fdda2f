// Every message the backend can give, by code: each feature's catalogue joined, as the API's
// handler types are joined in shared/api/handlers.ts. A code is 'feature/what' (plain words for
// the few in common-errors.ts).
import { analysisErrors } from './errors/analysis-errors';
import { cliErrors } from './errors/cli-errors';
import { commonErrors } from './errors/common-errors';
import { exportErrors } from './errors/export-errors';
import { hostErrors } from './errors/host-errors';
import { importErrors } from './errors/import-errors';
import { kamErrors } from './errors/kam-errors';
import { kamInputErrors } from './errors/kam-input-errors';
import { workspaceErrors } from './errors/workspace-errors';
import type { MessageParams, Wording } from './wording';

export const ERRORS = {
  ...commonErrors,
  ...importErrors,
  ...analysisErrors,
  ...kamErrors,
  ...kamInputErrors,
  ...exportErrors,
  ...workspaceErrors,
  ...hostErrors,
  ...cliErrors,
};

export type ErrorCode = keyof typeof ERRORS;

/** The parameters a code's message takes. */
export type ErrorParamsOf<C extends ErrorCode> = Parameters<(typeof ERRORS)[C]['text']['pt']>[0];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERRORS, code);
}

export function wordingOf(code: string): Wording<MessageParams> | null {
  return isErrorCode(code) ? (ERRORS[code] as unknown as Wording<MessageParams>) : null;
}
