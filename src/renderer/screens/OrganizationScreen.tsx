import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail as Unit, UnitRow, UnitSearchHit } from '../../shared/types';
import { useQuery } from '../api/useQuery';
import { useAnnounce } from '../components/Announcer';
import { ErrorMessage } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { TreeView } from '../components/TreeView';
import { useFormat } from '../lib/format';
import { settingsHref, useRouteId } from '../lib/navigation';
import { ancestorIds, indexTree, memberTotals, parentIds } from '../lib/tree';
import { LevelCounts } from './organization/LevelCounts';
import { OrgToolbar } from './organization/OrgToolbar';
import { UnitNode } from './organization/UnitNode';
import { UnitSearch } from './organization/UnitSearch';
import type { UnitChange } from './unit/UnitActions';
import { UnitDetail } from './unit/UnitDetail';
import { UnitForm } from './unit/UnitForm';

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'create'; parent: UnitRow | null };

const unitText = (unit: UnitRow) => unit.name;
const archivedClass = (unit: UnitRow) => (unit.archived ? 'is-archived' : undefined);

/** The organization tree on the left, the selected unit on the right. */
export function OrganizationScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const [showArchived, setShowArchived] = useState(false);
  const [chosenId, setChosenId] = useState<number | null>(null);
  // Null until the user folds something: then the top level starts open.
  const [expandedState, setExpanded] = useState<ReadonlySet<number> | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  // A link from elsewhere (the gap list) names the unit to show: #/organization/42.
  const linkedId = useRouteId();

  const tree = useQuery('units.tree', { includeArchived: showArchived });
  const levels = useQuery('levels.list', {});
  const index = useMemo(() => indexTree(tree.data ?? []), [tree.data]);
  const totals = useMemo(() => memberTotals(index), [index]);
  const initiallyOpen = useCallback(
    () => [...index.roots.map((r) => r.id), ...(linkedId !== null && index.byId.has(linkedId) ? ancestorIds(index, linkedId) : [])],
    [index, linkedId],
  );
  const expanded = useMemo(() => expandedState ?? new Set(initiallyOpen()), [expandedState, initiallyOpen]);
  const selectedId = chosenId ?? linkedId ?? index.roots[0]?.id ?? null;
  const detail = useQuery('units.get', selectedId === null ? null : { id: selectedId });

  const reloadTree = tree.reload;
  const reloadLevels = levels.reload;
  const reloadDetail = detail.reload;
  const refresh = useCallback(() => {
    reloadTree();
    reloadLevels();
    reloadDetail();
  }, [reloadTree, reloadLevels, reloadDetail]);

  const expand = useCallback(
    (ids: readonly number[]) => setExpanded((prev) => new Set([...(prev ?? initiallyOpen()), ...ids])),
    [initiallyOpen],
  );

  const onExpandedChange = useCallback(
    (id: number, open: boolean) =>
      setExpanded((prev) => {
        const next = new Set(prev ?? initiallyOpen());
        if (open) next.add(id);
        else next.delete(id);
        return next;
      }),
    [initiallyOpen],
  );

  const select = (id: number, ancestors?: readonly number[]) => {
    expand(ancestors ?? ancestorIds(index, id));
    setChosenId(id);
    setMode({ kind: 'view' });
  };

  const onSearchHit = (hit: UnitSearchHit) => select(hit.id);

  const onSaved = (unit: Unit, created: boolean) => {
    announce(created ? t('unit.created', { name: unit.name }) : t('unit.saved', { name: unit.name }));
    select(unit.id, unit.ancestors.map((a) => a.id));
    refresh();
  };

  const onChanged = (change: UnitChange) => {
    const parentId = change.unit.ancestors[change.unit.ancestors.length - 1]?.id ?? null;
    switch (change.kind) {
      case 'archived':
        announce(t('unit.archive.done', { count: change.count, name: change.unit.name }));
        if (!showArchived && parentId !== null) setChosenId(parentId);
        break;
      case 'restored':
        announce(t('unit.restored', { name: change.unit.name }));
        break;
      case 'deleted':
        announce(t('unit.delete.done', { name: change.unit.name }));
        setChosenId(parentId);
        break;
      case 'moved':
        announce(t('unit.move.done', { name: change.unit.name }));
        expand(change.unit.ancestors.map((a) => a.id));
        break;
    }
    refresh();
  };

  const selectedRow = selectedId === null ? undefined : index.byId.get(selectedId);
  const newUnitParent = selectedRow && !selectedRow.archived ? selectedRow : null;
  const levelList = levels.data ?? [];
  const totalUnits = tree.data?.length ?? 0;
  const empty = tree.data !== undefined && totalUnits === 0;

  return (
    <div className="screen org-screen">
      <div className="screen-head">
        <PageTitle title={t('org.title')} />
        <OrgToolbar
          onNewUnit={() => setMode({ kind: 'create', parent: newUnitParent })}
          canCreate={levelList.length > 0}
          includeArchived={showArchived}
        />
      </div>
      <LevelCounts levels={levelList} />
      <ErrorMessage error={tree.error ?? levels.error} />

      <div className="org-layout">
        <section className="panel tree-panel" aria-labelledby="tree-heading">
          <h2 id="tree-heading" className="panel-title">
            {t('org.structure')}
            <span className="panel-count">{t('org.unitCount', { count: totalUnits, n: format.number(totalUnits) })}</span>
          </h2>
          <UnitSearch includeArchived={showArchived} onChoose={onSearchHit} />
          {/* The checkbox last: the tree is the next tab stop after it. */}
          <div className="button-row compact tree-controls">
            <button type="button" className="button button-small" onClick={() => setExpanded(new Set(parentIds(index)))}>
              {t('org.expandAll')}
            </button>
            <button type="button" className="button button-small" onClick={() => setExpanded(new Set())}>
              {t('org.collapseAll')}
            </button>
            <label className="checkbox">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              {t('org.showArchived')}
            </label>
          </div>
          {tree.data === undefined && tree.loading ? <p className="muted">{t('common:loading')}</p> : null}
          {empty ? (
            <div className="empty-state">
              <p>{levelList.length === 0 ? t('org.emptyNoLevels') : t('org.empty')}</p>
              {levelList.length === 0 ? (
                <a href={settingsHref('organization')} className="button">
                  {t('org.goToLevels')}
                </a>
              ) : null}
            </div>
          ) : (
            <TreeView
              index={index}
              expanded={expanded}
              onExpandedChange={onExpandedChange}
              selectedId={selectedId}
              onSelect={(id) => select(id)}
              label={t('org.treeLabel')}
              nodeText={unitText}
              nodeClassName={archivedClass}
              renderNode={(unit) => <UnitNode unit={unit} total={totals.get(unit.id) ?? null} />}
            />
          )}
        </section>

        <section className="panel detail-panel" aria-label={t('org.detailLabel')}>
          {mode.kind === 'create' ? (
            <UnitForm
              key={`create-${mode.parent?.id ?? 'top'}`}
              mode="create"
              parent={mode.parent}
              levels={levelList}
              onSaved={(unit) => onSaved(unit, true)}
              onCancel={() => setMode({ kind: 'view' })}
            />
          ) : mode.kind === 'edit' && detail.data && detail.data.id === selectedId ? (
            <UnitForm
              key={`edit-${detail.data.id}`}
              mode="edit"
              unit={detail.data}
              levels={levelList}
              onSaved={(unit) => onSaved(unit, false)}
              onCancel={() => setMode({ kind: 'view' })}
            />
          ) : detail.data && detail.data.id === selectedId ? (
            <UnitDetail unit={detail.data} onSelect={(id) => select(id)} onEdit={() => setMode({ kind: 'edit' })} onChanged={onChanged} />
          ) : detail.error ? (
            <ErrorMessage error={detail.error} />
          ) : selectedId !== null ? (
            <p className="muted">{t('common:loading')}</p>
          ) : (
            <p className="muted">{t('org.noSelection')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
