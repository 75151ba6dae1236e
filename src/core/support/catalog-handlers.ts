// Handlers for the problem catalog, the error lookup, the escalation path and the SLA policies.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { osloDate } from '../ownership/dates';
import { lookupAnswer } from './lookup';
import { buildEscalationPath } from './path';
import { createProblem, deleteProblem, listProblems, updateProblem } from './problems';
import { listSlaPolicies, updateSlaPolicy } from './sla';

type CatalogMethods =
  | 'problems.list' | 'problems.lookup' | 'problems.create' | 'problems.update' | 'problems.delete'
  | 'support.path' | 'sla.list' | 'sla.update';

export function supportCatalogHandlers({ ds, now }: CoreContext): HandlersFor<CatalogMethods> {
  return {
    'problems.list': async () => listProblems(ds.manager),
    'problems.lookup': async ({ text }) => lookupAnswer(ds.manager, text),
    'problems.create': async (input) => ds.transaction((em) => createProblem(em, input)),
    'problems.update': async (input) => ds.transaction((em) => updateProblem(em, input)),
    'problems.delete': async ({ id }) => ds.transaction((em) => deleteProblem(em, id)),
    // "Today" is read per call: who holds a role changes at midnight Oslo time.
    'support.path': async ({ unitId }) => buildEscalationPath(ds.manager, unitId, osloDate(now())),
    'sla.list': async () => listSlaPolicies(ds.manager),
    'sla.update': async (input) => ds.transaction((em) => updateSlaPolicy(em, input)),
  };
}
