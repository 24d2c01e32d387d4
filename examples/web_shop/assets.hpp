// The shop's stylesheet and its card-form script, served from /assets/.
//
// The script is the whole own-checkout integration on the buyer's side:
// MercadoPago.js (loaded before it) turns the card inputs into a single-use
// token with the PUBLIC key; only the token and the choices the buyer made
// (payment method, issuer, installments, email) are posted to the shop. The
// card inputs have no `name`, so even a form posted without this script
// carries no card data.
#pragma once

#include <string_view>

namespace web_shop::assets {

inline constexpr std::string_view card_form_js = R"JS((function () {
  'use strict';
  // A quantity picker reloads the page with the new total (no inline handlers: the CSP forbids them).
  document.querySelectorAll('[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form.submit(); });
  });

  var form = document.getElementById('card-form');
  if (!form || typeof MercadoPago !== 'function') return;
  var cfg = form.dataset;
  var mp = new MercadoPago(cfg.publicKey, { locale: cfg.locale });
  var byId = function (id) { return document.getElementById(id); };
  var number = byId('card-number'), button = byId('pay-card'), error = byId('form-error');
  var brand = byId('card-brand'), installments = byId('installments');
  var fields = form.elements;
  var lookedUp = '';

  function showError(text) { error.textContent = text || ''; error.hidden = !text; }
  function digits() { return number.value.replace(/\D/g, ''); }
  function option(select, value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }
  function notReady() {
    lookedUp = '';
    fields.payment_method_id.value = '';
    fields.issuer_id.value = '';
    brand.textContent = '';
    installments.textContent = '';
    option(installments, '', cfg.msgEnterCard);
    installments.disabled = true;
    button.disabled = true;
  }

  mp.getIdentificationTypes().then(function (types) {
    var select = byId('doc-type');
    select.textContent = '';
    types.forEach(function (t) { option(select, t.id, t.name); });
  }).catch(function () { /* the API's default type applies */ });

  // The first six digits name the card's brand, issuer and installment plans.
  function lookUp() {
    var bin = digits().slice(0, 6);
    if (bin.length < 6) { if (lookedUp) notReady(); return; }
    if (bin === lookedUp) return;
    lookedUp = bin;
    mp.getPaymentMethods({ bin: bin }).then(function (found) {
      var method = found && found.results && found.results[0];
      if (bin !== lookedUp) return null;
      if (!method) { notReady(); showError(cfg.msgUnknown); return null; }
      showError('');
      fields.payment_method_id.value = method.id;
      brand.textContent = method.name || method.id;
      return Promise.all([
        mp.getIssuers({ paymentMethodId: method.id, bin: bin }).catch(function () { return []; }),
        mp.getInstallments({ amount: cfg.amount, bin: bin, paymentTypeId: method.payment_type_id })
      ]).then(function (r) {
        if (bin !== lookedUp) return;
        fields.issuer_id.value = r[0] && r[0][0] ? r[0][0].id : '';
        var plans = (r[1] && r[1][0] && r[1][0].payer_costs) || [];
        installments.textContent = '';
        if (!plans.length) option(installments, '1', '1x');
        plans.forEach(function (c) { option(installments, c.installments, c.recommended_message || c.installments + 'x'); });
        installments.disabled = false;
        button.disabled = false;
      });
    }).catch(function () { notReady(); showError(cfg.msgUnknown); });
  }
  number.addEventListener('input', lookUp);
  notReady();
  lookUp();

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    button.textContent = cfg.msgPaying;
    showError('');
    mp.createCardToken({
      cardNumber: digits(),
      cardholderName: byId('cardholder-name').value,
      cardExpirationMonth: byId('expiration-month').value,
      cardExpirationYear: byId('expiration-year').value,
      securityCode: byId('security-code').value,
      identificationType: byId('doc-type').value,
      identificationNumber: byId('doc-number').value
    }).then(function (token) {
      fields.token.value = token.id;
      byId('security-code').value = '';
      form.submit();  // posts the named fields only: token, choices, email
    }, function () {
      showError(cfg.msgRefused);
      button.disabled = false;
      button.textContent = cfg.msgPay;
    });
  });
})();
)JS";

