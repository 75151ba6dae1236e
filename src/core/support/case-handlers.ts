// Cases, their events and SLA clocks, and the support metrics. Each write
// takes "now" once, so its event, the clocks and the answer agree.
import type { EntityManager } from 'typeorm';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { osloDate } from '../ownership/dates';
import { getCase } from './case-detail';
import { listCases } from './cases-read';
import { correctCase } from './cases-correct';
import { applyCaseAction, openCase, type CaseAction } from './cases-write';
import { supportMetrics } from './metrics';
import { buildEscalationPath } from './path';

type CaseMethods =
  | 'cases.list' | 'cases.get' | 'cases.open' | 'cases.respond' | 'cases.escalate' | 'cases.wait'
  | 'cases.resume' | 'cases.resolve' | 'cases.reopen' | 'cases.correct' | 'support.metrics';

export function supportCaseHandlers({ ds, now }: CoreContext): HandlersFor<CaseMethods> {
  const detail = (em: EntityManager, id: number, at: Date) => getCase(em, id, at, (unitId) => buildEscalationPath(em, unitId, osloDate(at)));
  const act = (id: number, action: CaseAction) => {
    const at = now();
    return ds.transaction(async (em) => {
      await applyCaseAction(em, id, action, at);
      return detail(em, id, at);
    });
  };
  return {
    'cases.list': async (input) => listCases(ds.manager, input, now()),
    'cases.get': async ({ id }) => detail(ds.manager, id, now()),
    'cases.open': async (input) => {
      const at = now();
      return ds.transaction(async (em) => detail(em, await openCase(em, input, at), at));
    },
    'cases.respond': async ({ id, note }) => act(id, { kind: 'first_response', note }),
    'cases.escalate': async ({ id, reason }) => act(id, { kind: 'escalated', note: reason }),
    'cases.wait': async ({ id, note }) => act(id, { kind: 'waiting', note }),
    'cases.resume': async ({ id, note }) => act(id, { kind: 'resumed', note }),
    'cases.resolve': async ({ id, resolution }) => act(id, { kind: 'resolved', note: resolution }),
    'cases.reopen': async ({ id, reason }) => act(id, { kind: 'reopened', note: reason }),
    'cases.correct': async ({ id, ...fields }) => {
      const at = now();
      return ds.transaction(async (em) => {
        await correctCase(em, id, fields, at);
        return detail(em, id, at);
      });
    },
    'support.metrics': async (input) => supportMetrics(ds.manager, input),
  };
}
