// Messages for each stage and wave (src/core/messages): each write takes "now" once and
// runs in one transaction, so a refused template or a failed export records nothing.
import type { EntityManager } from 'typeorm';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { osloDate } from '../ownership/dates';
import { copyOne, emlFiles, exportMerge, sendAll } from './deliver';
import { waveUnits } from './facts';
import { fillForUnits } from './fill';
import { createMessage, deleteMessage, listGuidance, listMessages, setGuidance, updateMessage } from './plan';
import { missingMessages, sentLog } from './sent';

type MessageMethods =
  | 'messages.guidance' | 'messages.setGuidance' | 'messages.plan' | 'messages.create' | 'messages.update' | 'messages.delete'
  | 'messages.preview' | 'messages.exportMerge' | 'messages.eml' | 'messages.copy' | 'messages.send'
  | 'messages.sentLog' | 'messages.missing';

export function messageHandlers({ ds, now, accounts }: CoreContext): HandlersFor<MessageMethods> {
  const write = <T>(work: (em: EntityManager, at: Date) => Promise<T>): Promise<T> => {
    const at = now();
    return ds.transaction((em) => work(em, at));
  };
  return {
    'messages.guidance': async () => listGuidance(ds.manager),
    'messages.setGuidance': async (input) => write((em) => setGuidance(em, input)),
    'messages.plan': async ({ waveId }) => ({
      waveId, messages: await listMessages(ds.manager, waveId), units: await waveUnits(ds.manager, waveId), canSend: accounts.sendMessage !== null,
    }),
    'messages.create': async (input) => write((em) => createMessage(em, input)),
    'messages.update': async (input) => write((em) => updateMessage(em, input)),
    'messages.delete': async ({ id }) => write((em) => deleteMessage(em, id)),
    'messages.preview': async ({ unitId, ...draft }) => ({
      unitId, recipients: await fillForUnits(ds.manager, draft, [unitId], osloDate(now())),
    }),
    'messages.exportMerge': async (input) => write((em, at) => exportMerge(em, input, at)),
    'messages.eml': async (input) => write((em, at) => emlFiles(em, input, at)),
    'messages.copy': async (input) => write((em, at) => copyOne(em, input, at)),
    'messages.send': async ({ id }) => write((em, at) => sendAll(em, id, accounts.sendMessage, at)),
    'messages.sentLog': async ({ waveId }) => sentLog(ds.manager, waveId),
    'messages.missing': async ({ waveId }) => missingMessages(ds.manager, waveId, osloDate(now())),
  };
}
