import type { StageState } from '../../../shared/types-rollout';
import { useRolloutText } from './useRolloutText';
import './rollout.css';

/** A stage's state in words; the colour only repeats it. */
export function StageStateBadge({ state }: { state: StageState }) {
  const text = useRolloutText();
  return <span className={`state-badge stage-${state}`}>{text.stateLabel(state)}</span>;
}
