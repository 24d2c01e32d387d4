// The HTML of the sandbox's hosted Checkout Pro page (services/checkout_page.hpp):
// the preference's items and total with a test-card form and a Pix button,
// the outcome page with the way back to the shop, and the page of an expired
// link. Plain data in, a whole page out; every value is escaped.
//
// The card form posts to the sandbox itself: on Mercado Pago's page card data
// goes to Mercado Pago, never to the shop, which only sees the outcome in the
// back URL's query.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <string>
#include <string_view>
#include <vector>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE::sandbox::detail {

/// `s` safe inside HTML text and double-quoted attributes.
inline std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += ch;
        }
    }
    return out;
}

/// The words of the page, in the buyer's language (the site's: pt for MLB, es elsewhere; en on request).
struct checkout_words {
    std::string_view lang, title, order, quantity, total, pay_card, card_number, holder, expiry, cvv, document,
        installments, pay, pay_pix, pix_hint, back, expired, expired_hint, sandbox_note, missing;
};

inline const checkout_words& words_for(std::string_view lang) {
    static const checkout_words pt{"pt", "Pagar com Mercado Pago", "Seu pedido", "Qtd.", "Total", "Cartão de crédito ou débito",
                                   "Número do cartão", "Nome do titular", "Validade (MM/AA)", "Código de segurança",
                                   "CPF do titular", "Parcelas", "Pagar", "Pagar com Pix",
                                   "Copie o código abaixo e pague no app do seu banco.", "Voltar para a loja",
                                   "Este link de pagamento expirou", "Peça um novo link à loja.",
                                   "Ambiente de testes: use os cartões de teste do Mercado Pago.",
                                   "Link de pagamento não encontrado"};
    static const checkout_words es{"es", "Pagar con Mercado Pago", "Tu compra", "Cant.", "Total", "Tarjeta de crédito o débito",
                                   "Número de tarjeta", "Nombre del titular", "Vencimiento (MM/AA)", "Código de seguridad",
                                   "Documento del titular", "Cuotas", "Pagar", "Pagar con Pix",
                                   "Copia el código y paga desde la app de tu banco.", "Volver a la tienda",
                                   "Este link de pago venció", "Pide un nuevo link a la tienda.",
                                   "Entorno de pruebas: usa las tarjetas de prueba de Mercado Pago.",
                                   "Link de pago no encontrado"};
    static const checkout_words en{"en", "Pay with Mercado Pago", "Your order", "Qty", "Total", "Credit or debit card",
                                   "Card number", "Cardholder name", "Expiry (MM/YY)", "Security code",
                                   "Cardholder document", "Installments", "Pay", "Pay with Pix",
                                   "Copy the code below and pay in your bank's app.", "Back to the shop",
                                   "This payment link has expired", "Ask the shop for a new link.",
                                   "Test environment: use Mercado Pago's test cards.", "Payment link not found"};
    if (lang == "pt") return pt;
    if (lang == "en") return en;
    return es;
}

struct checkout_line {
    std::string title, quantity, amount, picture_url;
};

inline std::string page_frame(const checkout_words& w, std::string_view heading, const std::string& body) {
    std::string h = R"(<!doctype html><html lang=")";
    h += w.lang;
    h += R"("><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>)";
    h += html_escape(heading);
    h += R"(</title><style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#eef1f5;color:#1f2933}
