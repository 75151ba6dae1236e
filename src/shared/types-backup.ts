// The database's health and its backups, as the Settings screen and the banner see them.

/** ok: read and write. readOnly: the file or folder is not writable. damaged: the integrity check failed. */
export type DbMode = 'ok' | 'readOnly' | 'damaged';

export interface DbState {
  mode: DbMode;
  /** For readOnly: 'file' or 'folder' is not writable, or 'option' (opened read-only on request). */
  reason?: 'file' | 'folder' | 'option';
}

export interface BackupFile {
  fileName: string;
  /** 'auto' for the rolling daily backups, 'manual' for «Ta sikkerhetskopi», 'beforeRestore' for the file a restore replaced. */
  kind: 'auto' | 'manual' | 'beforeRestore';
  bytes: number;
  /** ISO instant the file was last written. */
  modifiedAt: string;
}

export interface BackupList {
  folder: string;
  /** How many daily backups are kept. */
  keep: number;
  files: BackupFile[];
}

export interface CheckResult {
  ok: boolean;
  /** SQLite's integrity_check lines when not ok (at most 20). */
  problems: string[];
}
