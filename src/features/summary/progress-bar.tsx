import { formatPeriod } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import type { TargetStatus } from '../../core/status';
import { describeProgress, describeProgressShort } from './summary-sentences';

interface ProgressBarProps {
  status: TargetStatus;
  /** Share of the planned change achieved (not clamped), null for "no data". */
  progress: number | null;
  /**
   * Where the straight path is at the latest value's period, 0…1: the tick. The status is judged
   * against this plan, so the tick, its words and the badge agree.
   */
  plan: number;
  /** The latest value's period; undefined when there is none after the baseline (no tick). */
  planPeriod: string | undefined;
  /** The period the next value is for, when the latest is old (see nextValueWorthSaying). */
  nextPeriod?: string | undefined;
  baselinePeriod: string;
  targetPeriod: string;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * A horizontal bar from the baseline (left, its period) to the target (right, its period),
 * filled to the share of the change achieved, with a tick where the straight path says it should
 * have been at the latest value's period (the plan the status is judged against). The drawing is hidden from assistive technology; the sentence under it is its text
 * equivalent and is visible, so the bar never speaks by colour or length alone. It is an SVG so
 * it prints whatever the browser's "background graphics" setting.
 */
export function ProgressBar({ status, progress, plan, planPeriod, nextPeriod, baselinePeriod, targetPeriod }: ProgressBarProps) {
  const language = useLanguage();
  const fill = clamp(progress ?? 0) * 100;
  const tick = clamp(plan) * 100;
  const words = { progress, plan, planPeriod, nextPeriod };
  return (
    <div className={`progress progress--${status}`}>
      <div className="progress__bar" aria-hidden="true">
        <span className="progress__end">{formatPeriod(baselinePeriod, language)}</span>
        <svg
          className="progress__track"
          viewBox="0 0 100 14"
          preserveAspectRatio="none"
          focusable="false"
          data-progress={fill.toFixed(1)}
          data-tick={tick.toFixed(1)}
        >
          <rect className="progress__rail" x="0" y="3" width="100" height="8" vectorEffect="non-scaling-stroke" />
          <rect className="progress__fill" x="0" y="3" width={fill} height="8" />
          {planPeriod === undefined ? null : <line className="progress__tick" x1={tick} x2={tick} y1="0" y2="14" vectorEffect="non-scaling-stroke" />}
        </svg>
        <span className="progress__end">{formatPeriod(targetPeriod, language)}</span>
      </div>
      {/* The long text on screen, the short one on paper (only one is ever displayed). */}
      <p className="progress__text progress__text--screen">{describeProgress(words, language)}</p>
      <p className="progress__text progress__text--print">{describeProgressShort(words, language)}</p>
    </div>
  );
}