header{background:#009ee3;color:#fff;padding:14px 24px;font-weight:600;font-size:18px}
main{max-width:760px;margin:24px auto;padding:0 16px;display:grid;gap:16px}
section{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:20px 24px}
h1{font-size:20px;margin:0 0 12px}h2{font-size:16px;margin:0 0 12px}
table{width:100%;border-collapse:collapse}td{padding:8px 0;border-bottom:1px solid #eef1f5}td.n{text-align:right;white-space:nowrap}
tr.total td{font-weight:700;border:0;font-size:18px}
label{display:block;font-size:13px;color:#52606d;margin:10px 0 4px}
input,select{width:100%;box-sizing:border-box;padding:10px;border:1px solid #cbd2d9;border-radius:6px;font-size:15px}
.row{display:grid;grid-template-columns:1fr 1fr;gap:12px}
button,a.button{display:inline-block;margin-top:16px;background:#009ee3;color:#fff;border:0;border-radius:6px;padding:12px 20px;font-size:15px;font-weight:600;text-decoration:none;cursor:pointer}
button.secondary{background:#32bcad}
.note{font-size:12px;color:#7b8794}.status{font-size:22px;font-weight:700}.ok{color:#00a650}.bad{color:#f23d4f}.wait{color:#e68a00}
textarea{width:100%;box-sizing:border-box;font-family:monospace;font-size:12px;padding:8px;border-radius:6px;border:1px solid #cbd2d9}
</style></head><body><header>mercado pago · sandbox</header><main>)";
    h += body;
    h += "</main></body></html>";
    return h;
}

/// The checkout: the order, a card form and a Pix button. `action` is where both post.
inline std::string checkout_page(const checkout_words& w, std::string_view preference_id, std::string_view seller,
                                 const std::vector<checkout_line>& lines, std::string_view total,
                                 std::string_view action, bool pix) {
    std::string b = "<section><h1>" + html_escape(w.order) + "</h1><p class=\"note\">" + html_escape(seller) +
                    "</p><table>";
    for (const auto& l : lines)
        b += "<tr><td>" + html_escape(l.title) + "</td><td class=\"n\">" + html_escape(w.quantity) + " " +
             html_escape(l.quantity) + "</td><td class=\"n\">" + html_escape(l.amount) + "</td></tr>";
    b += "<tr class=\"total\"><td>" + html_escape(w.total) + "</td><td></td><td class=\"n\" id=\"total\">" +
         html_escape(total) + "</td></tr></table></section>";
    const std::string pref = html_escape(preference_id);
    b += "<section><h2>" + html_escape(w.pay_card) + "</h2><form id=\"card-form\" method=\"post\" action=\"" +
         html_escape(action) + "\"><input type=\"hidden\" name=\"pref_id\" value=\"" + pref +
         "\"><input type=\"hidden\" name=\"method\" value=\"card\">"
         "<label for=\"card_number\">" + html_escape(w.card_number) +
         "</label><input id=\"card_number\" name=\"card_number\" inputmode=\"numeric\" autocomplete=\"cc-number\" required>"
         "<label for=\"holder\">" + html_escape(w.holder) +
         "</label><input id=\"holder\" name=\"holder\" autocomplete=\"cc-name\" required>"
         "<div class=\"row\"><div><label for=\"expiry\">" + html_escape(w.expiry) +
         "</label><input id=\"expiry\" name=\"expiry\" placeholder=\"11/30\" autocomplete=\"cc-exp\" required></div>"
         "<div><label for=\"cvv\">" + html_escape(w.cvv) +
         "</label><input id=\"cvv\" name=\"cvv\" inputmode=\"numeric\" autocomplete=\"cc-csc\" required></div></div>"
         "<div class=\"row\"><div><label for=\"document\">" + html_escape(w.document) +
         "</label><input id=\"document\" name=\"document\" value=\"12345678909\"></div><div><label for=\"installments\">" +
         html_escape(w.installments) +
         "</label><select id=\"installments\" name=\"installments\"><option>1</option><option>2</option><option>3</option>"
         "<option>6</option><option>12</option></select></div></div>"
         "<button id=\"pay-card\" type=\"submit\">" + html_escape(w.pay) + "</button></form></section>";
    if (pix)
        b += "<section><h2>Pix</h2><form id=\"pix-form\" method=\"post\" action=\"" + html_escape(action) +
             "\"><input type=\"hidden\" name=\"pref_id\" value=\"" + pref +
             "\"><input type=\"hidden\" name=\"method\" value=\"pix\"><button id=\"pay-pix\" class=\"secondary\" "
             "type=\"submit\">" + html_escape(w.pay_pix) + "</button></form></section>";
    b += "<p class=\"note\">" + html_escape(w.sandbox_note) + "</p>";
    return page_frame(w, w.title, b);
}

/// The outcome: what happened, what to do, and the way back to the shop
/// (`back_url` with the outcome's query; empty when the shop gave none).
/// `pix_code` shows a pending Pix charge's code.
inline std::string outcome_page(const checkout_words& w, std::string_view css_class, std::string_view title,
                                std::string_view detail, std::string_view next_step, std::string_view back_url,
                                std::string_view pix_code) {
    std::string b = "<section><p id=\"outcome\" class=\"status " + html_escape(css_class) + "\">" + html_escape(title) +
                    "</p><p id=\"detail\">" + html_escape(detail) + "</p>";
    if (!next_step.empty()) b += "<p class=\"note\">" + html_escape(next_step) + "</p>";
    if (!pix_code.empty())
        b += "<p>" + html_escape(w.pix_hint) + "</p><textarea id=\"pix-code\" rows=\"4\" readonly>" +
             html_escape(pix_code) + "</textarea>";
    if (!back_url.empty())
        b += "<a id=\"back\" class=\"button\" href=\"" + html_escape(back_url) + "\">" + html_escape(w.back) + "</a>";
    b += "</section>";
    return page_frame(w, title, b);
}

/// A link that can no longer be paid (expiration_date_to passed).
inline std::string expired_page(const checkout_words& w) {
    return page_frame(w, w.expired,
                      "<section><p id=\"outcome\" class=\"status bad\">" + html_escape(w.expired) + "</p><p>" +
                          html_escape(w.expired_hint) + "</p></section>");
}

}  // namespace mercadopago::sandbox::detail
