// «Innspill» (src/core/feedback): each write takes "now" once and runs in one transaction.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { feedbackForUnit, getFeedback, listFeedback } from './read';
import { feedbackSummary } from './summary';
import { answerFeedback, createFeedback, linkFeedback, mergeFeedback, unlinkFeedback } from './write';

type FeedbackMethods =
  | 'feedback.list' | 'feedback.forUnit' | 'feedback.get' | 'feedback.summary' | 'feedback.create'
  | 'feedback.answer' | 'feedback.link' | 'feedback.merge' | 'feedback.unlink';

export function feedbackHandlers({ ds, now }: CoreContext): HandlersFor<FeedbackMethods> {
  return {
    'feedback.list': async (input) => listFeedback(ds.manager, input),
    'feedback.forUnit': async ({ unitId }) => feedbackForUnit(ds.manager, unitId),
    'feedback.get': async ({ id }) => getFeedback(ds.manager, id),
    'feedback.summary': async () => feedbackSummary(ds.manager, now()),
    'feedback.create': async (input) => {
      const at = now();
      return ds.transaction(async (em) => getFeedback(em, await createFeedback(em, input, at)));
    },
    'feedback.answer': async (input) => {
      const at = now();
      return ds.transaction(async (em) => {
        await answerFeedback(em, input, at);
        return getFeedback(em, input.id);
      });
    },
    'feedback.link': async ({ id, intoId }) => ds.transaction(async (em) => {
      await linkFeedback(em, id, intoId);
      return getFeedback(em, id);
    }),
    'feedback.merge': async ({ id, intoId }) => ds.transaction(async (em) => {
      await mergeFeedback(em, id, intoId);
      return getFeedback(em, intoId);
    }),
    'feedback.unlink': async ({ id }) => ds.transaction(async (em) => {
      await unlinkFeedback(em, id);
      return getFeedback(em, id);
    }),
  };
}
