/** The changes «Angre» can take back besides a bulk change (src/core/undo). */
export const UNDO_KINDS = ['assignment.end', 'board.replace', 'wave.delete', 'session.delete'] as const;
export type UndoKind = (typeof UNDO_KINDS)[number];

/** What a write that can be undone answers with, beside its own result. */
export interface Undoable {
  /** The undo journal's entry: pass it to the area's undo method. */
  undoId: number;
}

export interface UndoResult {
  kind: UndoKind;
}
