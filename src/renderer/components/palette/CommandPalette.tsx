// The command palette (Ctrl+K): one field that jumps to any screen, unit or
// person. It follows the WAI-ARIA combobox pattern: focus stays in the field,
// the arrow keys move the active option (aria-activedescendant), Enter opens it
// and Escape closes the dialog.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { Dialog } from '../Dialog';
import { useSupportText } from '../../screens/support/useSupportText';
import { caseItems, caseNumber, guideItems, personItems, screenItems, unitItems, type PaletteGroup, type PaletteItem } from './items';
import './palette.css';

const GROUPS: readonly PaletteGroup[] = ['screens', 'units', 'people', 'cases', 'guides'];
const LIMIT = 8;

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const baseId = useId();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState({ list: '', index: 0 });
  const settled = useDebounced(query.trim());
  const units = useQuery('units.search', settled ? { query: settled, limit: LIMIT } : null);
  // A user who may not read every person gets FORBIDDEN here; the palette then offers screens and units only.
  const people = useQuery('people.search', settled ? { query: settled, limit: LIMIT } : null);
  const supportText = useSupportText();
  const caseId = caseNumber(settled);
  const found = useQuery('cases.get', caseId !== null ? { id: caseId } : null);
  const problems = useQuery('problems.list', {});

  const items = useMemo<PaletteItem[]>(() => [
    ...screenItems(t, query.trim()),
    ...(settled ? unitItems(units.data ?? []) : []),
    ...(settled && !people.error ? personItems(people.data?.rows ?? []) : []),
    ...(caseId !== null && !found.error ? caseItems(found.data, supportText.caseName) : []),
    ...(settled ? guideItems(problems.data ?? [], settled, supportText.problemTitle, LIMIT) : []),
  ], [t, query, settled, units.data, people.data, people.error, caseId, found.data, found.error, problems.data, supportText]);
  const loading = Boolean(settled) && (units.loading || people.loading || (caseId !== null && found.loading));

  // A new list starts on its first option.
  const list = `${settled}|${items.map((i) => i.key).join(',')}`;
  const active = picked.list === list ? picked.index : 0;
  const setActive = (next: (index: number) => number) => setPicked({ list, index: next(active) });

  const optionId = (index: number) => `${baseId}-option-${index}`;
  const current = items[Math.min(active, items.length - 1)];

  const open = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    window.location.hash = item.href;
    // After the dialog has handed focus back, move it to the new screen's heading.
    window.setTimeout(() => document.querySelector<HTMLElement>('#main h1')?.focus(), 50);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = items.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => (i <= 0 ? last : i - 1));
    else if (event.key === 'Home' && event.ctrlKey) setActive(() => 0);
    else if (event.key === 'End' && event.ctrlKey) setActive(() => last);
    else if (event.key === 'Enter') open(current);
    else return;
    event.preventDefault();
  };

  useEffect(() => {
    if (current) document.getElementById(optionId(items.indexOf(current)))?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  const listId = `${baseId}-list`;
  const statusText = loading
    ? t('common:loading')
    : t('palette.found', { count: items.length, n: format.number(items.length) });

  return (
    <Dialog title={t('palette.title')} onClose={onClose} wide>
      <label htmlFor={`${baseId}-input`} className="field-label">
        {t('palette.label')}
      </label>
      <input
        id={`${baseId}-input`}
        data-autofocus
        className="input palette-input"
        type="text"
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(items.indexOf(current)) : undefined}
        aria-describedby={`${baseId}-keys`}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('palette.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${baseId}-keys`} className="muted palette-keys">
        {t('palette.keys')}
      </p>
      <p className="visually-hidden" role="status">
        {statusText}
      </p>
      <div id={listId} role="listbox" aria-label={t('palette.results')} className="palette-list">
        {GROUPS.map((group) => {
          const inGroup = items.filter((item) => item.group === group);
          if (inGroup.length === 0) return null;
          const headingId = `${baseId}-group-${group}`;
          return (
            <div key={group} role="group" aria-labelledby={headingId}>
              <div id={headingId} role="presentation" className="palette-group">
                {t(`palette.group.${group}`)}
              </div>
              {inGroup.map((item) => {
                const index = items.indexOf(item);
                return (
                  <div
                    key={item.key}
                    id={optionId(index)}
                    role="option"
                    aria-selected={item === current}
                    className={item === current ? 'palette-option is-active' : 'palette-option'}
                    onMouseMove={() => setActive(() => index)}
                    onClick={() => open(item)}
                  >
                    <span className="hit-name">{item.label}</span>
                    {item.detail ? <span className="hit-path">{item.detail}</span> : null}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {!loading && settled && items.length === 0 ? <p className="muted">{t('palette.none')}</p> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common:action.close')}
        </button>
      </div>
    </Dialog>
  );
}
