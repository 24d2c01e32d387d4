// examples/web_shop's server-side guards, over plain HTTP (no browser): what a
// forged or replayed request gets. Node's fetch plays the attacker and the
// careless client; the shop runs as a child process with its embedded sandbox.
//
//     node web_shop_server_test.mjs --shop PATH
//
// Checks: a card post without a token is refused and charges nothing; the
// same form posted twice (same nonce) makes one order and one payment; a
// notification with a bad signature gets 401, an unsigned IPN only 200; a
// back URL naming another order's payment is not believed; hostile ids get
// the 404 page with nothing reflected unescaped. Exit 0 passed, 1 failed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { shop: { type: 'string' } } });
if (!args.shop) { console.error('usage: web_shop_server_test.mjs --shop PATH'); process.exit(2); }

const PUBLIC_KEY = 'TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f';  // the shop's sandbox credentials (main.cpp)
const ACCESS_TOKEN = 'TEST-8812345678901234-060213-0f9e8d7c6b5a49382716a5b4c3d2e1f0-1188183100';
const timer = setTimeout(() => { console.error('web shop server test: timed out after 30 s'); process.exit(1); }, 30000);

/// Starts the shop on a free port; resolves with its URL and its sandbox's.
function startShop() {
  const child = spawn(args.shop, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const urls = {};
    child.on('exit', (code) => reject(new Error(`the shop exited (${code}) before printing its URLs`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const shop = line.match(/^web shop: (http:\/\/127\.0\.0\.1:\d+)\//);
      const sandbox = line.match(/offline sandbox at (http:\/\/127\.0\.0\.1:\d+)/);
      if (shop) urls.shop = shop[1];
      if (sandbox) urls.sandbox = sandbox[1];
      if (urls.shop && urls.sandbox) resolve({ child, ...urls });
    });
  });
}

const form = (fields) => ({
  method: 'POST', redirect: 'manual',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

async function cardToken(sandbox, holder) {
  const res = await fetch(`${sandbox}/v1/card_tokens?public_key=${PUBLIC_KEY}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ card_number: '5031433215406351', security_code: '123', expiration_month: 11,
      expiration_year: 2030, cardholder: { name: holder, identification: { type: 'CPF', number: '12345678909' } } }),
  });
  assert.equal(res.status, 201, 'the sandbox tokenises the test card');
  return (await res.json()).id;
}

async function paymentsOf(sandbox, orderId) {
  const res = await fetch(`${sandbox}/v1/payments/search?external_reference=${orderId}`,
    { headers: { Authorization: `Bearer ${ACCESS_TOKEN}` } });
  assert.equal(res.status, 200);
  return (await res.json()).results;
}

const orderIdOf = (location) => location.match(/^\/orders\/([A-Z0-9-]+)\?/)[1];

async function main(shop, sandbox) {
  const card = { product: 'espresso-machine', quantity: '1', lang: 'en', payment_method_id: 'master',
    installments: '1', email: 'buyer@example.com' };

  // 1. No token (no script ran, or a forged post): refused, nothing charged.
  let res = await fetch(`${shop}/checkout/card`, form({ ...card, attempt: 'a1b2c3d4e5f6a7b8', token: '' }));
  assert.equal(res.status, 400, 'a card post without a token is refused');
  assert.match(await res.text(), /needs JavaScript/);

  // 2. The same form (same nonce) posted twice: one order, one payment.
  const token = await cardToken(sandbox, 'APRO');
  const post = { ...card, attempt: 'f00dfeedf00dfeed0001', token };
  const first = await fetch(`${shop}/checkout/card`, form(post));
  const second = await fetch(`${shop}/checkout/card`, form(post));
  assert.equal(first.status, 303);
  assert.equal(second.status, 303);
  assert.equal(second.headers.get('location'), first.headers.get('location'), 'a resent form lands on the same order');
  const orderA = orderIdOf(first.headers.get('location'));
  const paid = await paymentsOf(sandbox, orderA);
  assert.equal(paid.length, 1, 'one payment for a form sent twice');
  assert.equal(paid[0].status, 'approved');
  const paymentA = paid[0].id;

  // 3. Notifications: a bad signature is refused; an unsigned IPN is acknowledged, not trusted.
  res = await fetch(`${shop}/webhooks?data.id=${paymentA}&type=payment`, {
    method: 'POST', headers: { 'x-signature': 'ts=1700000000,v1=' + '0'.repeat(64), 'x-request-id': 'forged-1',
      'Content-Type': 'application/json' }, body: '{"type":"payment"}' });
  assert.equal(res.status, 401, 'a notification with a bad signature is refused');
  res = await fetch(`${shop}/webhooks?topic=payment&id=${paymentA}`, { method: 'POST' });
  assert.equal(res.status, 200, 'an unsigned IPN is acknowledged');

  // 4. A back URL naming another order's payment is not believed.
  res = await fetch(`${shop}/checkout/pro`, form({ product: 'hand-grinder', quantity: '1', lang: 'en' }));
  assert.equal(res.status, 303);
  const prefId = new URL(res.headers.get('location')).searchParams.get('pref_id');
  const pref = await (await fetch(`${sandbox}/checkout/preferences/${prefId}`,
    { headers: { Authorization: `Bearer ${ACCESS_TOKEN}` } })).json();
  const orderB = pref.external_reference;
  assert.ok(orderB && orderB !== orderA);
  res = await fetch(`${shop}/return/success?external_reference=${orderB}&payment_id=${paymentA}&status=approved` +
    `&collection_status=approved`);
  const page = await res.text();
  assert.equal(res.status, 200);
  assert.match(page, /id="outcome" class="outcome wait" data-status=""/, 'order B stays unpaid');
  assert.doesNotMatch(page, new RegExp(`#${paymentA}`), "order A's payment is not shown on order B");

  // 5. Hostile ids: the 404 page, nothing reflected unescaped.
  for (const path of ['/orders/..%2F..%2Fetc%2Fpasswd', '/products/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/return/success?external_reference=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/orders/CP-NOSUCHORDER']) {
    res = await fetch(shop + path);
    const body = await res.text();
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(body, /<script>alert/, `${path} reflects no script`);
  }
}

const { child, shop, sandbox } = await startShop();
try {
  await main(shop, sandbox);
  console.log('web shop server guards: OK');
} catch (e) {
  console.error(`web shop server guards: FAILED: ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  clearTimeout(timer);
}