inline constexpr std::string_view shop_css = R"CSS(:root {
  --ink: #1d232a; --muted: #5d6b78; --line: #e3e7eb; --paper: #faf8f5; --card: #fff;
  --brand: #7a4b35; --mp: #009ee3; --ok: #1f7a4d; --bad: #b3261e; --wait: #9a6700;
}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
a { color: var(--brand); }
header.top { background: var(--card); border-bottom: 1px solid var(--line); }
header.top .bar { max-width: 1040px; margin: 0 auto; padding: 14px 20px; display: flex; align-items: center; gap: 16px; }
header.top .logo { font-weight: 700; font-size: 20px; color: var(--brand); text-decoration: none; letter-spacing: .2px; }
header.top .tag { color: var(--muted); font-size: 14px; flex: 1; }
nav.langs a { margin-left: 10px; font-size: 14px; text-decoration: none; color: var(--muted); }
nav.langs a.on { color: var(--ink); font-weight: 600; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 20px 48px; }
.note { background: #fff7e0; border: 1px solid #f0dca0; color: #6b5200; border-radius: 8px; padding: 8px 12px; font-size: 14px; margin-bottom: 24px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 20px; }
.product-card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 20px; display: flex; flex-direction: column; gap: 8px; }
.product-card h2 { font-size: 18px; margin: 4px 0 0; }
.product-card p { margin: 0; color: var(--muted); font-size: 14px; flex: 1; }
.art { width: 100%; height: 150px; border-radius: 10px; overflow: hidden; }
.art svg { display: block; width: 100%; height: 100%; }
.button, button { display: inline-block; border: 0; border-radius: 8px; padding: 12px 18px; font: inherit; font-weight: 600; cursor: pointer; text-align: center; text-decoration: none; background: var(--brand); color: #fff; }
.button.mp, button.mp { background: var(--mp); width: 100%; }
button:disabled { opacity: .45; cursor: not-allowed; }
.product { display: grid; grid-template-columns: 1fr 1fr; gap: 32px; align-items: start; }
.product .art { height: 320px; }
.product h1 { margin: 0 0 6px; font-size: 28px; }
.product .lead { color: var(--muted); }
form.qty { margin: 16px 0; display: flex; gap: 12px; align-items: center; }
form.qty label { margin: 0; }
form.qty select { width: auto; min-width: 72px; }
.price { font-size: 20px; font-weight: 700; white-space: nowrap; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 22px; }
.panel h2 { margin: 0 0 6px; font-size: 18px; }
.panel .hint { color: var(--muted); font-size: 13px; margin: 6px 0 0; }
.divider { border-top: 1px solid var(--line); margin: 22px 0 16px; }
label { display: block; font-size: 13px; color: var(--muted); margin: 10px 0 4px; }
input, select { width: 100%; padding: 10px 12px; border: 1px solid #cfd6dd; border-radius: 8px; font: inherit; background: #fff; }
input:focus, select:focus { outline: 2px solid var(--mp); border-color: var(--mp); }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.row3 { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 12px; }
.brand { float: right; font-size: 12px; color: var(--mp); font-weight: 600; }
#pay-card { width: 100%; margin-top: 18px; }
.form-error { color: var(--bad); font-size: 14px; margin: 10px 0 0; }
.outcome { border-radius: 12px; padding: 20px 22px; margin: 10px 0 18px; border: 1px solid; }
.outcome h1 { margin: 0 0 6px; font-size: 24px; }
.outcome p { margin: 4px 0; }
.outcome.ok { background: #e8f5ee; border-color: #b6dec8; color: var(--ok); }
.outcome.bad { background: #fdecea; border-color: #f3c2bd; color: var(--bad); }
.outcome.wait { background: #fff7e0; border-color: #f0dca0; color: var(--wait); }
.outcome .next { color: var(--ink); }
.eyebrow { color: var(--muted); font-size: 14px; margin: 0; }
.summary { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 12px; overflow: hidden; }
.summary td { padding: 10px 14px; border-bottom: 1px solid var(--line); }
.summary td.n { text-align: right; white-space: nowrap; }
.summary tr.total td { font-weight: 700; border-bottom: 0; }
.confirm { font-size: 14px; color: var(--muted); }
.confirm[data-verified="true"] { color: var(--ok); }
.retry { margin-top: 28px; max-width: 520px; }
footer { text-align: center; color: var(--muted); font-size: 13px; padding: 24px; }
@media (max-width: 760px) { .product { grid-template-columns: 1fr; } .product .art { height: 200px; } }
)CSS";

}  // namespace web_shop::assets
