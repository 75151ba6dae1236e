import type { UnitSearchHit } from '../../shared/types';

/** Name, code, and where the unit sits (path and level): enough to tell two Herøy apart. */
export function UnitHitText({ hit }: { hit: UnitSearchHit }) {
  const where = [hit.path.join(' › '), hit.levelName].filter(Boolean).join(' · ');
  return (
    <span className="hit-text">
      <span className="hit-name">
        {hit.name} <span className="code">{hit.code}</span>
      </span>
      <span className="hit-path">{where}</span>
    </span>
  );
}
