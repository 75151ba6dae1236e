import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../shared/types-ownership';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { useMessageLanguage } from './useMessageLanguage';

/** The few things kept about a person. */
export function PersonFacts({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useMessageLanguage();
  const none = <span className="muted">{t('person.notGiven')}</span>;
  return (
    <section className="panel" aria-labelledby="person-facts-heading">
      <h2 id="person-facts-heading">{t('person.details')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('people.field.email')}</dt>
          <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}</dd>
        </div>
        <div>
          <dt>{t('people.field.phone')}</dt>
          <dd>{person.phone ? <a href={`tel:${person.phone.replace(/[^+0-9]/g, '')}`}>{person.phone}</a> : none}</dd>
        </div>
        <div>
          <dt>{t('people.field.homeUnit')}</dt>
          <dd>
            {person.homeUnitId !== null ? (
              <a href={routeHref('organization', person.homeUnitId)}>{`${person.homeUnitName ?? ''} (${person.homeUnitCode ?? ''})`}</a>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('people.field.language')}</dt>
          <dd>{person.erased ? none : languageName(person.language)}</dd>
        </div>
        <div>
          <dt>{t('people.field.status')}</dt>
          <dd>{person.erased ? t('people.erasedTag') : person.active ? t('people.activeTag') : t('people.inactiveTag')}</dd>
        </div>
        <div className="fact-wide">
          <dt>{t('people.field.note')}</dt>
          <dd className="notes">{person.note || none}</dd>
        </div>
        <div>
          <dt>{t('unit.field.createdAt')}</dt>
          <dd>{format.dateTime(person.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('unit.field.updatedAt')}</dt>
          <dd>{format.dateTime(person.updatedAt)}</dd>
        </div>
      </dl>
    </section>
  );
}
