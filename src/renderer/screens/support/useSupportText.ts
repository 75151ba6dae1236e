import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { Lang } from '../../../shared/types';
import type { CaseState, ProblemDto, SlaPolicyDto, SupportTier } from '../../../shared/types-support';
import { errorText } from '../../components/ErrorMessage';

type Titled = { titleNb: string | null; titleEn: string | null };

export interface SupportText {
  lang: Lang;
  tier: (tier: SupportTier) => string;
  /** The tier as a destination: "regionen" / "the region". */
  tierTo: (tier: SupportTier) => string;
  state: (state: CaseState) => string;
  /** A problem's title in the UI language, or "no problem chosen". */
  problemTitle: (problem: Titled | null) => string;
  symptoms: (problem: ProblemDto) => string;
  steps: (problem: ProblemDto) => string[];
  needs: (problem: ProblemDto) => string;
  /** Minutes as "3 h 20 min" / "3 t 20 min". */
  duration: (minutes: number) => string;
  /** "First response within 4 h, resolved within 16 h (business hours)". */
  targets: (sla: SlaPolicyDto) => string;
  /** A case's number as people say it: "Sak 12" / "Case 12". */
  caseName: (id: number) => string;
  /** An error, with CASE_STATE's state put in words. */
  error: (error: ApiError) => string;
}

export function useSupportText(): SupportText {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nb';
  const duration = (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = Math.round(minutes - h * 60);
    if (h === 0) return t('support.duration.m', { m });
    return m === 0 ? t('support.duration.h', { h }) : t('support.duration.hm', { h, m });
  };
  return {
    lang,
    tier: (tier) => t(`support.tier.${tier}`),
    tierTo: (tier) => t(`support.tierTo.${tier}`),
    state: (state) => t(`support.state.${state}`),
    problemTitle: (problem) => {
      const title = problem ? (lang === 'en' ? problem.titleEn : problem.titleNb) : null;
      return title ?? t('support.noProblem');
    },
    symptoms: (problem) => (lang === 'en' ? problem.symptomsEn : problem.symptomsNb),
    steps: (problem) => (lang === 'en' ? problem.stepsEn : problem.stepsNb),
    needs: (problem) => (lang === 'en' ? problem.needsEn : problem.needsNb),
    duration,
    targets: (sla) =>
      t('support.sla.targets', {
        first: duration(sla.firstResponseMinutes),
        resolution: duration(sla.resolutionMinutes),
        hours: sla.businessHours ? t('support.sla.businessHours') : t('support.sla.allHours'),
      }),
    caseName: (id) => t('support.case.name', { id }),
    error: (error) => {
      const state = error.details?.state;
      const details = error.code === 'CASE_STATE' && typeof state === 'string' ? { ...error.details, state: t(`support.stateWord.${state}`, { defaultValue: state }) } : error.details;
      return errorText(t, { ...error, ...(details ? { details } : {}) }, lang);
    },
  };
}
