import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/errors';
import { useAnnounce } from './Announcer';

/** Which dialog of a catalog section is open, and for which row. */
export type CatalogOpen<T> = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; item: T } | { kind: 'delete'; item: T };

/** The catalog's delete method, as useAction gives it. */
interface DeleteAction {
  run: (input: { id: number }) => Promise<{ ok: boolean }>;
  pending: boolean;
  error: ApiError | null;
  reset: () => void;
}

interface CatalogDialogsOptions<T> {
  remove: DeleteAction;
  /** Reloads the catalog's list after a save or delete. */
  reload: () => void;
  /** The row's name in the UI language, for the announcements. */
  name: (item: T) => string;
  /** Translation keys of what is announced after each change; each gets `{{name}}`. */
  announce: { created: string; saved: string; deleted: string };
}

export interface CatalogDialogs<T> {
  open: CatalogOpen<T>;
  create: () => void;
  edit: (item: T) => void;
  askDelete: (item: T) => void;
  /** Closes whichever dialog is open and forgets a failed delete's error. */
  close: () => void;
  /** For the form dialog's onSaved: closes it, announces and reloads. */
  saved: (item: T) => void;
  /** Deletes the row; on success closes the dialog, announces and reloads. On failure the dialog stays with the error. */
  confirmDelete: (item: T) => Promise<void>;
  deletePending: boolean;
  deleteError: ApiError | null;
}

/** The open state of a catalog's create, edit and delete dialogs, and what follows a save or delete. */
export function useCatalogDialogs<T extends { id: number }>({ remove, reload, name, announce: keys }: CatalogDialogsOptions<T>): CatalogDialogs<T> {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [open, setOpen] = useState<CatalogOpen<T>>({ kind: 'none' });

  const done = (key: string, item: T) => {
    setOpen({ kind: 'none' });
    announce(t(key, { name: name(item) }));
    reload();
  };
  return {
    open,
    create: () => setOpen({ kind: 'create' }),
    edit: (item) => setOpen({ kind: 'edit', item }),
    askDelete: (item) => setOpen({ kind: 'delete', item }),
    close: () => {
      remove.reset();
      setOpen({ kind: 'none' });
    },
    saved: (item) => done(open.kind === 'create' ? keys.created : keys.saved, item),
    confirmDelete: async (item) => {
      const result = await remove.run({ id: item.id });
      if (result.ok) done(keys.deleted, item);
    },
    deletePending: remove.pending,
    deleteError: remove.error,
  };
}
