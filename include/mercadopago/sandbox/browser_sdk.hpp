// The sandbox's stand-in for MercadoPago.js, the browser SDK card forms use:
// served at /js/v2 (the v2 core methods) and at /sdk/javascript/v1/mercadopago.js
// (the v1 form API), so a shop page written for the real script works against
// the sandbox by changing only the script's URL. It calls the sandbox's
// public-key endpoints at the origin it was loaded from.
//
//   v2: new MercadoPago(publicKey[, {locale}]) with createCardToken({cardNumber,
//       cardholderName, cardExpirationMonth, cardExpirationYear, securityCode,
//       identificationType, identificationNumber}), getIdentificationTypes(),
//       getPaymentMethods({bin}), getInstallments({amount, bin[, paymentTypeId]}),
//       getIssuers({paymentMethodId, bin}) — each a Promise; a refused token
//       rejects with {status, cause: [{code, description}]}.
//   v1: Mercadopago.setPublishableKey(key), Mercadopago.createToken(form, callback)
//       reading the form's `data-checkout` inputs (cardNumber, securityCode,
//       cardExpirationMonth, cardExpirationYear, cardholderName, docType,
//       docNumber) and calling callback(status, response),
//       Mercadopago.getIdentificationTypes(callback), Mercadopago.clearSession().
//
// Card data goes from the page straight to the sandbox's /v1/card_tokens with
// the public key; the shop's server only ever sees the token.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

inline constexpr std::string_view browser_sdk_js = R"JS((function (global) {
  'use strict';
  var script = global.document && global.document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : (global.MERCADOPAGO_SANDBOX_ORIGIN || '');

  function call(method, path, publicKey, query, body) {
    var url = new URL(origin + path);
    url.searchParams.set('public_key', publicKey);
    Object.keys(query || {}).forEach(function (k) {
      if (query[k] !== undefined && query[k] !== null && query[k] !== '') url.searchParams.set(k, String(query[k]));
    });
    var init = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url.toString(), init).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = { message: text }; }
        return { status: res.status, data: data };
      });
    });
  }

  function ok(r) {
    if (r.status >= 200 && r.status < 300) return r.data;
    var e = new Error((r.data && r.data.message) || ('HTTP ' + r.status));
    e.status = r.status;
    e.cause = (r.data && r.data.cause) || [];
    throw e;
  }

  function tokenBody(d) {
    return {
      card_number: String(d.cardNumber || '').replace(/\D/g, ''),
      security_code: String(d.securityCode || ''),
      expiration_month: parseInt(d.cardExpirationMonth, 10),
      expiration_year: (function (y) { y = parseInt(y, 10); return y < 100 ? 2000 + y : y; })(d.cardExpirationYear),
      cardholder: {
        name: d.cardholderName || '',
        identification: { type: d.identificationType || '', number: String(d.identificationNumber || '') }
      }
    };
  }

  // --- v2: new MercadoPago(publicKey) ---------------------------------------------
  function MercadoPago(publicKey, options) {
    if (!(this instanceof MercadoPago)) return new MercadoPago(publicKey, options);
    if (!publicKey) throw new Error('MercadoPago: a public key is required');
    this.publicKey = publicKey;
    this.options = options || {};
  }
  MercadoPago.prototype.createCardToken = function (data) {
    return call('POST', '/v1/card_tokens', this.publicKey, {}, tokenBody(data || {})).then(ok);
  };
  MercadoPago.prototype.getIdentificationTypes = function () {
    return call('GET', '/v1/identification_types', this.publicKey).then(ok);
  };
  MercadoPago.prototype.getPaymentMethods = function (p) {
    return call('GET', '/v1/payment_methods/search', this.publicKey, { bins: (p || {}).bin }).then(ok);
  };
  MercadoPago.prototype.getInstallments = function (p) {
    p = p || {};
    return call('GET', '/v1/payment_methods/installments', this.publicKey,
                { amount: p.amount, bin: p.bin, payment_type_id: p.paymentTypeId }).then(ok);
  };
  MercadoPago.prototype.getIssuers = function (p) {
    p = p || {};
    return call('GET', '/v1/payment_methods/card_issuers', this.publicKey,
                { payment_method_id: p.paymentMethodId, bin: p.bin }).then(ok);
  };

  // --- v1: Mercadopago.createToken(form, callback) ----------------------------------
  var v1 = { key: null };
  function fieldsOf(form) {
    var out = {};
    var inputs = form.querySelectorAll('[data-checkout]');
    for (var i = 0; i < inputs.length; i++) out[inputs[i].getAttribute('data-checkout')] = inputs[i].value;
    return out;
  }
  var Mercadopago = {
    setPublishableKey: function (key) { v1.key = key; },
    getPublishableKey: function () { return v1.key; },
    clearSession: function () {},
    createToken: function (form, callback) {
      var f = fieldsOf(form);
      var body = tokenBody({ cardNumber: f.cardNumber, securityCode: f.securityCode,
                             cardExpirationMonth: f.cardExpirationMonth, cardExpirationYear: f.cardExpirationYear,
                             cardholderName: f.cardholderName, identificationType: f.docType,
                             identificationNumber: f.docNumber });
      call('POST', '/v1/card_tokens', v1.key, {}, body).then(function (r) { callback(r.status, r.data); },
        function (e) { callback(0, { message: String(e), cause: [] }); });
    },
    getIdentificationTypes: function (callback) {
      call('GET', '/v1/identification_types', v1.key).then(function (r) { callback(r.status, r.data); });
    }
  };

  global.MercadoPago = MercadoPago;
  global.Mercadopago = Mercadopago;
})(typeof window !== 'undefined' ? window : globalThis);
)JS";

}  // namespace mercadopago::sandbox::detail
