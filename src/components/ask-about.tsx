import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useAppConfig } from '../config/config-context';
import { formatNumber } from '../core/format';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../i18n/messages';
import { useMeta } from '../lib/api/hooks';
import {
  feedbackMailto,
  feedbackPayload,
  FeedbackSendError,
  MAX_MESSAGE_LENGTH,
  pageAddress,
  sendFeedback,
  validateFeedback,
  type FeedbackFieldError,
  type FeedbackSubject,
} from '../lib/feedback/feedback';
import { datasetToolsMessages } from './dataset-tools-messages';
import './dataset-tools.css';

interface AskAboutProps {
  about: FeedbackSubject;
  headingLevel?: 2 | 3 | 4;
}

type SendState = { kind: 'editing' } | { kind: 'sending' } | { kind: 'sent'; withEmail: boolean } | { kind: 'failed'; detail: string };

/**
 * "Fråga om det här" / "Ask about this": a short form posted as JSON to `feedbackUrl`
 * (config.json); without one, a mailto: link to the publisher's contact with the same context;
 * without a contact either, the box says that none is given (never an invented address).
 */
export function AskAbout({ about, headingLevel = 2 }: AskAboutProps) {
  const t = useMessages(datasetToolsMessages);
  const { feedbackUrl } = useAppConfig();
  const meta = useMeta();
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const contact = meta.data?.contact;
  const recipient = contact?.name ?? meta.data?.publisher.name ?? '';

  if (!meta.data && !feedbackUrl) return null;
  return (
    <section className="ask-about" aria-labelledby={headingId}>
      <Heading id={headingId}>{t.askHeading}</Heading>
      {feedbackUrl || contact?.email || contact?.url ? <p>{t.askIntro(about.name)}</p> : null}
      {feedbackUrl ? (
        <AskForm about={about} feedbackUrl={feedbackUrl} recipient={recipient} contactEmail={contact?.email} datasetUpdated={meta.data?.updated} />
      ) : contact?.email ? (
        <MailLink about={about} email={contact.email} recipient={recipient} />
      ) : contact?.url ? (
        <p>
          <a href={contact.url}>{t.contactLink(recipient)}</a>
        </p>
      ) : (
        <p className="ask-about__no-contact">{t.noContact(meta.data?.publisher.name ?? '')}</p>
      )}
    </section>
  );
}

function useKindName(kind: FeedbackSubject['kind']): string {
  const t = useMessages(datasetToolsMessages);
  return kind === 'indicator' ? t.kindIndicator : kind === 'area' ? t.kindArea : t.kindSite;
}

function MailLink({ about, email, recipient }: { about: FeedbackSubject; email: string; recipient: string }) {
  const t = useMessages(datasetToolsMessages);
  const kindName = useKindName(about.kind);
  const href = feedbackMailto(email, t.mailSubject(about.name), [
    t.mailAbout(kindName.toLowerCase(), about.name, about.id),
    t.mailPage(pageAddress(window.location.href)),
    '',
    t.mailWrite,
    '',
  ]);
  return (
    <>
      <p>{t.mailIntro}</p>
      <p>
        <a className="ask-about__mail" href={href}>
          {t.mailLink(recipient)}
        </a>
      </p>
      <p className="ask-about__privacy">{t.mailPrivacy}</p>
    </>
  );
}

interface AskFormProps {
  about: FeedbackSubject;
  feedbackUrl: string;
  recipient: string;
  contactEmail: string | undefined;
  datasetUpdated: string | undefined;
}

