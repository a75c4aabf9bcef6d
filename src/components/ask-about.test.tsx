/**
 * "Ask about this", the cite block and the whole-dataset link, rendered in the real app over msw:
 * the question is posted as JSON to feedbackUrl (checked as received), the confirmation takes
 * focus, a failure keeps the text and says so, field errors are tied to their fields, the
 * honeypot sends nothing, and without feedbackUrl a mailto: link carries the same context.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { createDatasetFixture } from '../../mocks/fixtures/dataset';
import { documentBody } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '../../tests/render';

const FEEDBACK_URL = 'http://feedback.test/questions';

function withContact() {
  const { meta } = createDatasetFixture();
  server.use(documentBody('meta.json', { ...meta, contact: { name: 'Testförvaltningens dataenhet', email: 'data@example.org' } }));
}

function captureFeedback(status = 200) {
  const received: unknown[] = [];
  server.use(
    http.post(FEEDBACK_URL, async ({ request }) => {
      received.push(await request.json());
      return status === 200 ? HttpResponse.json({ ok: true }) : new HttpResponse('boom', { status });
    }),
  );
  return received;
}

async function openForm(user: ReturnType<typeof renderApp>['user']) {
  const section = (await screen.findByRole('heading', { level: 2, name: 'Fråga om det här' }, { timeout: 5000 })).closest('section') as HTMLElement;
  await user.click(within(section).getByRole('button', { name: 'Skriv en fråga' }));
  const message = within(section).getByRole('textbox', { name: 'Din fråga' });
  await waitFor(() => expect(message).toHaveFocus(), { timeout: 5000 });
  return { section, message };
}

test('a question on a district page is posted as JSON with what it is about, and the confirmation takes focus', async () => {
  withContact();
  const received = captureFeedback();
  const { user } = renderApp('/areas/alpha', { config: { feedbackUrl: FEEDBACK_URL } });
  const { section, message } = await openForm(user);
  expect(within(section).getByText('Stadsdel: Alfastaden')).toBeInTheDocument();
  expect(
    within(section).getByText(/skickas till Testförvaltningens dataenhet \(feedback\.test\): din fråga, din e-postadress om du anger den/),
  ).toBeInTheDocument();
  expect(within(section).getByText(/inga kakor och spårar dig inte/)).toBeInTheDocument();
  await user.type(message, 'Varför saknas 2023?');
  await user.type(within(section).getByRole('textbox', { name: /Din e-postadress/ }), 'boende@example.org');
  await user.click(within(section).getByRole('button', { name: 'Skicka frågan' }));

  const confirmation = await within(section).findByRole('status', {}, { timeout: 5000 });
  expect(confirmation).toHaveTextContent('Tack! Din fråga är skickad till Testförvaltningens dataenhet.');
  expect(confirmation).toHaveTextContent('Vi svarar till den e-postadress du angav.');
  await waitFor(() => expect(confirmation).toHaveFocus(), { timeout: 5000 });
  expect(received).toEqual([
    {
      message: 'Varför saknas 2023?',
      email: 'boende@example.org',
      about: { kind: 'area', id: 'alpha', name: 'Alfastaden' },
      page: expect.stringMatching(/^http:\/\/localhost(:\d+)?\/$/) as unknown,
      language: 'sv',
      datasetUpdated: createDatasetFixture().meta.updated,
    },
  ]);
});

test('when sending fails the text stays, and the error says so and takes focus', async () => {
  withContact();
  const received = captureFeedback(500);
  const { user } = renderApp('/areas/alpha', { config: { feedbackUrl: FEEDBACK_URL } });
  const { section, message } = await openForm(user);
  await user.type(message, 'Stämmer siffran?');
  await user.click(within(section).getByRole('button', { name: 'Skicka frågan' }));

  const alert = await within(section).findByRole('alert', {}, { timeout: 5000 });
  expect(alert).toHaveTextContent('Det gick inte att skicka frågan (servern svarade 500). Din text finns kvar');
  expect(alert).toHaveTextContent('Du kan också skicka e-post till data@example.org.');
  await waitFor(() => expect(alert).toHaveFocus(), { timeout: 5000 });
  expect(message).toHaveValue('Stämmer siffran?');
  expect(received).toHaveLength(1);
});

test('an empty question or a malformed e-mail is refused at the field, with the error tied to it, and nothing is sent', async () => {
  withContact();
  const received = captureFeedback();
  const { user } = renderApp('/areas/alpha', { config: { feedbackUrl: FEEDBACK_URL } });
  const { section, message } = await openForm(user);
  await user.click(within(section).getByRole('button', { name: 'Skicka frågan' }));
  expect(message).toHaveAttribute('aria-invalid', 'true');
  expect(message).toHaveAccessibleDescription('Skriv din fråga.');
  expect(message).toHaveFocus();

  await user.type(message, 'Hej');
  const email = within(section).getByRole('textbox', { name: /Din e-postadress/ });
  await user.type(email, 'inte-en-adress');
  await user.click(within(section).getByRole('button', { name: 'Skicka frågan' }));
  expect(email).toHaveAccessibleDescription(/Skriv en e-postadress som namn@exempel.se/);
  expect(email).toHaveFocus();
  expect(message).not.toHaveAttribute('aria-invalid');
  expect(received).toEqual([]);
});

test('a bot that fills the hidden field gets a confirmation, and nothing is sent', async () => {
  withContact();
  const received = captureFeedback();
  const { user, container } = renderApp('/areas/alpha', { config: { feedbackUrl: FEEDBACK_URL } });
  const { section, message } = await openForm(user);
  await user.type(message, 'spam');
  const trap = container.querySelector('input[name="website"]');
  if (!(trap instanceof HTMLInputElement)) throw new Error('the honeypot field exists');
  expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
  await user.type(trap, 'http://spam.example');
  await user.click(within(section).getByRole('button', { name: 'Skicka frågan' }));
  expect(await within(section).findByRole('status')).toHaveTextContent('Tack!');
  expect(received).toEqual([]);
});

test('without feedbackUrl, a mailto: link to the contact carries the same context; in English too', async () => {
  withContact();
  renderApp('/en/areas/alpha');
  const section = (await screen.findByRole('heading', { level: 2, name: 'Ask about this' })).closest('section') as HTMLElement;
  const link = await within(section).findByRole('link', { name: 'E-mail Testförvaltningens dataenhet' });
  const href = new URL(link.getAttribute('href') ?? '');
  expect(href.protocol).toBe('mailto:');
  expect(href.pathname).toBe('data@example.org');
  expect(href.searchParams.get('subject')).toBe('Question about: Alpha Town');
  expect(href.searchParams.get('body')).toContain('About: district Alpha Town (alpha)');
  expect(href.searchParams.get('body')).toMatch(/Page: http:\/\/localhost/);
  expect(within(section).queryByRole('textbox')).toBeNull();
});

test('without feedbackUrl or a contact the box says that no contact is given, and links nowhere', async () => {
  renderApp('/areas/alpha');
  expect(await screen.findByRole('heading', { level: 1, name: 'Alfastaden' })).toBeInTheDocument();
  const section = (await screen.findByRole('heading', { level: 2, name: 'Fråga om det här' })).closest('section') as HTMLElement;
  expect(within(section).getByText(/Datamängden anger ingen kontakt/)).toBeInTheDocument();
  expect(within(section).queryByRole('link')).toBeNull();
  expect(within(section).queryByRole('textbox')).toBeNull();
});

test('the About page links the zip with its size and offers a citation to copy', async () => {
  const { user } = renderApp('/about');
  const link = await screen.findByRole('link', { name: 'Ladda ner hela datamängden (zip, 123 kB)' });
  expect(link).toHaveAttribute('href', 'http://data.test/v1/test-data-2026-05-15.zip');
  const cite = (await screen.findByRole('heading', { level: 2, name: 'Citera' })).closest('section') as HTMLElement;
  const citation = within(cite).getByText(/^Testförvaltningen \(\d{4}\)\. Testdata för två stadsdelar \[datamängd\]/);
  await user.click(within(cite).getByRole('button', { name: 'Kopiera citatet' }));
  expect(await within(cite).findByText('Kopierat.')).toBeInTheDocument();
  expect(await navigator.clipboard.readText()).toBe(citation.textContent);
  await waitFor(() =>
    expect(document.head.querySelector('link[rel="alternate"][type="application/rdf+xml"]')).toHaveAttribute('href', 'http://data.test/v1/dcat.rdf'),
  );
});
