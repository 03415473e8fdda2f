// The last data a reload gave, kept on screen while the next load runs, so that a figure being
// recomputed (after a survey import or a weight change) does not blank its panel and steal the
// keyboard focus from the field the user is in.
import { useState } from 'react';

export function useKept<T>(data: T | null): T | null {
  const [kept, setKept] = useState<T | null>(data);
  if (data !== null && data !== kept) setKept(data);
  return data ?? kept;
}
