import { CiteBlock } from '../../components/cite-block';
import { DataError } from '../../components/data-error';
import { DatasetDownload } from '../../components/dataset-download';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useAppConfig } from '../../config/config-context';
import { formatDate } from '../../core/format';
import { useLanguage } from '../../i18n/language';
import { useMessages } from '../../i18n/messages';
import { pickText } from '../../core/text';
import { documentUrl } from '../../lib/api/client';
import { useBuildReport, useIndicators, useMeta, useAreas } from '../../lib/api/hooks';
import type { BuildReportDocument, Indicator, Link, Meta } from '../../contract/schemas';
import { needsKoladaAttribution } from '../../core/citation';
import { formatList } from '../../i18n/plural';
import { aboutMessages } from './about-messages';

/** The distinct sources named by the indicators, in catalogue order. */
export function distinctSources(indicators: ReadonlyArray<Indicator>): Link[] {
  const seen = new Map<string, Link>();
  for (const { source } of indicators) {
    const key = `${source.name}|${source.url ?? ''}`;
    if (!seen.has(key)) seen.set(key, source);
  }
  return [...seen.values()];
}

function sourceKey(source: Link): string {
  return `${source.name}|${source.url ?? ''}`;
}

export interface SourceReading {
  /** The latest time one of the source's indicators was read (or failed to be). */
  readAt: string;
  /** At least one of its indicators could not be read at the last update. */
  stale: boolean;
}

/** When each source (keyed as distinctSources keys them) was last read, from build-report.json. */
export function sourceReadings(indicators: ReadonlyArray<Indicator>, report: BuildReportDocument | undefined): Map<string, SourceReading> {
  const readings = new Map<string, SourceReading>();
  if (!report) return readings;
  const byIndicator = new Map(report.indicators.map((entry) => [entry.indicatorId, entry]));
  for (const indicator of indicators) {
    const entry = byIndicator.get(indicator.id);
    if (!entry) continue;
    const key = sourceKey(indicator.source);
    const previous = readings.get(key);
    const readAt = previous && Date.parse(previous.readAt) > Date.parse(entry.readAt) ? previous.readAt : entry.readAt;
    readings.set(key, { readAt, stale: (previous?.stale ?? false) || entry.outcome === 'stale' });
  }
  return readings;
}

function LinkOrText({ link }: { link: Link }) {
  return link.url ? <a href={link.url}>{link.name}</a> : <>{link.name}</>;
}

/**
 * How to report a problem (the accessibility law asks for a way): meta.contact's email and web
 * form, or — when the dataset names no contact — the publisher, saying that no contact is given.
 */
function ReportProblem({ meta }: { meta: Meta }) {
  const t = useMessages(aboutMessages);
  const { contact } = meta;
  if (!contact) {
    return (
      <p>
        {t.contactMissing} <LinkOrText link={meta.publisher} />.
      </p>
    );
  }
  return (
    <>
      <p>{t.a11yReport}</p>
      <ul>
        {contact.name ? <li>{contact.name}</li> : null}
        {contact.email ? (
          <li>
            {t.contactEmail}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        ) : null}
        {contact.url ? (
          <li>
            <a href={contact.url}>{t.contactForm}</a>
          </li>
        ) : null}
      </ul>
    </>
  );
}

