// Limits shared by the UI and the boundary checks; zod-free so the renderer can import them.

/** Files cross the boundary base64-encoded; 10 MiB of file is far above any real membership list. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
