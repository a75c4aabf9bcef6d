import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { probeSignIn } from './internal-queries';

const BASE = 'http://internal.test/v1/';

function whoamiAnswers(body: Record<string, string>, status = 200) {
  server.use(http.get(`${BASE}whoami.json`, () => HttpResponse.json(body, { status })));
}

test('a 401 means not signed in', async () => {
  whoamiAnswers({ error: 'sign in' }, 401);
  expect(await probeSignIn(BASE)).toEqual({ signedIn: false });
});

test('the name is shown; without one, the e-mail address', async () => {
  whoamiAnswers({ name: ' Åsa Öberg ', email: 'asa@example.org' });
  expect(await probeSignIn(BASE)).toEqual({ signedIn: true, user: 'Åsa Öberg' });
  // The reference nginx leaves out (as "") a value it cannot write into JSON.
  whoamiAnswers({ name: '', email: 'ada@example.org' });
  expect(await probeSignIn(BASE)).toEqual({ signedIn: true, user: 'ada@example.org' });
  whoamiAnswers({ name: '  ', email: '' });
  expect(await probeSignIn(BASE)).toEqual({ signedIn: true, user: undefined });
  whoamiAnswers({});
  expect(await probeSignIn(BASE)).toEqual({ signedIn: true, user: undefined });
});
