import type { CoreContext } from './context';
import type { Handlers } from './handlers-type';
import { coverageHandlers } from './ownership/coverage-handlers';
import { ownershipTransferHandlers } from './ownership/transfer-handlers';
import { peopleHandlers } from './ownership/people-handlers';
import { rolloutPlanHandlers } from './rollout/plan-handlers';
import { reportHandlers } from './reports/handlers';
import { rolloutReportHandlers } from './rollout/report-handlers';
import { orgHandlers } from './services/org-handlers';
import { backupHandlers } from './services/backup-handlers';
import { unitHandlers } from './services/unit-handlers';
import { supportCaseHandlers } from './support/case-handlers';
import { supportCatalogHandlers } from './support/catalog-handlers';
import { trainingHandlers } from './training/handlers';
import { transferHandlers } from './transfer/handlers';
import { auditHandlers } from './audit/handlers';
import { accountHandlers } from './accounts/handlers';
import { feedbackHandlers } from './feedback/handlers';
import { usageHandlers } from './usage/handlers';
import { messageHandlers } from './messages/handlers';

/** Every contract method, implemented. `satisfies` makes a missing method a type error. */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
    ...orgHandlers(ctx),
    ...unitHandlers(ctx),
    ...transferHandlers(ctx),
    ...peopleHandlers(ctx),
    ...coverageHandlers(ctx),
    ...ownershipTransferHandlers(ctx),
    ...rolloutPlanHandlers(ctx),
    ...rolloutReportHandlers(ctx),
    ...trainingHandlers(ctx),
    ...supportCatalogHandlers(ctx),
    ...supportCaseHandlers(ctx),
    ...reportHandlers(ctx),
    ...backupHandlers(ctx),
    ...auditHandlers(ctx),
    ...accountHandlers(ctx),
    ...feedbackHandlers(ctx),
    ...usageHandlers(ctx),
    ...messageHandlers(ctx),
  } satisfies Handlers;
}
