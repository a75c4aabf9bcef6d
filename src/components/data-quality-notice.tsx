import { formatPlural } from '../i18n/plural';
import type { DataProblem } from '../contract/problems';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { commonMessages } from './common-messages';

/** Lists the records that were dropped from the documents a view uses (document + record + problem). */
export function DataQualityNotice({ problems }: { problems: ReadonlyArray<DataProblem> }) {
  const t = useMessages(commonMessages);
  const language = useLanguage();
  if (problems.length === 0) return null;
  const title = formatPlural(t.problemsTitle, problems.length, language);
  return (
    <section className="notice notice--warning" aria-label={title}>
      <details>
        <summary className="notice__title">{title}</summary>
        <p>{t.problemsIntro}</p>
        <ul className="notice__list">
          {problems.map((problem) => (
            <li key={`${problem.documentName}|${problem.path}|${problem.message}`}>
              <code>{problem.documentName}</code> <code>{problem.path}</code>
              {problem.recordId ? <> ({problem.recordId})</> : null}: {problem.message}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
