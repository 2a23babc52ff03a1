// The web host's bridge: bound to 127.0.0.1 and guarded by the per-launch token from the
// printed address. Requests without it (or with a wrong one) are refused with 401; the page
// itself works with it and keeps working after a reload (the token moves to sessionStorage and
// out of the address bar).
import { expect, test } from './fixtures';

test('API calls and the event stream need the token', async ({ glossa, request }) => {
  expect(new URL(glossa.baseUrl).hostname).toBe('127.0.0.1');
  const api = `${glossa.baseUrl}/api/app.info`;

  const none = await request.post(api, { data: {} });
  expect(none.status()).toBe(401);
  expect(JSON.stringify(await none.json())).toContain('api.unauthorized');

  const wrong = await request.post(api, { data: {}, headers: { Authorization: `Bearer ${'x'.repeat(43)}` } });
  expect(wrong.status()).toBe(401);

  const events = await request.get(`${glossa.baseUrl}/events`);
  expect(events.status()).toBe(401);

  const ok = await request.post(api, { headers: { Authorization: `Bearer ${glossa.token}` } });
  expect(ok.status()).toBe(200);
});

test('the page drops the token from the address bar and still works after a reload', async ({ glossa, page, shell }) => {
  await glossa.openApp();
  await shell.expectProjectOpen('e2e-project');
  await expect.poll(() => new URL(page.url()).hash).not.toContain('token');

  // A fetch from the page without the header is refused too: the token is not a cookie.
  const status = await page.evaluate(async () => (await fetch('/api/app.info', { method: 'POST' })).status);
  expect(status).toBe(401);

  await page.reload();
  await shell.expectProjectOpen('e2e-project');
});
