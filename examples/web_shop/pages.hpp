// The shop's HTML: storefront, product page (Checkout Pro and the card form),
// order page (the outcome in the buyer's words). Every value is escaped.
#pragma once

#include "catalog.hpp"
#include "orders.hpp"
#include "texts.hpp"

#include <mercadopago/models/payment.hpp>
#include <mercadopago/outcome.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace web_shop {

/// What a page needs to load MercadoPago.js.
struct checkout_script {
    std::string public_key;
    std::string sdk_url;  ///< https://sdk.mercadopago.com/js/v2, or the sandbox's /js/v2
    bool sandbox = false;
};

inline std::string escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

/// A page in the shop's frame. `here` is the path the language links point at.
inline std::string layout(mp::language lang, std::string_view title, std::string_view here, const std::string& body,
                          const checkout_script& script, bool with_card_form) {
    std::string h = "<!doctype html><html lang=\"" + std::string(mp::to_string(lang)) +
                    "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
                    "initial-scale=1\"><title>" +
                    escape(title) + " · " + std::string(say::shop_name[lang]) +
                    "</title><link rel=\"stylesheet\" href=\"/assets/shop.css\"></head><body>"
                    "<header class=\"top\"><div class=\"bar\"><a class=\"logo\" href=\"/?lang=" +
                    std::string(mp::to_string(lang)) + "\">☕ " + std::string(say::shop_name[lang]) +
                    "</a><span class=\"tag\">" + std::string(say::tagline[lang]) + "</span><nav class=\"langs\">";
    for (auto l : {mp::language::pt, mp::language::es, mp::language::en}) {
        const std::string code(mp::to_string(l));
        h += "<a href=\"" + escape(here) + "?lang=" + code + "\"" + (l == lang ? " class=\"on\"" : "") + ">" + code +
             "</a>";
    }
    h += "</nav></div></header><main>";
    if (script.sandbox) h += "<p class=\"note\">" + escape(say::sandbox_note[lang]) + "</p>";
    h += body;
    h += "</main><footer>" + std::string(say::shop_name[lang]) + " · Mercado Pago</footer>";
    if (with_card_form)  // MercadoPago.js first: card_form.js uses it
        h += "<script src=\"" + escape(script.sdk_url) + "\"></script><script src=\"/assets/card_form.js\"></script>";
    h += "</body></html>";
    return h;
}

inline std::string product_art(const product& p) {
    // The tint is an SVG rectangle larger than the view box, not a style
    // attribute: the shop's Content-Security-Policy allows no inline styles.
    const std::string tint(p.tint);
    return "<div class=\"art\"><svg viewBox=\"-20 -14 104 92\" fill=\"" + tint +
           "\" aria-hidden=\"true\"><rect x=\"-500\" y=\"-500\" width=\"1100\" height=\"1100\" fill-opacity=\".12\"/>" +
           std::string(p.art) + "</svg></div>";
}

inline std::string storefront_page(mp::language lang, const checkout_script& script) {
    const std::string code(mp::to_string(lang));
    std::string b = "<div class=\"grid\">";
    for (const product& p : catalog()) {
        const std::string link = "/products/" + std::string(p.id) + "?lang=" + code;
        b += "<article class=\"product-card\">" + product_art(p) + "<h2>" + escape(p.name[lang]) + "</h2><p>" +
             escape(p.blurb[lang]) + "</p><div class=\"price\">" + price(p.price, lang) +
             "</div><a class=\"button product-link\" href=\"" + link + "\">" + escape(say::view_product[lang]) +
             "</a></article>";
    }
    b += "</div>";
    return layout(lang, say::tagline[lang], "/", b, script, false);
}

/// What the card form posts besides the token: the order it pays (or the
/// product and quantity to open one) and its nonce, the idempotency key.
struct card_form_target {
    std::string product_id;
    int quantity = 1;
    std::string order_id;  ///< empty: a new order
    std::string attempt;   ///< unique per rendered form
    mp::decimal amount{};
    std::string email{};  ///< prefilled on a retry
};

