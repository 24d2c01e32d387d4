// The sandbox's MercadoPago.js, run in Node.js (its fetch and URL are the
// browser's): loads the script from the HTTP sandbox the way a page does,
// then uses the v2 core methods and the v1 form API against it.
//
//     node tests/js/browser_sdk_test.mjs http://127.0.0.1:PORT
// Prints "browser SDK OK" and exits 0, or says what failed and exits 1.
import assert from 'node:assert/strict';

const base = process.argv[2];
if (!base) { console.error('usage: browser_sdk_test.mjs BASE_URL'); process.exit(2); }
setTimeout(() => { console.error('browser SDK test: timed out'); process.exit(3); }, 20000).unref();

async function load(path) {
  const res = await fetch(base + path);
  assert.equal(res.status, 200, path);
  assert.match(res.headers.get('content-type'), /javascript/);
  const source = await res.text();
  // What a <script src> gives the script: document.currentScript.
  globalThis.document = { currentScript: { src: base + path } };
  new Function(source)();
}

try {
  await load('/js/v2');
  const mp = new MercadoPago('TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f', { locale: 'pt-BR' });

  const types = await mp.getIdentificationTypes();
  assert.ok(types.some((t) => t.id === 'CPF'), 'identification types list CPF');
  const methods = await mp.getPaymentMethods({ bin: '503143' });
  assert.equal(methods.results[0].id, 'master');
  const installments = await mp.getInstallments({ amount: '150.00', bin: '503143' });
  assert.ok(installments[0].payer_costs.length > 0, 'installments have payer costs');
  const issuers = await mp.getIssuers({ paymentMethodId: 'master', bin: '503143' });
  assert.ok(issuers.length > 0, 'issuers');

  const token = await mp.createCardToken({
    cardNumber: '5031 4332 1540 6351', cardholderName: 'APRO', cardExpirationMonth: '11',
    cardExpirationYear: '30', securityCode: '123', identificationType: 'CPF', identificationNumber: '12345678909',
  });
  assert.equal(token.id.length, 32);
  assert.equal(token.last_four_digits, '6351');
  assert.ok(!JSON.stringify(token).includes('5031433215406351'), 'no full card number in the token');

  await assert.rejects(
    mp.createCardToken({ cardNumber: '5031433215406351', cardholderName: 'APRO', cardExpirationMonth: '11',
                         cardExpirationYear: '2030', securityCode: '12' }),
    (e) => e.status === 400 && e.cause.length > 0, 'a bad security code is refused with the API\'s causes');

  // v1: the form's data-checkout inputs, read by Mercadopago.createToken.
  await load('/sdk/javascript/v1/mercadopago.js');
  const inputs = Object.entries({
    cardNumber: '4235647728025682', securityCode: '123', cardExpirationMonth: '11', cardExpirationYear: '2030',
    cardholderName: 'FUND', docType: 'CPF', docNumber: '12345678909',
  }).map(([name, value]) => ({ getAttribute: () => name, value }));
  const form = { querySelectorAll: (selector) => (selector === '[data-checkout]' ? inputs : []) };
  Mercadopago.setPublishableKey('TEST-4f0d3e1c-8b2a-4c55-9d1e-7a6b5c4d3e2f');
  const v1 = await new Promise((resolve, reject) =>
    Mercadopago.createToken(form, (status, response) =>
      status === 200 || status === 201 ? resolve(response) : reject(new Error(`v1 token: ${status} ${JSON.stringify(response)}`))));
  assert.equal(v1.first_six_digits, '423564');

  // A page on another origin may call: the preflight and the answer allow it.
  const pre = await fetch(base + '/v1/card_tokens?public_key=TEST-pk', {
    method: 'OPTIONS', headers: { Origin: 'http://shop.test', 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  const cors = await fetch(base + '/v1/identification_types?public_key=TEST-pk', { headers: { Origin: 'http://shop.test' } });
  assert.equal(cors.headers.get('access-control-allow-origin'), '*');

  console.log('browser SDK OK');
  process.exit(0);
} catch (e) {
  console.error('browser SDK test failed:', e && e.stack ? e.stack : e);
  process.exit(1);
}
