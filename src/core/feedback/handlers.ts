// «Innspill» (src/core/feedback): each write takes "now" once and runs in one transaction.
import type { CoreContext } from '../context';
import { lastTableReader } from '../transfer/table';
import { exportFeedback } from './export';
import { importFeedback, previewFeedback } from './import';
import type { HandlersFor } from '../handlers-type';
import { feedbackForUnit, getFeedback, listFeedback } from './read';
import { feedbackSummary } from './summary';
import { answerFeedback, createFeedback, linkFeedback, mergeFeedback, unlinkFeedback } from './write';

type FeedbackMethods =
  | 'feedback.list' | 'feedback.forUnit' | 'feedback.get' | 'feedback.summary' | 'feedback.create'
  | 'feedback.answer' | 'feedback.link' | 'feedback.merge' | 'feedback.unlink'
  | 'feedback.export' | 'feedback.importPreview' | 'feedback.import';

export function feedbackHandlers({ ds, now, serial, parseLimits }: CoreContext): HandlersFor<FeedbackMethods> {
  // As for people: the file is parsed outside the queue (dispatch.ts UNQUEUED), once for preview and import.
  const files = lastTableReader(parseLimits);
  return {
    'feedback.export': async (input) => exportFeedback(ds.manager, input, now()),
    'feedback.importPreview': async (file) => previewFeedback(await files.read(file)),
    'feedback.import': async (input) => {
      const table = await files.read(input);
      const at = now();
      const result = await serial(() => ds.transaction((em) => importFeedback(em, input, table, at)));
      files.forget();
      return result;
    },
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
