import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError, ImportIssue } from '../../shared/errors';
import { referenceList } from '../../shared/i18n/references';
import type { Lang } from '../../shared/types';
import { formatDate } from '../lib/format';
import { ImportIssues } from './ImportIssues';

interface ValidationIssue {
  path?: string;
}

function validationIssues(error: ApiError): ValidationIssue[] {
  const issues = error.details?.issues;
  return Array.isArray(issues) ? (issues as ValidationIssue[]) : [];
}

export function importIssues(error: ApiError): ImportIssue[] {
  const issues = error.details?.issues;
  return error.code === 'IMPORT_INVALID' && Array.isArray(issues) ? (issues as ImportIssue[]) : [];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The translated sentence for an envelope error, its details filled in (calendar dates formatted when the language is given). */
export function errorText(t: TFunction, error: ApiError, lang?: Lang): string {
  const params: Record<string, unknown> = { ...error.details };
  if (lang) {
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'string' && ISO_DATE.test(value)) params[key] = formatDate(lang, value);
    }
  }
  // A catalog title comes in both languages; the message names it in the UI's.
  if (typeof params.titleNb === 'string' && typeof params.titleEn === 'string') params.title = lang === 'en' ? params.titleEn : params.titleNb;
  if (error.code === 'NOT_FOUND' && typeof params.entity === 'string') {
    params.entity = t(`errors:entity.${params.entity}`, { defaultValue: params.entity });
  }
  if (error.code === 'UNIT_REFERENCED') params.what = referenceList(t, params);
  if (error.code === 'INVALID_INPUT') {
    params.fields = validationIssues(error).map((i) => i.path || '–').join(', ');
  }
  return t(`errors:code.${error.code}`, params);
}

/** Shows an envelope error where the action was started; import errors list every issue. */
export function ErrorMessage({ error, id }: { error: ApiError | null; id?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const issues = importIssues(error);
  return (
    <div className="error-message" id={id}>
      <p role="alert">{errorText(t, error, i18n.language === 'en' ? 'en' : 'nb')}</p>
      {issues.length > 0 ? <ImportIssues issues={issues} /> : null}
    </div>
  );
}
