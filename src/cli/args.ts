// Turns argv into a command, or into a usage error that names what was wrong.
// parseArgs runs non-strict with tokens so every mistake can be reported in the
// user's language rather than as Node's English error text.
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../shared/types';
import { isSafeServer, serverOrigin } from '../shared/remote-transport';
import { parseReportArgs, REPORT_OPTION_NAMES, type ReportCommand } from './report-args';

export type Command =
  | { name: 'init' }
  | { name: 'demo' }
  | { name: 'import-units'; file: string }
  | { name: 'export-units'; file: string; format: 'csv' | 'xlsx' }
  | { name: 'import-people'; file: string }
  | { name: 'export-gaps'; file: string; format: 'csv' | 'xlsx' }
  | { name: 'backup'; out: string }
  | { name: 'restore'; file: string }
  | { name: 'check' }
  | { name: 'rebuild-figures' }
  | ({ name: 'server'; host: string; port: number } & ServerSecurity)
  | { name: 'create-admin'; email: string; personName: string | undefined }
  | { name: 'copy-to-server' | 'copy-from-server' }
  | { name: 'sign-in'; email: string }
  | { name: 'sign-out' }
  | { name: 'messages-eml'; wave: string; message: number | null; out: string }
  | ReportCommand;

/** How the team server is reached and mails: see server-command.ts. */
export interface ServerSecurity {
  tls?: { cert: string; key: string };
  behindProxy: boolean;
  publicUrl?: string;
  mail?: { url: string; from: string };
}

export interface UsageError {
  /** Key under cli:usageError. */
  key: string;
  params?: Record<string, string>;
}

export type ParsedArgs =
  | { kind: 'help'; lang: Lang }
  | { kind: 'usage'; lang: Lang; error: UsageError }
  | { kind: 'run'; lang: Lang; db: string | undefined; databaseUrl: string | undefined; command: Command; server?: string };

const OPTIONS = {
  db: { type: 'string' },
  // A team server to run against (report, exports, sign-in, sign-out), instead of a database.
  server: { type: 'string' },
  'database-url': { type: 'string' },
  // Only for `server`.
  host: { type: 'string' },
  port: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'behind-proxy': { type: 'boolean' },
  'public-url': { type: 'string' },
  'smtp-url': { type: 'string' },
  'mail-from': { type: 'string' },
  // Only for `create-admin`.
  email: { type: 'string' },
  name: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  // Only for `report` (report-args.ts).
  kind: { type: 'string' },
  unit: { type: 'string' },
  wave: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  separator: { type: 'string' },
  appendix: { type: 'boolean' },
  out: { type: 'string' },
  // Only for `messages-eml` (which takes --wave and --out too).
  message: { type: 'string' },
} as const;

const FILE_COMMANDS = ['import-units', 'export-units', 'import-people', 'export-gaps'] as const;
const PLAIN_COMMANDS = ['init', 'demo', 'check', 'rebuild-figures'] as const;
const TABLE_EXTENSIONS = ['.csv', '.xlsx'] as const;
const COPY_COMMANDS = ['copy-to-server', 'copy-from-server'] as const;
const REMOTE_COMMANDS: readonly string[] = ['report', 'export-units', 'export-gaps', 'sign-in', 'sign-out'];
const KNOWN_COMMANDS: readonly string[] = [...FILE_COMMANDS, ...PLAIN_COMMANDS, ...COPY_COMMANDS, 'backup', 'restore', 'server', 'create-admin', 'sign-in', 'sign-out', 'messages-eml'];
const SERVER_OPTION_NAMES = ['host', 'port', 'tls-cert', 'tls-key', 'behind-proxy', 'public-url', 'smtp-url', 'mail-from'] as const;
const ADMIN_OPTION_NAMES = ['email', 'name'] as const;
const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '::1']);

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: false; allowPositionals: true; tokens: true }>>['values'];