/// Checkout Pro (a button) and the own card form. Card inputs carry
/// `data-checkout` and deliberately no `name`.
inline std::string payment_panel(mp::language lang, const checkout_script& script, const card_form_target& t,
                                 std::string_view error) {
    const std::string code(mp::to_string(lang));
    auto hidden = [](std::string_view name, std::string_view value) {
        return "<input type=\"hidden\" name=\"" + std::string(name) + "\" value=\"" + escape(value) + "\">";
    };
    auto target_fields = [&] {
        return hidden("product", t.product_id) + hidden("quantity", std::to_string(t.quantity)) +
               hidden("order", t.order_id) + hidden("lang", code);
    };
    std::string b = "<div class=\"panel\"><form id=\"pro-form\" method=\"post\" action=\"/checkout/pro\">" +
                    target_fields() + "<button id=\"pay-pro\" class=\"mp\" type=\"submit\">" +
                    escape(say::pay_with_mercado_pago[lang]) + "</button><p class=\"hint\">" +
                    escape(say::pro_hint[lang]) + "</p></form><div class=\"divider\"></div>";
    b += "<h2>" + escape(say::or_card[lang]) + "</h2><p class=\"hint\">" + escape(say::card_hint[lang]) + "</p>";
    b += "<form id=\"card-form\" method=\"post\" action=\"/checkout/card\" data-public-key=\"" +
         escape(script.public_key) + "\" data-amount=\"" + t.amount.to_string() + "\" data-locale=\"" +
         (lang == mp::language::en ? "en-US" : lang == mp::language::es ? "es-AR" : "pt-BR") + "\" data-msg-unknown=\"" +
         escape(say::card_unknown[lang]) + "\" data-msg-refused=\"" + escape(say::card_refused[lang]) +
         "\" data-msg-paying=\"" + escape(say::paying[lang]) + "\" data-msg-pay=\"" + escape(say::pay[lang]) + " " +
         price(t.amount, lang) + "\" data-msg-enter-card=\"" + escape(say::enter_card[lang]) + "\">";
    b += target_fields() + hidden("attempt", t.attempt) + hidden("token", "") + hidden("payment_method_id", "") +
         hidden("issuer_id", "");
    b += "<noscript><p class=\"form-error\">" + escape(say::needs_script[lang]) + "</p></noscript>";
    b += "<label for=\"email\">" + escape(say::email[lang]) +
         "</label><input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" value=\"" + escape(t.email) +
         "\" required>";
    b += "<label for=\"card-number\">" + escape(say::card_number[lang]) +
         " <span id=\"card-brand\" class=\"brand\"></span></label><input id=\"card-number\" "
         "data-checkout=\"cardNumber\" inputmode=\"numeric\" autocomplete=\"cc-number\" maxlength=\"23\" required>";
    b += "<label for=\"cardholder-name\">" + escape(say::cardholder[lang]) +
         "</label><input id=\"cardholder-name\" data-checkout=\"cardholderName\" autocomplete=\"cc-name\" required>";
    b += "<div class=\"row3\"><div><label for=\"expiration-month\">" + escape(say::expiry_month[lang]) +
         "</label><input id=\"expiration-month\" data-checkout=\"cardExpirationMonth\" inputmode=\"numeric\" "
         "autocomplete=\"cc-exp-month\" placeholder=\"MM\" maxlength=\"2\" required></div><div><label "
         "for=\"expiration-year\">" +
         escape(say::expiry_year[lang]) +
         "</label><input id=\"expiration-year\" data-checkout=\"cardExpirationYear\" inputmode=\"numeric\" "
         "autocomplete=\"cc-exp-year\" placeholder=\"YY\" maxlength=\"4\" required></div><div><label "
         "for=\"security-code\">" +
         escape(say::security_code[lang]) +
         "</label><input id=\"security-code\" data-checkout=\"securityCode\" inputmode=\"numeric\" "
         "autocomplete=\"cc-csc\" maxlength=\"4\" placeholder=\"CVV\" required></div></div>";
    b += "<label for=\"installments\">" + escape(say::installments[lang]) +
         "</label><select id=\"installments\" name=\"installments\" disabled></select>";
    b += "<div class=\"row\"><div><label for=\"doc-type\">" + escape(say::document[lang]) +
         "</label><select id=\"doc-type\" data-checkout=\"docType\"><option value=\"CPF\">CPF</option></select></div>"
         "<div><label for=\"doc-number\">&nbsp;</label><input id=\"doc-number\" data-checkout=\"docNumber\" "
         "inputmode=\"numeric\" required></div></div>";
    b += "<p id=\"form-error\" class=\"form-error\" role=\"alert\"" + std::string(error.empty() ? " hidden" : "") + ">" +
         escape(error) + "</p><button id=\"pay-card\" type=\"submit\" disabled>" + escape(say::pay[lang]) + " " +
         price(t.amount, lang) + "</button></form></div>";
    return b;
}

