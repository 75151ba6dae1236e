// The escalation path for a unit: whom to contact at each tier, read from the
// ownership data through the unit card, then the vendor from the settings.
// A step with nobody is kept and marked as a gap, so the UI can say "no
// support contact in this chapter, so go to the region" instead of hiding it.
import { In, type EntityManager } from 'typeorm';
import type { CardLevel } from '../../shared/types-ownership';
import type { EscalationPath, PathContact, PathStep, SlaPolicyDto, SupportTier } from '../../shared/types-support';
import { Person, Role } from '../db/entities';
import { buildUnitCard } from '../ownership/coverage-card';
import { getSettings } from '../services/settings';
import { listSlaPolicies } from './sla';

/** The level rank of chapters, the only units that print the chapter card. */
const CHAPTER_RANK = 2;

/** The organization's steps in order: which role, at which level rank, for which tier. */
const ROLE_STEPS: ReadonlyArray<{ tier: SupportTier; roleKey: string; rank: number }> = [
  { tier: 'chapter', roleKey: 'local_support', rank: CHAPTER_RANK },
  { tier: 'region', roleKey: 'super_user', rank: 1 },
  { tier: 'national', roleKey: 'functional_owner', rank: 0 },
  { tier: 'national', roleKey: 'technical_owner', rank: 0 },
];

async function erasedAmong(em: EntityManager, levels: CardLevel[]): Promise<Set<number>> {
  const ids = levels.flatMap((l) => l.roles.flatMap((r) => r.holders.map((h) => h.personId)));
  if (ids.length === 0) return new Set();
  const rows = await em.find(Person, { where: { id: In([...new Set(ids)]) }, select: { id: true, erasedAt: true } });
  return new Set(rows.filter((p) => p.erasedAt !== null).map((p) => p.id));
}

function policyFor(policies: SlaPolicyDto[], tier: SupportTier): SlaPolicyDto {
  const policy = policies.find((p) => p.tier === tier);
  if (!policy) throw new Error(`SLA policy for tier ${tier} is missing`);
  return policy;
}

/**
 * Steps for the unit at `unitId`: only the tiers at or above the unit's own
 * level, so a region starts with its super-user and the national unit with its
 * owners (a chapter step there would send callers to a level that does not
 * exist above it). The chapter step uses the unit itself or its chapter
 * ancestor, so a group below a chapter gets its chapter's contact.
 */
export async function buildEscalationPath(em: EntityManager, unitId: number, today: string): Promise<EscalationPath> {
  const { expiryDays, vendorName, vendorEmail, vendorPhone } = await getSettings(em);
  const card = await buildUnitCard(em, unitId, { today, expiryDays });
  const erased = await erasedAmong(em, card.levels);
  const policies = await listSlaPolicies(em);
  const roles = await em.find(Role, { where: { key: In(ROLE_STEPS.map((s) => s.roleKey)) } });

  const ownRank = card.levels[0]?.levelRank ?? 0;
  const steps: PathStep[] = ROLE_STEPS.filter((s) => s.rank <= ownRank).map(({ tier, roleKey, rank }) => {
    const level = card.levels.find((l) => l.levelRank === rank);
    const role = roles.find((r) => r.key === roleKey);
    const holders = level?.roles.find((r) => r.roleKey === roleKey)?.holders ?? [];
    // An erased person still holds the role in history, but cannot be called.
    const contacts: PathContact[] = holders
      .filter((h) => !erased.has(h.personId))
      .map((h) => ({ personId: h.personId, name: h.name, email: h.email, phone: h.phone }));
    return {
      tier, roleKey, roleNameNb: role?.nameNb ?? null, roleNameEn: role?.nameEn ?? null,
      unitId: level?.unitId ?? null, unitName: level?.name ?? null,
      contacts, vendor: null, gap: contacts.length === 0, sla: policyFor(policies, tier),
    };
  });

  const hasVendor = [vendorName, vendorEmail, vendorPhone].some((v) => v.trim() !== '');
  steps.push({
    tier: 'vendor', roleKey: null, roleNameNb: null, roleNameEn: null, unitId: null, unitName: null, contacts: [],
    vendor: hasVendor ? { name: vendorName.trim(), email: vendorEmail.trim(), phone: vendorPhone.trim() } : null,
    gap: !hasVendor, sla: policyFor(policies, 'vendor'),
  });
  return { unitId, chapterLevel: ownRank === CHAPTER_RANK, steps };
}
