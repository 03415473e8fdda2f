// The sample's handlers' arguments (sample-api.ts).
import { argChecksOf, nothing, object, optional } from './arg-checks';
import { numeric } from './common-arg-checks';
import type { SampleHandlers } from './sample-api';

export const sampleArgChecks = argChecksOf<SampleHandlers>()({
  'sample/create': object({ lines: optional(numeric), customers: optional(numeric) }),
  'sample/workspace': nothing,
});
