import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDto } from '../../../shared/types-support';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { navigate, useRouteId } from '../../lib/navigation';
import { GuideView } from './GuideView';
import { OpenCaseDialog } from './OpenCaseDialog';
import { LookupAnswerView } from './LookupAnswerView';
import { SupportNav } from './SupportNav';
import { UnitPathPicker } from './UnitPathPicker';
import { useRememberedUnit } from './useRememberedUnit';
import { useSupportText } from './useSupportText';
import './support.css';

/** Self-help first: paste the error, follow the guide; if it does not help, see whom to contact and open a case. */
export function LoginHelpScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const announce = useAnnounce();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [picked, setPicked] = useState<ProblemDto | null>(null);
  // A guide linked by its id (#/support/7, from the command palette) opens until another is picked.
  const linkedId = useRouteId();
  const catalog = useQuery('problems.list', linkedId !== null ? {} : null);
  const [caseOpen, setCaseOpen] = useState(false);
  const [unit, setUnit] = useRememberedUnit();
  const lookup = useQuery('problems.lookup', query ? { text: query } : null);
  const answer = lookup.loading ? undefined : lookup.data;
  const confident = answer?.match === 'code' || answer?.match === 'phrase';
  // A code or phrase hit opens its guide; a word match opens nothing until the user picks.
  const open = picked ?? (query !== null && confident ? answer?.guides[0]?.problem : undefined) ?? catalog.data?.find((p) => p.id === linkedId) ?? null;
  const setOpen = setPicked;

  useEffect(() => {
    if (answer) {
      const n = answer.guides.length;
      announce(confident ? t('support.lookup.foundAnswer') : t('support.lookup.foundHints', { count: n, n: format.number(n) }), { quiet: true });
    }
    // Announce once per finished lookup.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = draft.trim();
    setOpen(null);
    setQuery(trimmed === '' ? null : trimmed);
  };

  return (
    <div className="screen support-screen">
      <div className="screen-head">
        <PageTitle title={t('support.help.title')} />
      </div>
      <SupportNav current="support" />
      <p className="lead">{t('support.help.intro')}</p>

      <search className="panel lookup-panel" aria-label={t('support.lookup.label')}>
        <form onSubmit={submit} noValidate>
          <Field id="support-lookup" label={t('support.lookup.field')} hint={t('support.lookup.hint')}>
            {(c) => (
              <textarea
                {...c}
                className="input lookup-input"
                rows={4}
                spellCheck={false}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  // Ctrl+Enter searches; plain Enter keeps its meaning in a text area.
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
                }}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={draft.trim() === ''}>
            {t('support.lookup.submit')}
          </button>
        </form>
      </search>

      <ErrorMessage error={lookup.error} />
      {query && answer ? (
        <LookupAnswerView answer={answer} open={open} onOpen={setOpen} onOpenCase={() => setCaseOpen(true)} />
      ) : null}
      {query && lookup.loading ? <p className="muted">{t('common:loading')}</p> : null}
      {!query && open ? <GuideView problem={open} /> : null}

      <section className="panel" aria-labelledby="support-path-heading">
        <h2 id="support-path-heading">{t('support.help.pathTitle')}</h2>
        <p className="muted">{open ? t('support.help.pathIntroGuide', { tier: text.tierTo(open.resolveTier) }) : t('support.help.pathIntro')}</p>
        <UnitPathPicker unit={unit} onChange={setUnit} />
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setCaseOpen(true)}>
            {t('support.help.openCase')}
          </button>
        </div>
      </section>

      {caseOpen ? (
        <OpenCaseDialog
          unit={unit}
          problem={open}
          errorText={query ?? ''}
          matched={(answer?.guides.length ?? 0) > 0}
          onClose={() => setCaseOpen(false)}
          onOpened={(opened) => {
            setCaseOpen(false);
            if (opened.unit) setUnit(opened.unit);
            announce(t('support.open.done', { name: text.caseName(opened.id) }));
            navigate('support-case', opened.id);
          }}
        />
      ) : null}
    </div>
  );
}
