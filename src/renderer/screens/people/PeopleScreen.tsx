import { useRouteId } from '../../lib/navigation';
import { PeopleList } from './PeopleList';
import { PersonView } from './PersonView';

/** The people register: the list at #/people, one person at #/people/42. */
export function PeopleScreen() {
  const personId = useRouteId();
  return personId === null ? <PeopleList /> : <PersonView key={personId} id={personId} />;
}
