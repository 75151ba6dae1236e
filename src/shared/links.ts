// Links to e-learning and instruction videos (on a guide or a training type), and the
// host rule of the allow-list that decides which https links the desktop app opens.
// One rule for the contract, the forms and the main process.
import { z } from 'zod';
import { text } from './schemas';

export const LINK_KINDS = ['elearning', 'video'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface LearningLink {
  kind: LinkKind;
  label: string;
  url: string;
}

/** Hosts always allowed, whatever the setting: the product's site and the authorities the help texts cite. */
export const FIXED_EXTERNAL_HOSTS: readonly string[] = ['forankring.no', 'www.datatilsynet.no', 'uu.tilsynet.no'];

/**
 * A DNS host name with at least one dot: labels of letters, digits and inner hyphens,
 * lower case. No wildcards, ports, paths or IP literals, so an entry allows one exact host.
 */
const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export function isHostName(value: string): boolean {
  return HOST_RE.test(value);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** An https address with a host name and no user name or password in it. */
export function isHttpsUrl(value: string): boolean {
  const parsed = parse(value);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && isHostName(parsed.hostname);
}

/** The host a link would open, or null for anything but a plain https address. */
export function httpsHost(value: string): string | null {
  return isHttpsUrl(value) ? (parse(value) as URL).hostname : null;
}

export const hostSchema = text().trim().toLowerCase().max(253).refine(isHostName, 'a host name such as kurs.example.no, without * or https://');
/** The admin's extra hosts: each once, in the order given. */
export const externalHostsSchema = z.array(hostSchema).max(50).transform((hosts) => [...new Set(hosts)]);

export const linkSchema = z.object({
  kind: z.enum(LINK_KINDS),
  label: text().trim().min(1).max(100),
  url: text().trim().max(500).refine(isHttpsUrl, 'an https:// address'),
}).strict();
export const linksSchema = z.array(linkSchema).max(10);

/** Reads a stored links column; anything unreadable is no links, never an error on a list. */
export function parseLinks(stored: string): LearningLink[] {
  try {
    const parsed = linksSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
