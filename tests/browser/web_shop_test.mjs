// examples/web_shop in headless Chromium, driven by puppeteer-core: a buyer
// pays with the shop's own card form (approved; declined for insufficient
// funds, then retried on the same order) and through Checkout Pro on the
// sandbox's hosted page (approved with auto_return; rejected, back to the
// shop by the page's button). Every scenario also reads the shop's request
// log to check that no card number or security code ever reached the shop.
//
//     node web_shop_test.mjs --scenario NAME --shop PATH --chromium PATH --out DIR
//
// tests/browser/CMakeLists.txt registers one ctest test per scenario (label
// `browser`). Exit status: 0 passed, 1 failed, 77 skipped (no Chromium: ctest's
// SKIP_RETURN_CODE), a failure instead when MERCADOPAGO_REQUIRE_BROWSER=1 (CI).
// Artifacts in DIR: NAME.png (the final page; NAME.failed.png when a step
// failed), NAME.shop.log (the shop's output, the page's console, failed
// requests and the steps), NAME.requests.jsonl (the shop's request log).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const EXIT_PASS = 0;
const EXIT_FAIL = 1;
const EXIT_SKIP = 77;

const STEP_TIMEOUT_MS = 10_000;
// Below ctest's TIMEOUT (90 s), so that this script reports which step hung
// and cleans up, instead of ctest killing it without a word.
const OVERALL_TIMEOUT_MS = 75_000;
const NOTIFICATION_WAIT_MS = 10_000;
const NOTIFICATION_POLL_MS = 400;
// The shop may wait out its open keep-alive connections (5 s) before exiting.
const SHOP_STOP_MS = 10_000;

// The exact first line the shop prints (flushed) once it listens.
const SHOP_READY = /^web shop: (http:\/\/127\.0\.0\.1:\d+\/)/;

const LANG = 'es';
const PRODUCT_PATH = '/products/espresso-machine';

// Mercado Pago's Brazilian test cards (include/mercadopago/sandbox/cards.hpp),
// typed with spaces as printed on a card.
const CARDS = { mastercard: '5031 4332 1540 6351', visa: '4235 6477 2802 5682' };
const SECURITY_CODE = '123';
const EXPIRY = { month: '11', year: '30' };
const BUYER = { email: 'test_user_123@testuser.com', docType: 'CPF', docNumber: '12345678909' };
// The cardholder name forces the sandbox's outcome.
const HOLDER = { approved: 'APRO', insufficientFunds: 'FUND', otherReason: 'OTHE' };

// What the buyer reads, in Spanish: the `es` texts of describe_outcome's rows
// in include/mercadopago/outcome.hpp. The detail quotes the amount and the
// card, so only a fixed part of it is checked.
const OUTCOMES = {
  approved: {
    status: 'approved', statusDetail: 'accredited', title: 'Pago aprobado',
    detailPart: 'fue aprobado', next: 'No necesitas hacer nada más.',
  },
  insufficientFunds: {
    status: 'rejected', statusDetail: 'cc_rejected_insufficient_amount', title: 'Fondos insuficientes',
    detailPart: 'no tiene fondos o límite suficientes', next: 'Paga con otra tarjeta u otro medio de pago.',
  },
  otherReason: {
    status: 'rejected', statusDetail: 'cc_rejected_other_reason', title: 'Pago rechazado',
    detailPart: 'no procesó este pago', next: 'Paga con otra tarjeta u otro medio de pago.',
  },
};

// The query Mercado Pago adds to a Checkout Pro back URL.
const BACK_URL_PARAMETERS = [
  'collection_id', 'collection_status', 'payment_id', 'status', 'external_reference', 'payment_type',
  'merchant_order_id', 'preference_id', 'site_id', 'processing_mode', 'merchant_account_id',
];

const SCENARIOS = {
  own_card_approved: {
    run: ownCardApproved,
    requests: { required: [['POST', '/checkout/card']], cardTokens: 1 },
  },
  own_card_fund_retry: {
    run: ownCardFundRetry,
    requests: { required: [['POST', '/checkout/card']], cardTokens: 2 },
  },
  checkout_pro_success: {
    run: checkoutProSuccess,
    requests: { required: [['POST', '/checkout/pro'], ['GET', '/return/success']], cardTokens: 0 },
  },
  checkout_pro_rejected: {
    run: checkoutProRejected,
    requests: { required: [['POST', '/checkout/pro'], ['GET', '/return/failure']], cardTokens: 0 },
  },
};

/// A broken expectation: reported as the test's failure, without a stack.
class TestFailure extends Error {}

function check(condition, message) {
  if (!condition) throw new TestFailure(message);
}