/** The team server's TLS, proxy and mail options, or the usage error that names what is wrong. */
function serverSecurity(values: Values, env: NodeJS.ProcessEnv, host: string): ServerSecurity | UsageError {
  const str = (name: keyof Values) => (typeof values[name] === 'string' ? (values[name] as string).trim() : undefined);
  const cert = str('tls-cert');
  const key = str('tls-key');
  if ((cert === undefined) !== (key === undefined)) return { key: 'tlsPair' };
  const behindProxy = values['behind-proxy'] === true;
  // Passwords and session cookies must not cross a network in the clear.
  if (!LOOPBACK.has(host) && cert === undefined && !behindProxy) return { key: 'needsTls', params: { host } };
  const publicUrl = str('public-url');
  if (publicUrl !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(publicUrl)) return { key: 'badPublicUrl', params: { value: publicUrl } };
  const smtp = str('smtp-url') ?? (env.FORANKRING_SMTP_URL?.trim() || undefined);
  if (smtp !== undefined && !/^smtps?:\/\//.test(smtp)) return { key: 'badSmtpUrl' };
  const from = str('mail-from') ?? (env.FORANKRING_MAIL_FROM?.trim() || undefined);
  if (smtp !== undefined && from === undefined) return { key: 'missingOption', params: { flag: '--mail-from' } };
  return {
    behindProxy,
    ...(cert !== undefined && key !== undefined ? { tls: { cert, key } } : {}),
    ...(publicUrl !== undefined ? { publicUrl: publicUrl.replace(/\/$/, '') } : {}),
    ...(smtp !== undefined && from !== undefined ? { mail: { url: smtp, from } } : {}),
  };
}

/** --server's origin, a usage error, or null without the option. Passwords cross it, so https unless on this machine. */
function remoteServer(values: Values, command: string): { origin: string } | UsageError | null {
  if (typeof values.server !== 'string') return null;
  if (!REMOTE_COMMANDS.includes(command) && KNOWN_COMMANDS.includes(command)) return { key: 'optionNotForCommand', params: { flag: '--server', command } };
  const origin = serverOrigin(values.server);
  if (origin === null) return { key: 'badServerUrl', params: { value: values.server } };
  if (!isSafeServer(origin)) return { key: 'serverNeedsHttps', params: { value: origin } };
  return { origin };
}

/** messages-eml: --wave and --out, and --message as an id (without it the command lists the wave's messages). */
function parseEmlArgs(values: Values): Command | UsageError {
  const given = (flag: 'wave' | 'message' | 'out') => (typeof values[flag] === 'string' ? (values[flag] as string).trim() : undefined);
  for (const flag of ['wave', 'message', 'out'] as const) if (given(flag) === '') return { key: 'missingValue', params: { flag: `--${flag}` } };
  const wave = given('wave');
  const out = given('out');
  if (wave === undefined) return { key: 'missingOption', params: { flag: '--wave' } };
  if (out === undefined) return { key: 'missingOption', params: { flag: '--out' } };
  const message = given('message');
  if (message !== undefined && !/^[1-9]\d{0,14}$/.test(message)) return { key: 'badMessageId', params: { value: message } };
  const reportOnly = (REPORT_OPTION_NAMES as readonly string[]).find((o) => o !== 'wave' && o !== 'out' && values[o] !== undefined);
  if (reportOnly !== undefined) return { key: 'optionNotForCommand', params: { flag: `--${reportOnly}`, command: 'messages-eml' } };
  return { name: 'messages-eml', wave, message: message === undefined ? null : Number(message), out };
}

function isLang(value: string | undefined): value is Lang {
  return value === 'nb' || value === 'en';
}

export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArgs {
  const envLang = env.FORANKRING_LANG?.trim().toLowerCase();
  let lang: Lang = isLang(envLang) ? envLang : 'nb';
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  // The language is settled first, so that every later error speaks it.
  if (typeof values.lang === 'string') {
    if (!isLang(values.lang)) return { kind: 'usage', lang, error: { key: 'badLang', params: { lang: values.lang } } };
    lang = values.lang;
  }
  const usage = (key: string, params?: Record<string, string>): ParsedArgs => ({ kind: 'usage', lang, error: { key, params } });

  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: 'string' | 'boolean' }>)[token.name];
    if (!spec) return usage('unknownFlag', { flag: token.rawName });
    if (spec.type === 'string' && token.value === undefined) return usage('missingValue', { flag: token.rawName });
    if (spec.type === 'boolean' && token.value !== undefined) return usage('flagTakesNoValue', { flag: token.rawName });
  }
  if (values.help === true) return { kind: 'help', lang };

  const [name, file, ...extra] = positionals;
  if (name === undefined) return usage('missingCommand');
  const db = typeof values.db === 'string' ? values.db : undefined;
  // A --db on the command line beats FORANKRING_DATABASE_URL in the environment; both flags at once are refused.
  const databaseUrl = typeof values['database-url'] === 'string'
    ? values['database-url']
    : (db === undefined ? (env.FORANKRING_DATABASE_URL?.trim() || undefined) : undefined);
  const copying = (COPY_COMMANDS as readonly string[]).includes(name);
  if (db !== undefined && typeof values['database-url'] === 'string' && !copying) return usage('dbAndUrl');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) return usage('badDatabaseUrl');
  const serverOption = tokens.find((t) => t.kind === 'option' && (SERVER_OPTION_NAMES as readonly string[]).includes(t.name));
  if (serverOption?.kind === 'option' && name !== 'server' && KNOWN_COMMANDS.includes(name)) {
    return usage('optionNotForCommand', { flag: serverOption.rawName, command: name });
  }
  const adminOption = tokens.find((t) => t.kind === 'option' && (ADMIN_OPTION_NAMES as readonly string[]).includes(t.name));
  if (adminOption?.kind === 'option' && name !== 'create-admin' && !(name === 'sign-in' && adminOption.name === 'email') && KNOWN_COMMANDS.includes(name)) {
    return usage('optionNotForCommand', { flag: adminOption.rawName, command: name });
  }
  const remote = remoteServer(values, name);
  if (remote !== null && 'key' in remote) return usage(remote.key, remote.params);
  const server = remote?.origin;
  if (server !== undefined && (db !== undefined || typeof values['database-url'] === 'string')) return usage('serverAndDb');
  const run = (command: Command): ParsedArgs => ({ kind: 'run', lang, db, databaseUrl: server === undefined ? databaseUrl : undefined, command, ...(server !== undefined ? { server } : {}) });

  if (name === 'sign-in' || name === 'sign-out') {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    if (server === undefined) return usage('missingOption', { flag: '--server' });
    if (name === 'sign-out') return run({ name });
    const email = typeof values.email === 'string' ? values.email.trim().toLowerCase() : '';
    if (email === '') return usage('missingOption', { flag: '--email' });
    return run({ name, email });
  }

  if (name === 'create-admin') {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    const email = typeof values.email === 'string' ? values.email.trim().toLowerCase() : '';
    if (email === '') return usage('missingOption', { flag: '--email' });
    return run({ name, email, personName: typeof values.name === 'string' && values.name.trim() !== '' ? values.name.trim() : undefined });
  }

  if (copying) {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    // The file is named on purpose here: no default path, for either direction.
    if (db === undefined) return usage('missingOption', { flag: '--db' });
    if (typeof values['database-url'] !== 'string' && env.FORANKRING_DATABASE_URL === undefined) return usage('missingOption', { flag: '--database-url' });
    const url = typeof values['database-url'] === 'string' ? values['database-url'] : (env.FORANKRING_DATABASE_URL?.trim() ?? '');
    if (!/^postgres(ql)?:\/\//.test(url)) return usage('badDatabaseUrl');
    return { kind: 'run', lang, db, databaseUrl: url, command: { name: name as (typeof COPY_COMMANDS)[number] } };
  }
  if (name === 'server') {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    if (databaseUrl === undefined) return usage('missingOption', { flag: '--database-url' });
    const port = typeof values.port === 'string' ? Number(values.port) : 8080;
    if (!Number.isInteger(port) || port < 0 || port > 65535) return usage('badPort', { value: String(values.port) });
    const host = typeof values.host === 'string' ? values.host.trim() : '127.0.0.1';
    const security = serverSecurity(values, env, host);
    if ('key' in security) return usage(security.key, security.params);
    return run({ name, host, port, ...security });
  }

  const messageOption = tokens.find((t) => t.kind === 'option' && t.name === 'message');
  if (messageOption?.kind === 'option' && name !== 'messages-eml' && KNOWN_COMMANDS.includes(name)) {
    return usage('optionNotForCommand', { flag: messageOption.rawName, command: name });
  }
  if (name === 'messages-eml') {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    const eml = parseEmlArgs(values);
    return 'key' in eml ? usage(eml.key, eml.params) : run(eml);
  }
  if (name === 'report') {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    const report = parseReportArgs(values);
    return 'error' in report ? usage(report.error.key, report.error.params) : run(report.command);
  }
  // The report's options mean nothing to the other commands (but --out to backup); saying so beats ignoring them.
  const reportOption = tokens.find((t) => t.kind === 'option' && (REPORT_OPTION_NAMES as readonly string[]).includes(t.name)
    && !(name === 'backup' && t.name === 'out'));
  if (reportOption?.kind === 'option' && KNOWN_COMMANDS.includes(name)) {
    return usage('optionNotForCommand', { flag: reportOption.rawName, command: name });
  }

  if (name === 'backup') {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    if (typeof values.out !== 'string' || values.out.trim() === '') return usage('missingOption', { flag: '--out' });
    return run({ name, out: values.out });
  }
  if (name === 'restore') {
    if (file === undefined || file.trim() === '') return usage('missingFile', { command: name });
    if (extra[0] !== undefined) return usage('extraArgument', { arg: extra[0] });
    return run({ name, file });
  }
  if ((PLAIN_COMMANDS as readonly string[]).includes(name)) {
    if (file !== undefined) return usage('extraArgument', { arg: file });
    return run({ name: name as (typeof PLAIN_COMMANDS)[number] });
  }
  if ((FILE_COMMANDS as readonly string[]).includes(name)) {
    if (file === undefined || file.trim() === '') return usage('missingFile', { command: name });
    if (extra[0] !== undefined) return usage('extraArgument', { arg: extra[0] });
    const ext = extname(file).toLowerCase();
    if (ext !== '.csv' && ext !== '.xlsx') {
      return usage('badExtension', { file, allowed: TABLE_EXTENSIONS.join(', ') });
    }
    const format = ext === '.csv' ? 'csv' : 'xlsx';
    const command: Command = name === 'import-units' || name === 'import-people'
      ? { name, file }
      : { name: name as 'export-units' | 'export-gaps', file, format };
    return run(command);
  }
  return usage('unknownCommand', { command: name });
}
