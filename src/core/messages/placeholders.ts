// The one placeholder syntax of message templates: `{{name}}`, spaces inside the braces
// allowed, names from PLACEHOLDERS (the same in both languages). A template is checked
// whole before anything is saved or filled, and the first unknown name is refused.
import { PLACEHOLDERS, type MessageTemplate, type Placeholder } from '../../shared/types-messages';
import { AppError } from '../errors';

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);
const FIELDS = ['subjectNb', 'bodyNb', 'subjectEn', 'bodyEn'] as const satisfies ReadonlyArray<keyof MessageTemplate>;

export type PlaceholderValues = Readonly<Record<Placeholder, string>>;

/** The names a text uses, in order, known or not. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? '');
}

/** Throws MESSAGE_PLACEHOLDER_UNKNOWN naming the first unknown placeholder and the field it is in. */
export function checkTemplate(template: MessageTemplate): void {
  for (const field of FIELDS) {
    const unknown = placeholdersIn(template[field]).find((name) => !KNOWN.has(name));
    if (unknown !== undefined) {
      throw new AppError('MESSAGE_PLACEHOLDER_UNKNOWN', `unknown placeholder in ${field}`, { name: unknown, token: `{{${unknown}}}`, field });
    }
  }
}

/** Fills a checked text; a subject is kept on one line. */
export function fillText(text: string, values: PlaceholderValues, oneLine = false): string {
  const filled = text.replace(TOKEN, (_, name: string) => values[name as Placeholder] ?? '');
  return oneLine ? filled.replace(/\s*\n\s*/g, ' ').trim() : filled;
}