function AskForm({ about, feedbackUrl, recipient, contactEmail, datasetUpdated }: AskFormProps) {
  const t = useMessages(datasetToolsMessages);
  const language = useLanguage();
  const kindName = useKindName(about.kind);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [email, setEmail] = useState('');
  const [trap, setTrap] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'message' | 'email', FeedbackFieldError>>>({});
  const [state, setState] = useState<SendState>({ kind: 'editing' });
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const host = new URL(feedbackUrl).host;

  // Move focus to the outcome once it is on screen, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state.kind === 'sent') confirmationRef.current?.focus();
    else if (state.kind === 'failed') failureRef.current?.focus();
  }, [state]);
  const to = recipient ? `${recipient} (${host})` : host;

  const errorText = (error: FeedbackFieldError | undefined) =>
    error === 'message-empty'
      ? t.messageEmpty
      : error === 'message-too-long'
        ? t.messageTooLong(formatNumber(MAX_MESSAGE_LENGTH, language))
        : error === 'email-invalid'
          ? t.emailInvalid
          : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.kind === 'sending') return;
    const problems = validateFeedback({ message, email });
    setErrors(Object.fromEntries(problems.map((problem) => [problem.field, problem.error])));
    if (problems.length > 0) {
      (problems[0]?.field === 'email' ? emailRef : messageRef).current?.focus();
      return;
    }
    // A bot filled the hidden field: pretend success, send nothing.
    if (trap !== '') {
      setState({ kind: 'sent', withEmail: false });
      return;
    }
    setState({ kind: 'sending' });
    try {
      await sendFeedback(
        feedbackUrl,
        feedbackPayload({ message, email }, { about, page: pageAddress(window.location.href), language, ...(datasetUpdated ? { datasetUpdated } : {}) }),
      );
      setState({ kind: 'sent', withEmail: email.trim() !== '' });
      setMessage('');
      setEmail('');
    } catch (error) {
      const detail = error instanceof FeedbackSendError && error.status !== undefined ? t.sendFailedStatus(String(error.status)) : t.sendFailedNetwork;
      setState({ kind: 'failed', detail });
    }
  };

  if (state.kind === 'sent') {
    return (
      <div className="ask-about__confirmation" role="status" tabIndex={-1} ref={confirmationRef}>
        <p>{t.sent(recipient || host)}</p>
        {state.withEmail ? <p>{t.sentReply}</p> : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setState({ kind: 'editing' });
            requestAnimationFrame(() => messageRef.current?.focus());
          }}
        >
          {t.askAnother}
        </button>
      </div>
    );
  }

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => {
          const next = !open;
          setOpen(next);
          if (next) requestAnimationFrame(() => messageRef.current?.focus());
        }}
      >
        {open ? t.askClose : t.askOpen}
      </button>
      <form id={`${id}-form`} className="ask-about__form" hidden={!open} noValidate onSubmit={(event) => void submit(event)} aria-describedby={`${id}-privacy`}>
        <p className="ask-about__subject">
          {t.aboutLabel}: <strong>{`${kindName}: ${about.name}`}</strong>
        </p>
        <div className="ask-about__field">
          <label htmlFor={`${id}-message`}>{t.messageLabel}</label>
          <textarea
            id={`${id}-message`}
            ref={messageRef}
            name="message"
            rows={4}
            required
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            aria-invalid={errors.message ? true : undefined}
            aria-describedby={errors.message ? `${id}-message-error` : undefined}
          />
          {errors.message ? (
            <p id={`${id}-message-error`} className="ask-about__error">
              {errorText(errors.message)}
            </p>
          ) : null}
        </div>
        <div className="ask-about__field">
          <label htmlFor={`${id}-email`}>{t.emailLabel}</label>
          <input
            id={`${id}-email`}
            ref={emailRef}
            name="email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? `${id}-email-error` : undefined}
          />
          {errors.email ? (
            <p id={`${id}-email-error`} className="ask-about__error">
              {errorText(errors.email)}
            </p>
          ) : null}
        </div>
        {/* Honeypot: hidden from people and assistive technology; bots that fill every field reveal themselves. */}
        <div className="ask-about__trap" aria-hidden="true">
          <label htmlFor={`${id}-website`}>{t.honeypotLabel}</label>
          <input
            id={`${id}-website`}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={trap}
            onChange={(event) => setTrap(event.target.value)}
          />
        </div>
        <p id={`${id}-privacy`} className="ask-about__privacy">
          {t.privacy(to)}
        </p>
        {state.kind === 'failed' ? (
          <div className="notice notice--error ask-about__failure" role="alert" tabIndex={-1} ref={failureRef}>
            <p>{t.sendFailed(state.detail)}</p>
            {contactEmail ? <p>{t.sendFailedMail(contactEmail)}</p> : null}
          </div>
        ) : null}
        <button type="submit" className="button" disabled={state.kind === 'sending'}>
          {state.kind === 'sending' ? t.sending : t.send}
        </button>
      </form>
    </>
  );
}
