import { useCallback, useState } from 'react';
import type { PickedUnit } from '../../components/UnitPicker';

const KEY = 'forankring.support.unit';

function read(): PickedUnit | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { id, name, code } = value as Partial<PickedUnit>;
    return typeof id === 'number' && typeof name === 'string' && typeof code === 'string' ? { id, name, code } : null;
  } catch {
    return null;
  }
}

/** The unit the user last asked for help for: a chapter leader usually asks for the same chapter. */
export function useRememberedUnit(): [PickedUnit | null, (unit: PickedUnit | null) => void] {
  const [unit, setUnit] = useState<PickedUnit | null>(read);
  const remember = useCallback((next: PickedUnit | null) => {
    setUnit(next);
    try {
      if (next) window.localStorage.setItem(KEY, JSON.stringify(next));
      else window.localStorage.removeItem(KEY);
    } catch {
      // Storage can be switched off; then the choice lasts until the screen closes.
    }
  }, []);
  return [unit, remember];
}
