import { formatPeriod } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import type { TargetStatus } from '../../core/status';
import { describeProgress, describeProgressShort } from './summary-sentences';

interface ProgressBarProps {
  status: TargetStatus;
  /** Share of the planned change achieved (not clamped), null for "no data". */
  progress: number | null;
  /** Where the straight path is today, 0…1: the tick. */
  expectedToday: number;
  baselinePeriod: string;
  targetPeriod: string;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * A horizontal bar from the baseline (left, its period) to the target (right, its period),
 * filled to the share of the change achieved, with a tick where the straight path says it should
 * be today. The drawing is hidden from assistive technology; the sentence under it is its text
 * equivalent and is visible, so the bar never speaks by colour or length alone. It is an SVG so
 * it prints whatever the browser's "background graphics" setting.
 */
export function ProgressBar({ status, progress, expectedToday, baselinePeriod, targetPeriod }: ProgressBarProps) {
  const language = useLanguage();
  const fill = clamp(progress ?? 0) * 100;
  const tick = clamp(expectedToday) * 100;
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
          <line className="progress__tick" x1={tick} x2={tick} y1="0" y2="14" vectorEffect="non-scaling-stroke" />
        </svg>
        <span className="progress__end">{formatPeriod(targetPeriod, language)}</span>
      </div>
      {/* The long text on screen, the short one on paper (only one is ever displayed). */}
      <p className="progress__text progress__text--screen">{describeProgress(progress, expectedToday, language)}</p>
      <p className="progress__text progress__text--print">{describeProgressShort(progress, expectedToday, language)}</p>
    </div>
  );
}
