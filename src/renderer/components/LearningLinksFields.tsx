import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isHttpsUrl, type LearningLink, type LinkKind } from '../../shared/links';
import { Field } from './Field';

/** The form values of a row's links: one textarea per kind, a link a line as «name | https://…». */
export interface LearningLinkValues {
  elearningLinks: string;
  videoLinks: string;
}

type LinkField = keyof LearningLinkValues;
const KIND_OF: Record<LinkField, LinkKind> = { elearningLinks: 'elearning', videoLinks: 'video' };
const MAX_LINKS = 10;

function splitLine(line: string): { label: string; url: string } {
  const bar = line.lastIndexOf('|');
  return bar < 0 ? { label: '', url: line.trim() } : { label: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
}

function nonEmptyLines(value: string): string[] {
  return value.split('\n').map((l) => l.trim()).filter(Boolean);
}

export function learningLinkDefaults(links: readonly LearningLink[] | undefined): LearningLinkValues {
  const lines = (kind: LinkKind) => (links ?? []).filter((l) => l.kind === kind).map((l) => `${l.label} | ${l.url}`).join('\n');
  return { elearningLinks: lines('elearning'), videoLinks: lines('video') };
}

export function learningLinkInput(values: LearningLinkValues): LearningLink[] {
  return (Object.keys(KIND_OF) as LinkField[]).flatMap((field) => nonEmptyLines(values[field]).map((line) => ({ kind: KIND_OF[field], ...splitLine(line) })));
}

interface Props {
  idPrefix: string;
  register: (field: LinkField, rules: { validate: (value: string, all: LearningLinkValues) => true | string }) => UseFormRegisterReturn;
  errors: Partial<Record<LinkField, FieldError>>;
}

/** E-learning and instruction videos for a guide or a training type: https only, opened in the browser. */
export function LearningLinksFields({ idPrefix, register, errors }: Props) {
  const { t } = useTranslation();
  const validate = (value: string, all: LearningLinkValues): true | string => {
    for (const [i, line] of value.split('\n').entries()) {
      if (line.trim() === '') continue;
      const { label, url } = splitLine(line);
      if (label === '' || label.length > 100) return t('links.badLabel', { line: i + 1, value: line.trim() });
      if (!isHttpsUrl(url) || url.length > 500) return t('links.badUrl', { line: i + 1, value: url });
    }
    return learningLinkInput(all).length <= MAX_LINKS || t('links.tooMany', { max: MAX_LINKS });
  };
  return (
    <div className="field-row field-row-2">
      <Field id={`${idPrefix}-elearning`} label={t('links.elearning')} hint={t('links.hint')} error={errors.elearningLinks?.message}>
        {(c) => <textarea {...c} className="input" rows={3} spellCheck={false} {...register('elearningLinks', { validate })} />}
      </Field>
      <Field id={`${idPrefix}-videos`} label={t('links.videos')} hint={t('links.hint')} error={errors.videoLinks?.message}>
        {(c) => <textarea {...c} className="input" rows={3} spellCheck={false} {...register('videoLinks', { validate })} />}
      </Field>
    </div>
  );
}

/** The links as a list, each opening in the browser (the desktop app opens only allow-listed hosts). */
export function LearningLinkItems({ links }: { links: readonly LearningLink[] }) {
  const { t } = useTranslation();
  return (
    <ul className="learning-links">
      {links.map((l) => (
        <li key={`${l.kind}|${l.url}|${l.label}`}>
          <a href={l.url} target="_blank" rel="noreferrer noopener">{l.label}</a>{' '}
          <span className="muted">({t(`links.kind.${l.kind}`)})</span>
        </li>
      ))}
    </ul>
  );
}
