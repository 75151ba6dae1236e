// The escalation path for a unit, step by step, with whom to call and how fast
// an answer is due. A step without anyone is shown as a gap, never left out.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EscalationPath as Path, PathStep } from '../../../shared/types-support';
import { useSupportText, type SupportText } from './useSupportText';

interface EscalationPathProps {
  path: Path;
  /** Names the list, e.g. "Whom to contact, in order". */
  label: string;
  compact?: boolean;
}

export function EscalationPath({ path, label, compact = false }: EscalationPathProps) {
  const text = useSupportText();
  return (
    <ol className={compact ? 'path-steps path-compact' : 'path-steps'} aria-label={label}>
      {path.steps.map((step, i) => (
        <li key={`${step.tier}-${step.roleKey ?? 'vendor'}`} className={step.gap ? 'path-step path-gap' : 'path-step'}>
          <StepBody step={step} next={path.steps[i + 1] ?? null} text={text} />
        </li>
      ))}
    </ol>
  );
}

function roleName(step: PathStep, text: SupportText): string {
  if (step.roleKey === null) return '';
  return (text.lang === 'en' ? step.roleNameEn : step.roleNameNb) ?? step.roleKey;
}

function StepBody({ step, next, text }: { step: PathStep; next: PathStep | null; text: SupportText }) {
  const { t } = useTranslation();
  const role = roleName(step, text);
  const who = step.tier === 'vendor' ? t('support.path.vendor') : role;
  return (
    <>
      <p className="path-step-head">
        <span className="path-tier">{text.tier(step.tier)}</span>{' '}
        <span className="path-role">{step.unitName ? t('support.path.roleAt', { role: who, unit: step.unitName }) : who}</span>
      </p>
      {step.gap ? (
        <p className="path-gap-text">
          <span className="tag tag-gap">{t('support.path.gapTag')}</span> {gapText(step, next, text, t)}
        </p>
      ) : (
        <ul className="path-contacts">
          {step.vendor ? <Contact name={step.vendor.name} email={step.vendor.email || null} phone={step.vendor.phone || null} /> : null}
          {step.contacts.map((c) => (
            <Contact key={c.personId} name={c.name} email={c.email} phone={c.phone} />
          ))}
        </ul>
      )}
      <p className="path-sla">{text.targets(step.sla)}</p>
    </>
  );
}

function gapText(step: PathStep, next: PathStep | null, text: SupportText, t: TFunction): string {
  const missing =
    step.tier === 'vendor'
      ? t('support.path.noVendor')
      : step.unitName
        ? t('support.path.nobodyAt', { role: roleName(step, text).toLocaleLowerCase(text.lang), unit: step.unitName })
        : t('support.path.nobody', { role: roleName(step, text).toLocaleLowerCase(text.lang) });
  if (!next) return t('support.path.gapLast', { missing });
  // The next step on the same tier (the technical owner after the functional owner) is named by its role.
  const target = next.tier === step.tier ? roleName(next, text).toLocaleLowerCase(text.lang) : text.tierTo(next.tier);
  return t('support.path.gapNext', { missing, next: target });
}

function Contact({ name, email, phone }: { name: string; email: string | null; phone: string | null }) {
  return (
    <li className="path-contact">
      <span className="path-contact-name">{name}</span>
      {phone ? (
        <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`} className="path-contact-link">
          {phone}
        </a>
      ) : null}
      {email ? (
        <a href={`mailto:${email}`} className="path-contact-link">
          {email}
        </a>
      ) : null}
    </li>
  );
}
