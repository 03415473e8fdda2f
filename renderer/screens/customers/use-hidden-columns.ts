// Which columns of the customer grid the user hid, remembered in localStorage.
import { useCallback, useState } from 'react';
import { HIDDEN_BY_DEFAULT } from './grid-columns';

const KEY = 'clave.customers.hiddenColumns';

function load(): Set<string> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (Array.isArray(saved)) return new Set(saved.filter((k): k is string => typeof k === 'string'));
  } catch {
    // unreadable or unavailable storage: the default set
  }
  return new Set(HIDDEN_BY_DEFAULT);
}

function save(hidden: Set<string>) {
  try {
    localStorage.setItem(KEY, JSON.stringify([...hidden]));
  } catch {
    // private mode: remembered for this session only
  }
}

export function useHiddenColumns() {
  const [hidden, setHidden] = useState(load);
  const update = useCallback((next: Set<string>) => {
    save(next);
    setHidden(next);
  }, []);
  const toggle = useCallback(
    (key: string, visible: boolean) => {
      const next = new Set(hidden);
      if (visible) next.delete(key);
      else next.add(key);
      update(next);
    },
    [hidden, update],
  );
  return {
    hidden,
    toggle,
    showAll: () => update(new Set()),
    reset: () => update(new Set(HIDDEN_BY_DEFAULT)),
  };
}
