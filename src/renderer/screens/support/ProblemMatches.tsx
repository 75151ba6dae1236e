import { useTranslation } from 'react-i18next';
import type { ProblemMatch } from '../../../shared/types-support';
import { useSupportText } from './useSupportText';

interface ProblemMatchesProps {
  matches: ProblemMatch[];
  selectedId: number | null;
  onOpen: (match: ProblemMatch) => void;
  label: string;
}

/** Why a guide matched: the code or phrase found, or the typed words it shares. */
export function useMatchReason(): (m: ProblemMatch) => string {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (m) =>
    m.matchedBy === 'words' || m.matched === null
      ? t('support.lookup.by.words', { words: list.format(m.words.map((w) => t('support.lookup.quoted', { text: w }))), count: m.words.length })
      : t(`support.lookup.by.${m.matchedBy}`, { matched: m.matched });
}

/** A list of guides, each saying why it matched; a guide opens below the list. */
export function ProblemMatches({ matches, selectedId, onOpen, label }: ProblemMatchesProps) {
  const text = useSupportText();
  const reason = useMatchReason();
  return (
    <ol className="match-list" aria-label={label}>
      {matches.map((m) => (
        <li key={m.problem.id} className={m.problem.id === selectedId ? 'match is-open' : 'match'}>
          <button type="button" className="link-button match-title" aria-expanded={m.problem.id === selectedId} onClick={() => onOpen(m)}>
            {text.problemTitle(m.problem)}
          </button>
          <span className="match-why">{reason(m)}</span>
        </li>
      ))}
    </ol>
  );
}
