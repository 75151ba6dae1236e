// Every error a contract method can return. The UI and the CLI translate
// these codes (i18n namespace "errors"); `message` is an English fallback for logs.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
  'BUSY',
  'CANCELLED',
  'NOT_FOUND',
  'CODE_TAKEN',
  'CYCLE',
  'SECOND_ROOT',
  'LEVEL_NOT_BELOW_PARENT',
  'LEVEL_NOT_ABOVE_CHILD',
  'UNIT_REFERENCED',
  'UNIT_ARCHIVED',
  'LEVEL_NAME_TAKEN',
  'LEVEL_IN_USE',
  'ORG_NOT_EMPTY',
  'IMPORT_INVALID',
  'FILE_UNREADABLE',
  'EMAIL_TAKEN',
  'PERSON_ERASED',
  'ROLE_NAME_TAKEN',
  'ROLE_IN_USE',
  'ROLE_NOT_AT_LEVEL',
  'DATE_ORDER',
  'ASSIGNMENT_ENDED',
  'ALREADY_ASSIGNED',
  'NAME_TAKEN',
  'STAGE_IN_USE',
  'WAVE_HAS_UNITS',
  'UNDO_STALE',
  'LOGO_INVALID',
  'UNDO_DONE',
  'NOT_A_REGION',
  'NOTHING_TO_UNDO',
  'STAGE_HAS_NO_RULE',
  'TRAINING_TYPE_IN_USE',
  'CASE_STATE',
  'PROBLEM_REQUIRED',
  'REPORT_FILTER',
  'PDF_UNAVAILABLE',
  'REPORT_BUSY',
  'REPORT_NOT_READY',
  /** The database is open read-only (the file or its folder is not writable); details.reason says which. */
  'READ_ONLY',
  /** The integrity check found damage; writes are refused until a backup is restored. */
  'DB_DAMAGED',
  /** The file was written by a newer Forankring; details.migration names the step this version does not know. */
  'SCHEMA_NEWER',
  /** A file offered for restore is not a usable Forankring database; details.reason says why. */
  'BACKUP_INVALID',
  /** PostgreSQL: the call collided with other users' writes more times than it is retried; nothing of it was written. */
  'WRITE_CONFLICT',
  /** PostgreSQL: the database server cannot be reached; the call was not written. */
  'DB_UNAVAILABLE',
  /** A file operation (backup, restore, check) asked of a team server's database; details.feature names it. */
  'SERVER_DATABASE',
  /** The desktop app or the CLI could not reach the team server; details.server names it, details.reason the network's code. */
  'SERVER_UNREACHABLE',
  /** A team server's call without a valid session (never signed in, expired, signed out, revoked, deactivated). */
  'UNAUTHENTICATED',
  /** Sign-in refused: the same answer for an unknown e-mail, a wrong password and an inactive account. */
  'SIGN_IN_REFUSED',
  /** Too many failed sign-ins for this e-mail or from this address; details.minutes says how long to wait. */
  'SIGN_IN_LOCKED',
  /** Accounts exist on a team server only; the solo desktop has none. */
  'NO_ACCOUNTS',
  /** An invitation or reset code that is unknown, used or expired. */
  'CODE_INVALID',
  /** A new password outside the rules; details.min and details.max give the length. */
  'PASSWORD_RULES',
  'EMAIL_REQUIRED',
  'ACCOUNT_EXISTS',
  'ACCOUNT_INACTIVE',
  /** The last active administrator account cannot be deactivated or demoted. */
  'LAST_ADMIN',
  /** Anonymous entries are off in Settings (feedbackAnonymous): the entry needs the person who raised it. */
  'FEEDBACK_ANONYMOUS_OFF',
  /** Moving an entry to done or declined needs an answer the unit can read; details.status names it. */
  'FEEDBACK_ANSWER_REQUIRED',
  /** A link or merge that would chain duplicates, or an answer to a merged entry; details.reason says which. */
  'FEEDBACK_DUPLICATE',
  /** A message template names a placeholder that does not exist; details.token and details.field name it. */
  'MESSAGE_PLACEHOLDER_UNKNOWN',
  /** A message timed "at a stage" without the stage. */
  'MESSAGE_STAGE_REQUIRED',
  /** Sending by e-mail needs the server's SMTP settings (forankring server --smtp-url). */
  'MAIL_UNAVAILABLE',
  /** An .eml file would replace one of the same name where the files go; details.file names it. */
  'EML_FILE_EXISTS',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Errors that any method may return, added by the transport or dispatcher. */
export const COMMON_ERRORS = ['INVALID_INPUT', 'UNKNOWN_METHOD', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE', 'INTERNAL', 'BUSY', 'CANCELLED', 'WRITE_CONFLICT', 'DB_UNAVAILABLE'] as const;

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** One problem in an imported file. `line` is the file's line number (the header is line 1). */
export interface ImportIssue {
  line: number;
  field?: string;
  code: ImportIssueCode;
  value?: string;
  /** Extra values for the translated message, e.g. the line where a code first appeared. */
  params?: Record<string, string | number>;
}

export const IMPORT_ISSUE_CODES = [
  'MISSING_COLUMN',
  'EMPTY_FILE',
  'EMPTY_CODE',
  /** A code with spaces or control characters. */
  'BAD_CODE',
  'EMPTY_NAME',
  'DUPLICATE_CODE',
  'UNKNOWN_PARENT',
  'BAD_NUMBER',
  'CYCLE',
  'UNKNOWN_LEVEL',
  /** The row's level is not below its parent's level. */
  'LEVEL_NOT_BELOW_PARENT',
  /** The row's level is not above the level of a unit below it. */
  'LEVEL_NOT_ABOVE_CHILD',
  'TOO_LONG',
  'PARENT_ARCHIVED',
  'BAD_EMAIL',
  'BAD_DATE',
  'UNKNOWN_UNIT',
  'UNKNOWN_ROLE',
  'BAD_PHONE',
  /** A person's language for messages that is neither nb nor en (nor a word for them). */
  'BAD_LANGUAGE',
  /** A role without the unit where it is held. */
  'MISSING_UNIT',
  /** A unit or dates without a role. */
  'MISSING_ROLE',
  'DATE_ORDER',
  'ROLE_NOT_AT_LEVEL',
  'UNIT_ARCHIVED',
  /** The same person, role and unit on two rows of the file, with overlapping dates. */
  'DUPLICATE_ASSIGNMENT',
  /** The person already holds that role at that unit for overlapping dates. */
  'ALREADY_ASSIGNED',
  /** Two rows for the same person give different values for one field. */
  'CONFLICTING_VALUE',
  /** A unit without a parent while another unit is the organization's root. */
  'SECOND_ROOT',
  /** «Innspill»: a kind that is not need, problem, worry or idea in either language. */
  'UNKNOWN_KIND',
  'EMPTY_TITLE',
  /** An e-mail address no one in the People register has. */
  'UNKNOWN_PERSON',
  'UNKNOWN_STAGE',
  /** A row without a raiser while anonymous entries are off. */
  'ANONYMOUS_OFF',
  /** «Bruk»: a month that is not YYYY-MM, or one after the current month in Oslo. */
  'BAD_MONTH',
  /** A count below zero. */
  'NEGATIVE_NUMBER',
  /** The same unit (or person) and month on two rows; params.firstLine names the first. */
  'DUPLICATE_ROW',
  /** A person in the usage file who has no home unit to count under. */
  'NO_HOME_UNIT',
  /** A unit name that two units share; use the code. */
  'AMBIGUOUS_UNIT',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];
