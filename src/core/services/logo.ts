// The organization's logo: a PNG or JPEG, told by its first bytes rather than a file name,
// kept beside the settings (not in them, so a settings change never copies the image into
// the audit trail) and put on every report and the printed chapter card.
import type { EntityManager } from 'typeorm';
import { LOGO_MAX_BYTES } from '../../shared/limits';
import type { OrganizationLogo } from '../../shared/types';
import { Setting } from '../db/entities';
import { AppError } from '../errors';
import { readSetting, writeSetting } from './settings';

const KEY = 'organization.logo';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function typeOf(bytes: Buffer): OrganizationLogo['mime'] | null {
  if (PNG.every((b, i) => bytes[i] === b)) return 'image/png';
  if (JPEG.every((b, i) => bytes[i] === b)) return 'image/jpeg';
  return null;
}

export async function getLogo(em: EntityManager): Promise<OrganizationLogo | null> {
  return readSetting<OrganizationLogo | null>(em, KEY, null);
}

export async function setLogo(em: EntityManager, base64: string | null): Promise<OrganizationLogo | null> {
  if (base64 === null) {
    await em.delete(Setting, { key: KEY });
    return null;
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new AppError('LOGO_INVALID', 'The logo is too large', { reason: 'size', maxKb: LOGO_MAX_BYTES / 1024 });
  }
  const mime = typeOf(bytes);
  if (mime === null) throw new AppError('LOGO_INVALID', 'The logo is neither PNG nor JPEG', { reason: 'type', maxKb: LOGO_MAX_BYTES / 1024 });
  // Stored as read back from the bytes, so what is shown is exactly what was checked.
  const logo: OrganizationLogo = { mime, base64: bytes.toString('base64') };
  await writeSetting(em, KEY, logo);
  return logo;
}