function checkEqual(actual, expected, what) {
  if (actual !== expected)
    throw new TestFailure(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// What the overall timeout must know from a timer callback: what to kill and
// remove, which step hung, and where the page's last screenshot goes.
const running = { shop: null, browser: null, profile: null, page: null, failedScreenshot: null, step: 'start' };

// --- the scenarios ------------------------------------------------------------

async function ownCardApproved(t) {
  await t.step('the storefront links to the product', async () => {
    await goto(t, t.shopUrl(`/?lang=${LANG}`));
    await expectShopPage(t);
    const hrefs = await t.page.$$eval('a.product-link', (links) => links.map((a) => a.getAttribute('href')));
    check(hrefs.some((href) => new URL(href, t.shopBase).pathname === PRODUCT_PATH),
      `no a.product-link points at ${PRODUCT_PATH}: ${JSON.stringify(hrefs)}`);
  });
  await t.step('open the product page', () => openProductPage(t));
  const order = await t.step('pay by card: Mastercard, cardholder APRO', async () => {
    await payByCard(t, { card: CARDS.mastercard, holder: HOLDER.approved });
    return expectOrderPage(t, OUTCOMES.approved);
  });
  await t.step('the order page shows the verified notification', () => waitForVerifiedNotification(t, order));
}

async function ownCardFundRetry(t) {
  await t.step('open the product page', () => openProductPage(t));
  const declined = await t.step('pay by card: Visa, cardholder FUND (insufficient funds)', async () => {
    await payByCard(t, { card: CARDS.visa, holder: HOLDER.insufficientFunds });
    return expectOrderPage(t, OUTCOMES.insufficientFunds);
  });
  await t.step('the order page offers the card form again', () => expectCardForm(t));
  await t.step('pay the same order again: Mastercard, cardholder APRO', async () => {
    await payByCard(t, { card: CARDS.mastercard, holder: HOLDER.approved });
    const approved = await expectOrderPage(t, OUTCOMES.approved);
    checkEqual(approved.id, declined.id, 'the order paid on retry (#order-id)');
  });
}

async function checkoutProSuccess(t) {
  await t.step('open the product page', () => openProductPage(t));
  const preferenceId = await t.step('Checkout Pro: the shop sends the buyer to the hosted page', () =>
    openHostedCheckout(t));
  await t.step('pay on the hosted page: Mastercard, cardholder APRO', async () => {
    await payOnHostedPage(t, { card: CARDS.mastercard, holder: HOLDER.approved });
  });
  await t.step('auto_return: straight back to /return/success', () =>
    expectBackUrlPage(t, { path: '/return/success', outcome: OUTCOMES.approved, preferenceId }));
}

async function checkoutProRejected(t) {
  await t.step('open the product page', () => openProductPage(t));
  const preferenceId = await t.step('Checkout Pro: the shop sends the buyer to the hosted page', () =>
    openHostedCheckout(t));
  await t.step('pay on the hosted page: Visa, cardholder OTHE (declined)', async () => {
    await payOnHostedPage(t, { card: CARDS.visa, holder: HOLDER.otherReason });
  });
  await t.step('the hosted page shows the decline and the way back', async () => {
    // No auto_return for a decline: the buyer stays on Mercado Pago's page.
    const here = new URL(t.page.url());
    check(here.origin !== t.shopOrigin, `expected the sandbox's outcome page, but the browser is at ${here}`);
    const title = await textOf(t.page, '#outcome');
    checkEqual(title, OUTCOMES.otherReason.title, "the hosted page's #outcome");
    const back = await t.page.$eval('a#back', (a) => a.href);
    check(back.startsWith(`${t.shopOrigin}/return/failure`), `a#back should lead to the shop's /return/failure: ${back}`);
    await clickAndNavigate(t, 'a#back');
  });
  await t.step('back at /return/failure', () =>
    expectBackUrlPage(t, { path: '/return/failure', outcome: OUTCOMES.otherReason, preferenceId }));
}

// --- steps on the shop's pages ---------------------------------------------------

async function openProductPage(t) {
  await goto(t, t.shopUrl(`${PRODUCT_PATH}?lang=${LANG}`));
  await expectShopPage(t);
  await t.page.waitForSelector('form#pro-form #pay-pro', { timeout: STEP_TIMEOUT_MS });
  await expectCardForm(t);
}

/// The shop's card form is there, and its card inputs have no `name`: a form
/// posted without the script (or by a buggy one) carries no card data.
async function expectCardForm(t) {
  await t.page.waitForSelector('form#card-form', { timeout: STEP_TIMEOUT_MS });
  for (const id of ['#email', '#card-number', '#cardholder-name', '#expiration-month', '#expiration-year',
    '#security-code', '#doc-type', '#doc-number', '#installments', '#pay-card', '#form-error'])
    check(await t.page.$(`form#card-form ${id}`), `form#card-form has no ${id}`);
  // What the form does post: the buyer's choices, never card data.
  checkEqual(await t.page.$eval('#email', (el) => el.getAttribute('name')), 'email', 'the name of #email');
  checkEqual(await t.page.$eval('#installments', (el) => el.getAttribute('name')), 'installments',
    'the name of #installments');
  await expectCardInputsUnnamed(t);
}

async function expectCardInputsUnnamed(t) {
  const { all, named } = await t.page.evaluate(() => ({
    all: document.querySelectorAll('[data-checkout]').length,
    named: [...document.querySelectorAll('[data-checkout][name]')].map((el) => el.outerHTML),
  }));
  check(named.length === 0, `card inputs must have no name attribute: ${named.join(' ')}`);
  check(all >= 5, `expected at least 5 [data-checkout] inputs, found ${all}`);
}

/// What every shop page must be: on the shop, in the buyer's language; and
/// wherever it shows card inputs, they carry no name.
async function expectShopPage(t) {
  const url = new URL(t.page.url());
  checkEqual(url.origin, t.shopOrigin, `the page's origin (${url})`);
  checkEqual(await t.page.evaluate(() => document.documentElement.lang), LANG, `<html lang> of ${url.pathname}`);
  if (await t.page.$('[data-checkout], form#card-form')) await expectCardInputsUnnamed(t);
}

/// Fills the shop's card form and pays; the browser ends on the order page.
async function payByCard(t, { card, holder }) {
  const { page } = t;
  await fill(page, '#email', BUYER.email);
  // The number's first six digits make the script look up the card's brand
  // and installments; the pay button is enabled once they are known.
  await fill(page, '#card-number', card);
  try {
    await page.waitForSelector('#pay-card:not([disabled])', { timeout: STEP_TIMEOUT_MS });
  } catch (e) {
    throw new TestFailure(`#pay-card still disabled ${STEP_TIMEOUT_MS / 1000} s after typing the card number` +
      `${await formError(page)} (${e.message})`);
  }
  await chooseInstallments(page, '#installments');
  await fill(page, '#cardholder-name', holder);
  await fill(page, '#expiration-month', EXPIRY.month);
  await fill(page, '#expiration-year', EXPIRY.year);
  await fill(page, '#security-code', SECURITY_CODE);
  await chooseDocType(page);
  await fill(page, '#doc-number', BUYER.docNumber);
  await expectCardInputsUnnamed(t);
  try {
    await clickAndNavigate(t, '#pay-card');
  } catch (e) {
    if (e instanceof TestFailure) throw e;
    // A refused card stays on the form and says why in #form-error.
    throw new TestFailure(`paying did not leave the card form${await formError(page)}: ${e.message}`);
  }
}

async function formError(page) {
  const text = await page.$eval('#form-error', (el) => (el.hidden ? '' : el.textContent.trim())).catch(() => '');
  return text ? `; #form-error says ${JSON.stringify(text)}` : '';
}

async function chooseInstallments(page, selector) {
  // The script fills the select once the card is known; take one installment.
  await page.waitForFunction((sel) => {
    const select = document.querySelector(sel);
    return select && !select.disabled && [...select.options].some((o) => o.value !== '');
  }, { timeout: STEP_TIMEOUT_MS }, selector);
  const values = await page.$$eval(`${selector} option`, (options) => options.map((o) => o.value));
  const value = values.includes('1') ? '1' : values.find((v) => v !== '');
  checkEqual((await page.select(selector, value))[0], value, `${selector} selection`);
}

async function chooseDocType(page) {
  // The options come from the sandbox's identification types.
  await page.waitForSelector(`#doc-type option[value="${BUYER.docType}"]`, { timeout: STEP_TIMEOUT_MS });
  checkEqual((await page.select('#doc-type', BUYER.docType))[0], BUYER.docType, '#doc-type selection');
}

/// The order page after a card payment: /orders/<id>?lang=es with the
/// payment's outcome. Returns the order's id.
async function expectOrderPage(t, outcome) {
  const url = new URL(t.page.url());
  const match = /^\/orders\/([^/]+)$/.exec(url.pathname);
  check(match, `expected the order page /orders/<id>, the browser is at ${url}`);
  checkEqual(url.searchParams.get('lang'), LANG, `the lang parameter of ${url}`);
  await expectShopPage(t);
  const shown = await readOutcome(t.page);
  expectOutcome(shown, outcome, url.pathname);
  check(shown.orderId, `no #order-id text on ${url.pathname}`);
  checkEqual(decodeURIComponent(match[1]), shown.orderId, `the order id in the URL against #order-id`);
  return { id: shown.orderId, url: url.href };
}

async function readOutcome(page) {
  await page.waitForSelector('#outcome', { timeout: STEP_TIMEOUT_MS });
  return page.evaluate(() => {
    const outcome = document.querySelector('#outcome');
    const text = (id) => document.getElementById(id)?.textContent.trim() ?? null;
    return {
      status: outcome.getAttribute('data-status'),
      statusDetail: outcome.getAttribute('data-status-detail'),
      title: text('outcome-title'),
      detail: text('outcome-detail'),
      next: text('outcome-next'),
      orderId: text('order-id'),
    };
  });
}

function expectOutcome(shown, expected, where) {
  checkEqual(shown.status, expected.status, `#outcome data-status on ${where}`);
  checkEqual(shown.statusDetail, expected.statusDetail, `#outcome data-status-detail on ${where}`);
  checkEqual(shown.title, expected.title, `#outcome-title on ${where}`);
  check(shown.detail && shown.detail.includes(expected.detailPart),
    `#outcome-detail on ${where} should contain ${JSON.stringify(expected.detailPart)}: ${JSON.stringify(shown.detail)}`);
  checkEqual(shown.next, expected.next, `#outcome-next on ${where}`);
}

/// The sandbox notifies the shop a moment after the payment: reload the order
/// page (for a bounded time) until it says the notification was verified.
async function waitForVerifiedNotification(t, order) {
  const deadline = Date.now() + NOTIFICATION_WAIT_MS;
  for (;;) {
    const verified = await t.page.$eval('#notification', (el) => el.getAttribute('data-verified')).catch(() => null);
    if (verified === 'true') break;
    check(Date.now() < deadline, `#notification data-verified is ${JSON.stringify(verified)} after ` +
      `${NOTIFICATION_WAIT_MS / 1000} s of reloading ${order.url}: no signature-verified notification for the payment`);
    await sleep(NOTIFICATION_POLL_MS);
    const response = await t.page.reload({ waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    check(response?.ok(), `reloading ${order.url} answered ${response?.status()}`);
  }
  // Still the same approved order after the reloads.
  const again = await expectOrderPage(t, OUTCOMES.approved);
  checkEqual(again.id, order.id, '#order-id after the reloads');
}

// --- Checkout Pro ----------------------------------------------------------------

/// Clicks "pay with Mercado Pago": the shop creates a preference and sends
/// the browser to its init_point. Returns the preference's id.
async function openHostedCheckout(t) {
  await clickAndNavigate(t, '#pay-pro');
  const url = new URL(t.page.url());
  checkEqual(url.hostname, '127.0.0.1', `the hosted checkout's host (${url})`);
  checkEqual(url.pathname, '/checkout/v1/redirect', `the hosted checkout's path (${url})`);
  const preferenceId = url.searchParams.get('pref_id');
  check(preferenceId, `no pref_id in ${url}`);
  checkEqual(url.searchParams.get('lang'), LANG, `the hosted checkout's lang parameter (${url})`);
  checkEqual(await t.page.evaluate(() => document.documentElement.lang), LANG, '<html lang> of the hosted checkout');
  return preferenceId;
}

/// Pays on the sandbox's hosted page. Card data goes to Mercado Pago there,
/// never to the shop (the request log check proves it).
async function payOnHostedPage(t, { card, holder }) {
  const { page } = t;
  await page.waitForSelector('#card_number', { timeout: STEP_TIMEOUT_MS });
  const documentNumber = await page.$eval('#document', (el) => el.value);
  check(documentNumber, '#document is not prefilled on the hosted page');
  await fill(page, '#card_number', card);
  await fill(page, '#holder', holder);
  await fill(page, '#expiry', `${EXPIRY.month}/${EXPIRY.year}`);
  await fill(page, '#cvv', SECURITY_CODE);
  checkEqual((await page.select('#installments', '1'))[0], '1', '#installments selection');
  await clickAndNavigate(t, '#pay-card');
}

/// The shop's page at a Checkout Pro back URL: Mercado Pago's query, and the
/// payment's outcome for the order named by external_reference.
async function expectBackUrlPage(t, { path: backPath, outcome, preferenceId }) {
  const url = new URL(t.page.url());
  checkEqual(url.origin, t.shopOrigin, `the back URL's origin (${url})`);
  checkEqual(url.pathname, backPath, `the back URL's path (${url})`);
  const q = url.searchParams;
  const missing = BACK_URL_PARAMETERS.filter((name) => !q.get(name));
  check(missing.length === 0, `the back URL lacks ${missing.join(', ')}: ${url}`);
  checkEqual(q.get('status'), outcome.status, 'back URL status');
  checkEqual(q.get('collection_status'), outcome.status, 'back URL collection_status');
  check(/^\d+$/.test(q.get('payment_id')), `back URL payment_id is not numeric: ${q.get('payment_id')}`);
  checkEqual(q.get('collection_id'), q.get('payment_id'), 'back URL collection_id (= payment_id)');
  check(/^\d+$/.test(q.get('merchant_order_id')), `back URL merchant_order_id is not numeric: ${q.get('merchant_order_id')}`);
  checkEqual(q.get('site_id'), 'MLB', 'back URL site_id');
  checkEqual(q.get('payment_type'), 'credit_card', 'back URL payment_type');
  checkEqual(q.get('preference_id'), preferenceId, 'back URL preference_id (= the hosted page\'s pref_id)');

  await expectShopPage(t);
  const shown = await readOutcome(t.page);
  expectOutcome(shown, outcome, url.pathname);
  checkEqual(q.get('external_reference'), shown.orderId, 'back URL external_reference (= #order-id)');
}

// --- page helpers ----------------------------------------------------------------

async function goto(t, url) {
  const response = await t.page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
  check(response?.ok(), `GET ${url} answered ${response?.status()}`);
}

/// Clicks and waits for the page it leads to (a form post with its redirect,
/// or a link); that page must have loaded with a 2xx answer.
async function clickAndNavigate(t, selector) {
  const [response] = await Promise.all([
    t.page.waitForNavigation({ waitUntil: 'load', timeout: STEP_TIMEOUT_MS }),
    t.page.locator(selector).setTimeout(STEP_TIMEOUT_MS).click(),
  ]);
  check(response?.ok(), `clicking ${selector} led to ${t.page.url()}, answered ${response?.status()}`);
}

/// Types into an input as a buyer does (key by key: the page's input
/// handlers run), after clearing what it held.
function fill(page, selector, value) {
  return page.locator(selector).setTimeout(STEP_TIMEOUT_MS).fill(value);
}

async function textOf(page, selector) {
  await page.waitForSelector(selector, { timeout: STEP_TIMEOUT_MS });
  return page.$eval(selector, (el) => el.textContent.trim());
}

// --- the request log ---------------------------------------------------------------

/// The shop's log of every request it received: no card number and no
/// security code in any of them; and the requests the scenario must have made.
function checkRequestLog(file, { required, cardTokens }) {
  check(fs.existsSync(file), `the shop wrote no request log at ${file}`);
  const entries = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (e) {
      throw new TestFailure(`${file}:${i + 1} is not JSON (${e.message}): ${line.slice(0, 200)}`);
    }
  });
  check(entries.length > 0, `the request log ${file} is empty`);

  // The test cards' numbers, digits only. A text holds one when it shows up
  // once spaces and the usual separators are gone: "5031 4332 1540 6351",
  // "5031+4332+…" in a raw form body, "5031-4332-…".
  const cardNumbers = Object.values(CARDS).map((card) => card.replace(/\D/g, ''));
  const cardNumberIn = (text) => {
    const squeezed = text.replace(/[\s.+-]/g, '');
    return cardNumbers.find((number) => squeezed.includes(number));
  };
  const tokens = [];
  entries.forEach((entry, i) => {
    const where = `request log line ${i + 1} (${entry.method} ${entry.target})`;
    const target = String(entry.target ?? '');
    const body = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body ?? '');
    const contentType = String(entry.content_type ?? '').toLowerCase();
    const url = new URL(target, 'http://shop.invalid');
    const form = contentType.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(body) : null;
    const fields = [...url.searchParams.values(), ...(form ? form.values() : [])];

    for (const text of [target, safeDecode(target), body, ...fields]) {
      const number = cardNumberIn(text);
      check(!number, `${where} contains the card number ${number}`);
    }
    for (const value of fields) {
      check(!cardNumbers.includes(value.replace(/\D/g, '')), `${where} has a field holding a card number`);
      check(value !== SECURITY_CODE, `${where} has a field equal to the security code`);
    }
    if (!form) {
      const leaked = jsonStringValues(body);
      check(leaked ? !leaked.includes(SECURITY_CODE) : !body.includes(`"${SECURITY_CODE}"`),
        `${where} holds the security code as a JSON string`);
    }
    if (entry.method === 'POST' && form?.get('token')) tokens.push({ path: url.pathname, token: form.get('token') });
  });

  for (const [method, wanted] of required)
    check(entries.some((e) => e.method === method && new URL(String(e.target), 'http://shop.invalid').pathname === wanted),
      `the request log has no ${method} ${wanted}`);
  // Positive control: the card form did post, with a token instead of the card.
  if (cardTokens > 0) {
    check(tokens.some((t) => t.path === '/checkout/card'), 'the request log has no POST /checkout/card with a token');
    check(tokens.length >= cardTokens, `expected ${cardTokens} form posts with a card token, found ${tokens.length}`);
    // A card token pays once: each attempt brings a new one.
    check(new Set(tokens.map((t) => t.token)).size === tokens.length, 'a card token was posted twice');
  }
  return entries.length;
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/// Every string value of a JSON text, or null when it is not JSON.
function jsonStringValues(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const out = [];
  (function walk(v) {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  })(value);
  return out;
}

// --- the shop process ----------------------------------------------------------------

/// Starts the shop on a free port and waits for its "web shop: URL" line.
async function startShop(shopPath, requestLog, log) {
  const child = spawn(shopPath, ['--port', '0', '--request-log', requestLog], { stdio: ['ignore', 'pipe', 'pipe'] });
  const shop = { child, url: null, stopping: false, exit: null };
  running.shop = shop;
  child.on('error', (e) => log('shop', `error: ${e.message}`));
  shop.exited = new Promise((resolve) => {
    const ended = (status) => {
      if (!shop.exit) {
        shop.exit = status;
        log('shop', `exited: ${describeExit(status)}`);
      }
      resolve(shop.exit);
    };
    child.once('exit', (code, signal) => ended({ code, signal }));
    // A process that never started has no 'exit' to wait for.
    child.once('error', (e) => {
      if (child.pid === undefined) ended({ code: null, signal: null, error: e.message });
    });
  });
  readline.createInterface({ input: child.stderr }).on('line', (line) => log('shop:stderr', line));
  const stdout = readline.createInterface({ input: child.stdout });
  stdout.on('line', (line) => log('shop:stdout', line));

  shop.url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TestFailure(
      `the shop printed no "web shop: http://127.0.0.1:PORT/" line within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
    stdout.on('line', (line) => {
      const match = SHOP_READY.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new TestFailure(`could not start the shop ${shopPath}: ${e.message}`));
    });
    shop.exited.then((status) => {
      clearTimeout(timer);
      reject(new TestFailure(`the shop exited before it was ready (${describeExit(status)})`));
    });
  });
  log('shop', `ready at ${shop.url}`);
  return shop;
}

/// SIGTERM, then the shop must be gone within a few seconds. A shop that
/// died on its own, crashed or ignored SIGTERM fails the test.
async function stopShop(shop, log) {
  if (shop.exit) throw new TestFailure(`the shop exited during the test (${describeExit(shop.exit)})`);
  shop.stopping = true;
  log('shop', 'SIGTERM');
  shop.child.kill('SIGTERM');
  const status = await Promise.race([shop.exited, sleep(SHOP_STOP_MS).then(() => null)]);
  if (!status) {
    shop.child.kill('SIGKILL');
    await shop.exited;
    throw new TestFailure(`the shop was still running ${SHOP_STOP_MS / 1000} s after SIGTERM (killed)`);
  }
  const clean = status.code === 0 || status.code === 128 + 15 || status.signal === 'SIGTERM';
  check(clean, `the shop ended badly after SIGTERM (${describeExit(status)})`);
}

function describeExit({ code, signal, error }) {
  if (error) return `did not start: ${error}`;
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

// --- the browser -----------------------------------------------------------------------

async function launchBrowser(puppeteer, chromium) {
  // A profile of our own, removed even when the overall timeout kills Chromium
  // (puppeteer removes its temporary one only on a clean close).
  running.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mercadopago-browser-test-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    userDataDir: running.profile,
    headless: true,
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    defaultViewport: { width: 1200, height: 900 },
    timeout: 20_000,
  });
  running.browser = browser;
  return browser;
}

/// A tab whose console, failed requests and error answers go to the log;
/// uncaught page errors are collected and fail the step they happen in.
async function openPage(browser, t) {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  page.on('pageerror', (error) => {
    const message = error?.message ?? String(error);
    t.pageErrors.push(message);
    t.log('page:uncaught', message);
  });
  page.on('console', (message) => {
    const where = message.location()?.url;
    t.log(`page:console.${message.type()}`, `${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('requestfailed', (request) =>
    t.log('page:request-failed', `${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      t.log('page:http-error', `${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) t.log('page:navigated', frame.url());
  });
  return page;
}

async function screenshot(page, file, log) {
  try {
    await page.screenshot({ path: file, fullPage: true });
    log('test', `screenshot ${file}`);
  } catch (e) {
    log('test', `no screenshot ${file}: ${e.message}`);
  }
}

// --- running one scenario ------------------------------------------------------------

/// Per-scenario state and the step runner.
class TestRun {
  constructor(scenario, log) {
    this.scenario = scenario;
    this.log = log;
    this.page = null;
    this.pageErrors = [];
    this.shopBase = null;
    this.shopOrigin = null;
    this.currentStep = 'start';
  }

  shopUrl(pathAndQuery) {
    return new URL(pathAndQuery, this.shopBase).href;
  }

  /// Runs one named step; its name prefixes any failure, and an uncaught
  /// error in the page during the step fails it.
  async step(name, fn) {
    this.currentStep = name;
    running.step = name;
    this.log('step', name);
    console.log(`  - ${name}`);
    const result = await fn();
    check(this.pageErrors.length === 0, `uncaught error in the page: ${this.pageErrors.join(' | ')}`);
    return result;
  }
}

async function runScenario({ scenario, shopPath, chromium, out }, puppeteer) {
  const config = SCENARIOS[scenario];
  const artifact = (suffix) => path.join(out, `${scenario}${suffix}`);
  for (const suffix of ['.png', '.failed.png', '.requests.jsonl']) fs.rmSync(artifact(suffix), { force: true });
  const log = openLog(artifact('.shop.log'));
  const t = new TestRun(scenario, log);

  let shop = null;
  let browser = null;
  let failure = null;
  try {
    t.currentStep = running.step = 'start the shop';
    shop = await startShop(shopPath, artifact('.requests.jsonl'), log);
    t.shopBase = shop.url;
    t.shopOrigin = new URL(shop.url).origin;
    t.currentStep = running.step = 'launch Chromium';
    browser = await launchBrowser(puppeteer, chromium);
    log('browser', await browser.version());
    t.page = running.page = await openPage(browser, t);
    running.failedScreenshot = artifact('.failed.png');
    await config.run(t);
    await screenshot(t.page, artifact('.png'), log);
  } catch (e) {
    failure = e;
    if (t.page) await screenshot(t.page, artifact('.failed.png'), log);
  } finally {
    running.step = 'close the browser and stop the shop';
    if (browser) {
      await browser.close().catch((e) => log('browser', `close: ${e.message}`));
      log('browser', 'closed');
    }
    running.browser = null;
    running.page = null;
    removeProfile();
    // running.shop also when startShop failed half-way (e.g. no URL line).
    const started = shop ?? running.shop;
    if (started) {
      try {
        await stopShop(started, log);
      } catch (e) {
        failure ??= e;
      }
    }
  }
  if (failure) {
    // A shop that died mid-test explains most failures after it.
    const shopGone = shop?.exit && !shop.stopping ? ` (the shop had exited: ${describeExit(shop.exit)})` : '';
    const where = failure instanceof TestFailure ? '' : `${failure.name}: `;
    // An uncaught error in the page is likely why a wait then timed out.
    const pageErrors = t.pageErrors.length && !failure.message.includes(t.pageErrors[0])
      ? `\n  uncaught in the page: ${t.pageErrors.join(' | ')}` : '';
    throw new TestFailure(`step "${t.currentStep}": ${where}${failure.message}${shopGone}` +
      (t.page ? `\n  page: ${safePageUrl(t.page)}` : '') + pageErrors);
  }
  // Only now: the shop has exited, so its request log is complete.
  t.currentStep = running.step = 'the request log';
  try {
    const count = checkRequestLog(artifact('.requests.jsonl'), config.requests);
    log('test', `request log: ${count} requests, no card data`);
  } catch (e) {
    throw new TestFailure(`step "${t.currentStep}": ${e.message}`);
  }
}

/// Removes the browser's profile directory (best effort: at worst a
/// leftover under the system's temporary directory).
function removeProfile() {
  try {
    if (running.profile) fs.rmSync(running.profile, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // left behind
  }
  running.profile = null;
}

function safePageUrl(page) {
  try {
    return page.url();
  } catch {
    return '?';
  }
}

/// The run log (NAME.shop.log): written synchronously, so that it is whole
/// even when the overall timeout ends the process.
function openLog(file) {
  const fd = fs.openSync(file, 'w');
  const start = Date.now();
  return (source, text) => {
    const stamp = ((Date.now() - start) / 1000).toFixed(3).padStart(7);
    for (const line of String(text).split('\n')) fs.writeSync(fd, `${stamp} [${source}] ${line}\n`);
  };
}

// --- command line ------------------------------------------------------------------------

function usage(message) {
  console.error(`${message}\nusage: node web_shop_test.mjs --scenario NAME --shop PATH --chromium PATH --out DIR\n` +
    `scenarios: ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(EXIT_FAIL);
}

function parseCommandLine() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        scenario: { type: 'string' }, shop: { type: 'string' }, chromium: { type: 'string' }, out: { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    usage(e.message);
  }
  if (!values.scenario || !SCENARIOS[values.scenario]) usage(`unknown or missing --scenario: ${values.scenario ?? ''}`);
  if (!values.shop) usage('missing --shop');
  if (!values.out) usage('missing --out');
  return { scenario: values.scenario, shopPath: values.shop, chromium: values.chromium ?? '', out: path.resolve(values.out) };
}

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/// No Chromium: a loud skip (ctest shows it as skipped), or a failure where a
/// browser is required (CI sets MERCADOPAGO_REQUIRE_BROWSER=1).
function missingChromium(scenario, chromium) {
  const required = process.env.MERCADOPAGO_REQUIRE_BROWSER === '1';
  const rule = '='.repeat(78);
  console.error([
    `${required ? 'FAILED' : 'SKIPPED'}: browser test ${scenario}: Chromium not found` +
      (chromium ? ` (${chromium} is not an executable file)` : ''),
    rule,
    '  The browser tests (tests/browser) drive examples/web_shop in headless Chromium.',
    '  Install it with:  sudo scripts/install-deps.sh   (Debian package: chromium)',
    '  then configure again, or point CMake at a browser:',
    '    cmake -DMERCADOPAGO_CHROMIUM=/path/to/chromium <build dir>',
    required
      ? '  MERCADOPAGO_REQUIRE_BROWSER=1 is set, so a missing browser is a failure.'
      : '  (Set MERCADOPAGO_REQUIRE_BROWSER=1 to make this a failure, as CI does.)',
    rule,
  ].join('\n'));
  process.exit(required ? EXIT_FAIL : EXIT_SKIP);
}

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch (e) {
    console.error('FAILED: puppeteer-core is not installed: run scripts/install-deps.sh (or npm ci --prefix tests/browser)');
    console.error(`  (import('puppeteer-core') failed under Node.js ${process.version}: ${e.message})`);
    process.exit(EXIT_FAIL);
  }
}

/// The last word when something hangs: a screenshot if the page still
/// answers (within a few seconds), then kill the shop and the browser, say so.
function armOverallTimeout(scenario) {
  setTimeout(async () => {
    console.error(`FAILED: browser test ${scenario}: timed out after ${OVERALL_TIMEOUT_MS / 1000} s ` +
      `in step "${running.step}"; shop and browser killed`);
    if (running.page && running.failedScreenshot)
      await Promise.race([running.page.screenshot({ path: running.failedScreenshot, fullPage: true }), sleep(3_000)])
        .catch(() => {});
    running.shop?.child.kill('SIGKILL');
    running.browser?.process()?.kill('SIGKILL');
    await sleep(200);  // Chromium lets go of its profile
    removeProfile();
    process.exit(EXIT_FAIL);
  }, OVERALL_TIMEOUT_MS);
}

async function main() {
  const options = parseCommandLine();
  const { scenario } = options;
  if (!options.chromium || !isExecutableFile(options.chromium)) missingChromium(scenario, options.chromium);
  const puppeteer = await loadPuppeteer();
  if (!isExecutableFile(options.shopPath)) {
    console.error(`FAILED: browser test ${scenario}: the shop ${options.shopPath} is not an executable file ` +
      '(build the web_shop target)');
    process.exit(EXIT_FAIL);
  }
  fs.mkdirSync(options.out, { recursive: true });

  armOverallTimeout(scenario);
  // Never leave the shop behind, whatever ends this process.
  process.on('exit', () => {
    if (running.shop && !running.shop.exit) running.shop.child.kill('SIGKILL');
  });

  console.log(`browser test ${scenario}: shop ${options.shopPath}, browser ${options.chromium}`);
  try {
    await runScenario(options, puppeteer);
  } catch (e) {
    console.error(`FAILED: browser test ${scenario}: ${e instanceof TestFailure ? e.message : e.stack}`);
    console.error(`  artifacts: ${path.join(options.out, scenario)}.{shop.log,requests.jsonl,failed.png}`);
    process.exit(EXIT_FAIL);
  }
  console.log(`browser test ${scenario}: OK`);
  process.exit(EXIT_PASS);
}

await main();
