import { useTranslation } from 'react-i18next';

/**
 * The Edit and Delete buttons of a catalog row. The visible words are short;
 * the accessible names say which row they act on.
 */
export function EditDeleteButtons({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
}: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button-small" aria-label={editLabel} onClick={onEdit}>
        {t('common:action.edit')}
      </button>
      <button type="button" className="button button-small button-danger-quiet" aria-label={deleteLabel} onClick={onDelete}>
        {t('common:action.delete')}
      </button>
    </>
  );
}
