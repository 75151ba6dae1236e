// `forankring create-admin --email … [--name …]`, run on the server machine: the first
// administrator. It finds the person by e-mail in the People register, or adds them,
// gives them an account that administers the organization, and prints a one-time code
// (and the link, with --public-url) to choose the password with. Run again, it makes a
// new code: the way back in for an administrator who forgot the password.
import { call, fail, type CommandContext } from './command-context';

export async function createAdmin(ctx: CommandContext, email: string, personName: string | undefined, publicUrl: string | undefined): Promise<number> {
  const found = await call(ctx, 'people.search', { query: email, includeInactive: true, limit: 500 });
  if (!found.ok) return fail(ctx, found.error);
  let personId = found.value.rows.find((p) => p.email === email && !p.erased)?.id;
  if (personId === undefined) {
    const created = await call(ctx, 'people.create', { name: personName ?? email.split('@')[0] ?? email, email });
    if (!created.ok) return fail(ctx, created.error);
    personId = created.value.id;
  }
  const users = await call(ctx, 'users.list', {});
  if (!users.ok) return fail(ctx, users.error);
  const existing = users.value.find((u) => u.personId === personId);
  if (existing) {
    for (const step of [
      () => call(ctx, 'users.setAdmin', { userId: existing.userId, admin: true }),
      () => call(ctx, 'users.reactivate', { userId: existing.userId }),
    ]) {
      const done = await step();
      if (!done.ok) return fail(ctx, done.error);
    }
  }
  const issued = existing
    ? await call(ctx, 'users.resetLink', { userId: existing.userId })
    : await call(ctx, 'users.invite', { personId, admin: true });
  if (!issued.ok) return fail(ctx, issued.error);
  const { code, expiresAt } = issued.value;
  ctx.io.stdout(ctx.t('cli:admin.created', { email }));
  ctx.io.stdout(ctx.t('cli:admin.code', { code }));
  if (publicUrl !== undefined) ctx.io.stdout(ctx.t('cli:admin.link', { link: `${publicUrl}/#/${issued.value.kind}/${code}` }));
  ctx.io.stdout(ctx.t('cli:admin.expires', { at: new Date(expiresAt).toLocaleString(ctx.lang === 'nb' ? 'nb-NO' : 'en-GB', { timeZone: 'Europe/Oslo', dateStyle: 'medium', timeStyle: 'short' }) }));
  return 0;
}