inline std::string product_page(mp::language lang, const checkout_script& script, const product& p,
                                const card_form_target& t, std::string_view error = {}) {
    const std::string code(mp::to_string(lang));
    const std::string here = "/products/" + std::string(p.id);
    std::string b = "<div class=\"product\"><div>" + product_art(p) + "</div><div><h1>" + escape(p.name[lang]) +
                    "</h1><p class=\"lead\">" + escape(p.blurb[lang]) + "</p><div class=\"price\">" +
                    price(p.price, lang) + "</div>";
    b += "<form class=\"qty\" method=\"get\" action=\"" + here + "\"><input type=\"hidden\" name=\"lang\" value=\"" +
         code + "\"><label for=\"qty\">" + escape(say::quantity[lang]) +
         "</label><select id=\"qty\" name=\"qty\" data-autosubmit>";
    for (int q = 1; q <= 5; ++q)
        b += "<option" + std::string(q == t.quantity ? " selected" : "") + ">" + std::to_string(q) + "</option>";
    b += "</select><span class=\"price\">" + price(t.amount, lang) + "</span></form>";
    b += payment_panel(lang, script, t, error) + "</div></div>";
    return layout(lang, p.name[lang], here, b, script, true);
}

/// How the order page reports the latest payment: looked up from the API
/// when there is one (never taken from a query string).
struct order_view {
    const shop_order& order;
    const product& item;
    std::optional<mp::payment> payment;  ///< the order's latest payment, as the API has it now
    card_form_target retry;             ///< a fresh form when another attempt makes sense
};

inline std::string order_page(mp::language lang, const checkout_script& script, const order_view& v,
                              std::string_view here) {
    std::string css = "wait", title, detail, next, status, status_detail;
    bool retry = true;
    if (v.payment) {
        const mp::payment& p = *v.payment;
        mp::outcome_values values = mp::outcome_values::from(p);
        if (p.transaction_amount) values.amount = price(*p.transaction_amount, lang);
        status = p.status.value_or(mp::payment_status{}).str();
        status_detail = p.status_detail.value_or(mp::payment_status_detail{}).str();
        const auto m = mp::describe_outcome(p.status.value_or(mp::payment_status{}),
                                            p.status_detail.value_or(mp::payment_status_detail{}), lang, values);
        title = m.title;
        detail = m.detail;
        next = m.next_step;
        css = status == "approved" ? "ok" : (m.final ? "bad" : "wait");
        retry = m.can_retry && status != "approved";
    } else {
        title = say::awaiting_payment[lang];
        detail = v.order.attempt_failed ? say::not_charged[lang] : say::awaiting_detail[lang];
    }
    std::string b = "<p class=\"eyebrow\">" + escape(say::order[lang]) + " <span id=\"order-id\">" +
                    escape(v.order.id) + "</span></p>";
    b += "<div id=\"outcome\" class=\"outcome " + css + "\" data-status=\"" + escape(status) +
         "\" data-status-detail=\"" + escape(status_detail) + "\"><h1 id=\"outcome-title\">" + escape(title) +
         "</h1><p id=\"outcome-detail\">" + escape(detail) + "</p><p id=\"outcome-next\" class=\"next\">" +
         escape(next) + "</p></div>";
    if (v.payment) {
        const bool confirmed = v.order.confirmed_payment_id && v.payment->id == v.order.confirmed_payment_id;
        b += "<p id=\"notification\" class=\"confirm\" data-verified=\"" + std::string(confirmed ? "true" : "false") +
             "\">" + escape(confirmed ? say::confirmed[lang] : say::unconfirmed[lang]) + "</p>";
    }
    b += "<table class=\"summary\"><tr><td>" + escape(v.item.name[lang]) + " × " + std::to_string(v.order.quantity) +
         "</td><td class=\"n\">" + price(v.order.total, lang) + "</td></tr>";
    if (v.payment && v.payment->payment_method_id)
        b += "<tr><td>" + escape(mp::payment_method_name(*v.payment->payment_method_id)) +
             (v.payment->installments.value_or(1) > 1 ? " · " + std::to_string(*v.payment->installments) + "x" : "") +
             "</td><td class=\"n\">#" + std::to_string(v.payment->id.value_or(0)) + "</td></tr>";
    b += "<tr class=\"total\"><td>" + escape(say::total[lang]) + "</td><td class=\"n\">" +
         price(v.order.total, lang) + "</td></tr></table>";
    if (retry)
        b += "<section class=\"retry\"><h2>" + escape(v.payment ? say::other_card[lang] : say::try_again[lang]) +
             "</h2>" + payment_panel(lang, script, v.retry, {}) + "</section>";
    b += "<p><a href=\"/?lang=" + std::string(mp::to_string(lang)) + "\">" + escape(say::keep_shopping[lang]) +
         "</a></p>";
    return layout(lang, title, here, b, script, retry);
}

inline std::string not_found_page(mp::language lang, const checkout_script& script) {
    return layout(lang, say::not_found[lang], "/",
                  "<div class=\"outcome wait\"><h1>" + escape(say::not_found[lang]) + "</h1></div><p><a href=\"/\">" +
                      escape(say::keep_shopping[lang]) + "</a></p>",
                  script, false);
}

}  // namespace web_shop
