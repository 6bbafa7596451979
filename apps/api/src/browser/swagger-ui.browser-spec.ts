import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { listenOnLoopback } from '../testing/listen';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Debian's Chromium, never a downloaded one (`.ci/run` installs it). */
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const SCREENSHOT = resolve(__dirname, '../../../../artifacts/swagger-ui.png');
const staff = { tenant: '4003', subject: 'nurse-anne', roles: ['staff'] };

// Issue 13: what a newcomer does first: open /docs, authorise, try a route.
describe('Swagger UI in Chromium', () => {
  let api: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestApp();
    baseUrl = await listenOnLoopback(api.app);
    // As root (CI containers), Chromium refuses to start with its sandbox.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('authorises with a development token and runs a client search through "Try it out"', async () => {
    const token = await api.token(staff);
    await api
      .http()
      .post('/v1/clients')
      .set('Authorization', `Bearer ${token}`)
      .send({ alias: 'Fjellreven', birthYear: 1988 })
      .expect(201);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/docs`);
    const howToGetAToken = 'npm run -s token -- --tenant 4003 --role staff';
    await expect(page.locator('.information-container').textContent()).resolves.toContain(
      howToGetAToken,
    );

    await page.locator('.auth-wrapper button.authorize').click();
    const dialog = page.locator('.dialog-ux .modal-ux');
    await expect(dialog.textContent()).resolves.toContain(howToGetAToken);
    await dialog.getByLabel('auth-bearer-value').fill(token);
    await dialog.locator('button.authorize').click();
    await dialog.getByText('Authorized').waitFor();
    await dialog.locator('button.btn-done').click();

    const search = page.locator('.opblock-get', {
      has: page.locator('.opblock-summary-path[data-path="/v1/clients"]'),
    });
    await search.locator('.opblock-summary').click();
    await search.locator('button.try-out__btn').click();
    // Try it out sends nothing the user did not ask for: no stale cursor, national id or
    // break-the-glass reason is pre-filled (their examples are in the descriptions).
    for (const name of ['cursor', 'nationalId', 'X-Break-Glass-Reason']) {
      const input = search.locator(`tr[data-param-name="${name}"] input`);
      await expect(input.inputValue()).resolves.toBe('');
    }
    await search.locator('tr[data-param-name="q"] input').fill('Fjellreven');
    await search.locator('button.execute').click();

    const response = search.locator('.live-responses-table .response');
    await response.locator('.response-col_status').getByText('200', { exact: true }).waitFor();
    await expect(response.locator('.response-col_description').textContent()).resolves.toContain(
      '"alias": "Fjellreven"',
    );

    // The viewport, not the element: Chromium paints no element taller than the viewport.
    await response.scrollIntoViewIfNeeded();
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });
});
