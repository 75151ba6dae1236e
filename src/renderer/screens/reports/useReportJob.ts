// Follows one report export: start it, poll its status while it runs, then
// fetch the file and hand it to the save dialog (or the browser's download).
// Leaving the screen cancels a running export, since nobody would fetch it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Envelope } from '../../../shared/errors';
import type { ReportJobStatus, ReportRequest } from '../../../shared/types-reports';
import { useClient } from '../../api/ClientContext';
import { useAnnounce } from '../../components/Announcer';
import { saveFile } from '../../lib/saveFile';
import { useStepText } from './useStepText';

/** How often a running export is asked for its progress. */
export const POLL_MS = 250;

export interface ReportJob {
  /** The running export, or null when none runs. */
  running: ReportJobStatus | null;
  /** Why the last export failed. */
  error: ApiError | null;
  /** How the last export ended, in words: saved, not saved, or cancelled. */
  outcome: string | null;
  /** Starts an export; a refused start resolves to the error envelope, for the form to show. */
  start: (request: ReportRequest) => Promise<Envelope<ReportJobStatus>>;
  cancel: () => Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function useReportJob(): ReportJob {
  const { t } = useTranslation();
  const client = useClient();
  const announce = useAnnounce();
  const stepText = useStepText();
  const [running, setRunning] = useState<ReportJobStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  // The job this screen follows; cleared by cancel and unmount, which ends the polling loop.
  const followed = useRef<string | null>(null);

  const finish = useCallback(
    async (status: ReportJobStatus) => {
      if (status.state === 'failed') {
        setError(status.error);
        return;
      }
      if (status.state !== 'done') return;
      const file = await client.call('reports.result', { jobId: status.jobId });
      if (!file.ok) {
        setError(file.error);
        return;
      }
      const where = await saveFile(file.value);
      const text = where ? t('reports.saved', { file: where }) : t('reports.notSaved');
      setOutcome(text);
      announce(text);
    },
    [client, t, announce],
  );

  const follow = useCallback(
    async (first: ReportJobStatus) => {
      const jobId = first.jobId;
      followed.current = jobId;
      let status = first;
      let announced = '';
      while (status.state === 'running') {
        const step = stepText(status);
        // Each step is announced once, not every poll: progress is in the bar.
        if (step !== announced) announce(step, { quiet: true });
        announced = step;
        await wait(POLL_MS);
        if (followed.current !== jobId) return;
        const next = await client.call('reports.status', { jobId });
        if (followed.current !== jobId) return;
        if (!next.ok) {
          followed.current = null;
          setRunning(null);
          setError(next.error);
          return;
        }
        status = next.value;
        setRunning(status.state === 'running' ? status : null);
      }
      followed.current = null;
      await finish(status);
    },
    [client, announce, stepText, finish],
  );

  const start = useCallback(
    async (request: ReportRequest) => {
      setError(null);
      setOutcome(null);
      const started = await client.call('reports.start', request);
      if (started.ok) {
        setRunning(started.value);
        void follow(started.value);
      }
      return started;
    },
    [client, follow],
  );

  const cancel = useCallback(async () => {
    const jobId = followed.current;
    if (!jobId) return;
    followed.current = null;
    setRunning(null);
    const result = await client.call('reports.cancel', { jobId });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const text = t('reports.cancelled');
    setOutcome(text);
    announce(text);
  }, [client, t, announce]);

  useEffect(
    () => () => {
      const jobId = followed.current;
      followed.current = null;
      if (jobId) void client.call('reports.cancel', { jobId });
    },
    [client],
  );

  return { running, error, outcome, start, cancel };
}
