import { useTranslation } from 'react-i18next';
import type { ProblemMatch } from '../../../shared/types-support';
import { useSupportText } from './useSupportText';

interface ProblemMatchesProps {
  matches: ProblemMatch[];
  selectedId: number | null;
  onOpen: (match: ProblemMatch) => void;
}

/** The guides that match the pasted text, best first, each saying what matched. */
export function ProblemMatches({ matches, selectedId, onOpen }: ProblemMatchesProps) {
  const { t } = useTranslation();
  const text = useSupportText();
  const matchedBy = (m: ProblemMatch) =>
    m.matchedBy === 'text' || m.matched === null ? t('support.lookup.byText') : t(`support.lookup.by.${m.matchedBy}`, { matched: m.matched });
  return (
    <ol className="match-list" aria-label={t('support.lookup.matchesLabel')}>
      {matches.map((m) => (
        <li key={m.problem.id} className={m.problem.id === selectedId ? 'match is-open' : 'match'}>
          <button type="button" className="link-button match-title" aria-expanded={m.problem.id === selectedId} onClick={() => onOpen(m)}>
            {text.problemTitle(m.problem)}
          </button>
          <span className="match-why">{matchedBy(m)}</span>
        </li>
      ))}
    </ol>
  );
}
