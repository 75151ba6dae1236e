// Limits shared by the UI and the boundary checks; zod-free so the renderer can import them.

/** Files cross the boundary base64-encoded; 10 MiB of file is far above any real membership list. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * An uploaded spreadsheet is checked against these before it is parsed: an 857 KB
 * XLSX can unpack to millions of rows. 64 MiB unpacked and 50,000 rows hold any real
 * membership list (the demo's 373 units take 40 KB), rows counted with the header; 500
 * columns is what a mapping can name.
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_COLUMNS = 500;

/** The organization's logo file (PNG or JPEG). */
export const LOGO_MAX_BYTES = 200 * 1024;
