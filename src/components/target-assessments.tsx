/**
 * Under a district's status: the project's latest assessment of the target (expected result,
 * date, author, responsible organisation, text), a marker when it is more than 12 months old,
 * and the older ones behind a disclosure. Shown beside the computed status, never merged with it.
 * Data text is rendered as text only.
 */
import { isAssessmentStale, sortAssessments } from '../core/assessments';
import { formatDateAs, formatNumber } from '../core/format';
import { useLanguage, type Language } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { pickText, textLanguage } from '../core/text';
import type { Assessment, LocalizedText, Target } from '../contract/schemas';
import { useToday } from '../lib/clock';
import { assessmentMessages } from './assessment-messages';
import { ExpectedBadge } from './expected-badge';
import { InternalBadge } from './internal-badge';
import { LineIcon } from './line-icon';

function langOf(text: LocalizedText | undefined, language: Language): Language | undefined {
  const used = textLanguage(text, language);
  return used === language ? undefined : used;
}

export function formatAssessmentDate(date: string, language: Language): string {
  return formatDateAs(new Date(`${date}T00:00:00Z`), language, 'day');
}

function AssessmentBody({ assessment }: { assessment: Assessment }) {
  const t = useMessages(assessmentMessages);
  const language = useLanguage();
  return (
    <>
      <p className="assessment__head">
        <ExpectedBadge expected={assessment.expected} />
        {assessment.visibility === 'internal' ? <InternalBadge /> : null}
      </p>
      <p className="assessment__by">
        <time dateTime={assessment.date}>{formatAssessmentDate(assessment.date, language)}</time>
        {t.authorSeparator}
        {assessment.author}
      </p>
      <p className="assessment__text" lang={langOf(assessment.text, language)}>
        {pickText(assessment.text, language)}
      </p>
    </>
  );
}

export default function TargetAssessments({ target, headingLevel = 4 }: { target: Pick<Target, 'responsible' | 'assessments'>; headingLevel?: 3 | 4 }) {
  const t = useMessages(assessmentMessages);
  const language = useLanguage();
  const today = useToday();
  const assessments = sortAssessments(target.assessments ?? []);
  const [latest, ...earlier] = assessments;
  if (!latest && !target.responsible) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="assessment" data-assessment="true">
      <Heading className="assessment__heading">{t.heading}</Heading>
      {target.responsible ? (
        <p className="assessment__responsible">
          {t.responsible}: <span lang={langOf(target.responsible, language)}>{pickText(target.responsible, language)}</span>
        </p>
      ) : null}
      {latest ? (
        <>
          <AssessmentBody assessment={latest} />
          {isAssessmentStale(latest.date, today) ? (
            <p className="assessment__stale">
              <LineIcon size={14} box={20}>
                <circle cx="10" cy="10" r="8" />
                <path d="M10 5.5V10l3 2" />
              </LineIcon>
              {t.stale}
            </p>
          ) : null}
          {earlier.length > 0 ? (
            <details className="assessment__earlier">
              <summary>{t.earlier(formatNumber(earlier.length, language))}</summary>
              <ol>
                {earlier.map((assessment) => (
                  <li key={`${assessment.date}-${assessment.author}`}>
                    <AssessmentBody assessment={assessment} />
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </>
      ) : (
        <p className="assessment__by">{t.none}</p>
      )}
    </div>
  );
}
