import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';

interface PagerProps {
  total: number;
  offset: number;
  limit: number;
  onChange: (offset: number) => void;
  /** Names the navigation landmark, e.g. "Pages of people". */
  label: string;
}

/** "Showing 51–100 of 1,234" with previous/next buttons. Renders nothing when one page holds it all. */
export function Pager({ total, offset, limit, onChange, label }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (total <= limit && offset === 0) return null;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button-small" onClick={() => onChange(Math.max(0, offset - limit))} disabled={offset === 0}>
        {t('pager.previous')}
      </button>
      <span className="pager-status">{t('pager.status', { from: format.number(from), to: format.number(to), total: format.number(total) })}</span>
      <button type="button" className="button button-small" onClick={() => onChange(offset + limit)} disabled={offset + limit >= total}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