export function AboutPage() {
  const t = useMessages(aboutMessages);
  const language = useLanguage();
  const { dataBaseUrl } = useAppConfig();
  const meta = useMeta();
  const indicators = useIndicators();
  const areas = useAreas();
  // Optional: without a build report (or with a broken one) the sources are listed without dates.
  const report = useBuildReport();
  const readings = indicators.data ? sourceReadings(indicators.data, report.data) : new Map<string, SourceReading>();
  const schemaIndexUrl = documentUrl(import.meta.env.BASE_URL, 'schemas/v1/index.json');
  const districtNames = (areas.data ?? []).map((area) => pickText(area.properties.name, language));
  return (
    <div className="page prose">
      <PageHeading title={t.title} />
      <p className="lead">{districtNames.length > 0 ? t.intro(formatList(districtNames, language)) : t.introNoDistricts}</p>

      <section aria-labelledby="about-data">
        <h2 id="about-data">{t.dataHeading}</h2>
        {meta.error ? <DataError error={meta.error} onRetry={() => void meta.refetch()} /> : null}
        {meta.isPending ? <Loading lines={3} /> : null}
        {meta.data ? (
          <dl className="facts">
            <dt>{t.dataset}</dt>
            <dd>{pickText(meta.data.title, language)}</dd>
            <dt>{t.publisher}</dt>
            <dd>
              <LinkOrText link={meta.data.publisher} />
            </dd>
            {meta.data.contact ? (
              <>
                <dt>{t.contact}</dt>
                <dd>
                  {meta.data.contact.email ? <a href={`mailto:${meta.data.contact.email}`}>{meta.data.contact.email}</a> : null}
                  {meta.data.contact.email && meta.data.contact.url ? ' · ' : null}
                  {meta.data.contact.url ? <a href={meta.data.contact.url}>{t.contactForm}</a> : null}
                </dd>
              </>
            ) : null}
            <dt>{t.licence}</dt>
            <dd>
              <LinkOrText link={meta.data.licence} />
            </dd>
            <dt>{t.updated}</dt>
            <dd>
              <time dateTime={meta.data.updated}>{formatDate(meta.data.updated, language)}</time>
            </dd>
            <dt>{t.sample}</dt>
            <dd>{meta.data.isSample ? `${t.sampleYes}. ${pickText(meta.data.sampleNote, language)}` : t.sampleNo}</dd>
          </dl>
        ) : null}
      </section>

      {meta.data ? <CiteBlock meta={meta.data} kolada={needsKoladaAttribution(indicators.data ?? [])} /> : null}

      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t.sourcesHeading}</h2>
        {indicators.error ? <DataError error={indicators.error} onRetry={indicators.refetch} /> : null}
        {indicators.data ? (
          <>
            <p>{t.sourcesIntro}</p>
            <ul>
              {distinctSources(indicators.data).map((source) => {
                const reading = readings.get(sourceKey(source));
                return (
                  <li key={sourceKey(source)}>
                    <LinkOrText link={source} />
                    {reading ? (
                      <>
                        {' – '}
                        {reading.stale ? t.sourceStale : t.sourceLastRead} <time dateTime={reading.readAt}>{formatDate(reading.readAt, language)}</time>
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="about-status">
        <h2 id="about-status">{t.statusHeading}</h2>
        <p>{t.statusPlain}</p>
        <p>{t.statusRuleIntro}</p>
        <ul>
          {t.statusRules.split('\n').map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-forecast">
        <h2 id="about-forecast">{t.forecastHeading}</h2>
        <p>{t.forecastPlain}</p>
        <p>{t.forecastRuleIntro}</p>
        <ul>
          {t.forecastRules.split('\n').map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-downloads">
        <h2 id="about-downloads">{t.downloadsHeading}</h2>
        <DatasetDownload />
        <p>{t.downloadsText}</p>
        <ul>
          <li>
            <a href={documentUrl(dataBaseUrl, 'meta.json')}>{t.dataFolder}</a> (<code>meta.json</code>, <code>indicators.json</code>, <code>goals.json</code>)
          </li>
          <li>
            <a href={schemaIndexUrl}>{t.schemaFolder}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-a11y">
        <h2 id="about-a11y">{t.a11yHeading}</h2>
        <p>{t.a11yIntro}</p>
        <p>{t.a11yConforms}</p>
        <p>{t.a11yGaps}</p>
        {meta.data ? <ReportProblem meta={meta.data} /> : null}
        <p>{t.a11yEnforcement}</p>
      </section>
    </div>
  );
}
