// The shop's own words in the buyer's language (English, Spanish, Portuguese),
// the language chosen for a request, and prices as a buyer reads them. The
// payment outcome itself is worded by mercadopago::describe_outcome.
#pragma once

#include <mercadopago/decimal.hpp>
#include <mercadopago/outcome.hpp>

#include <httplib.h>

#include <cstdint>
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace web_shop {

namespace mp = mercadopago;

/// One phrase in the three languages.
struct phrase {
    std::string_view en, es, pt;
    std::string_view operator[](mp::language l) const noexcept {
        return l == mp::language::es ? es : l == mp::language::pt ? pt : en;
    }
};

namespace say {
inline constexpr phrase shop_name{"Café Paulista", "Café Paulista", "Café Paulista"};
inline constexpr phrase tagline{"Coffee gear, roasted beans, shipped from São Paulo",
                                "Equipos de café y granos tostados, desde São Paulo",
                                "Equipamentos de café e grãos torrados, direto de São Paulo"};
inline constexpr phrase view_product{"See details", "Ver detalles", "Ver detalhes"};
inline constexpr phrase quantity{"Quantity", "Cantidad", "Quantidade"};
inline constexpr phrase pay_with_mercado_pago{"Pay with Mercado Pago", "Pagar con Mercado Pago",
                                              "Pagar com Mercado Pago"};
inline constexpr phrase pro_hint{"Card, Pix or your Mercado Pago balance, on Mercado Pago's secure page.",
                                 "Tarjeta, Pix o tu dinero en Mercado Pago, en la página segura de Mercado Pago.",
                                 "Cartão, Pix ou saldo Mercado Pago, na página segura do Mercado Pago."};
inline constexpr phrase or_card{"Or pay here by card", "O paga aquí con tarjeta", "Ou pague aqui com cartão"};
inline constexpr phrase card_hint{"Your card details go straight to Mercado Pago; this shop never sees them.",
                                  "Los datos de tu tarjeta van directo a Mercado Pago; esta tienda nunca los ve.",
                                  "Os dados do seu cartão vão direto ao Mercado Pago; esta loja nunca os vê."};
inline constexpr phrase email{"Email", "Correo electrónico", "E-mail"};
inline constexpr phrase card_number{"Card number", "Número de tarjeta", "Número do cartão"};
inline constexpr phrase cardholder{"Name on the card", "Nombre en la tarjeta", "Nome impresso no cartão"};
inline constexpr phrase expiry_month{"Expiry month", "Mes de vencimiento", "Mês de validade"};
inline constexpr phrase expiry_year{"Expiry year", "Año de vencimiento", "Ano de validade"};
inline constexpr phrase security_code{"Security code", "Código de seguridad", "Código de segurança"};
inline constexpr phrase document{"Document", "Documento", "Documento"};
inline constexpr phrase installments{"Installments", "Cuotas", "Parcelas"};
inline constexpr phrase pay{"Pay", "Pagar", "Pagar"};
inline constexpr phrase paying{"Paying…", "Pagando…", "Pagando…"};
inline constexpr phrase enter_card{"Type the card number to see the installments.",
                                   "Escribe el número de la tarjeta para ver las cuotas.",
                                   "Digite o número do cartão para ver as parcelas."};
inline constexpr phrase card_unknown{"We do not recognise this card number. Check it and try again.",
                                     "No reconocemos este número de tarjeta. Revísalo e intenta de nuevo.",
                                     "Não reconhecemos este número de cartão. Confira e tente de novo."};
inline constexpr phrase card_refused{"Mercado Pago could not read the card: check the details you typed.",
                                     "Mercado Pago no pudo leer la tarjeta: revisa los datos que escribiste.",
                                     "O Mercado Pago não conseguiu ler o cartão: confira os dados digitados."};
inline constexpr phrase needs_script{
    "The card form needs JavaScript: the card is read by Mercado Pago's script, never by this shop.",
    "El formulario de tarjeta necesita JavaScript: la tarjeta la lee el script de Mercado Pago, nunca esta tienda.",
    "O formulário de cartão precisa de JavaScript: o cartão é lido pelo script do Mercado Pago, nunca por esta "
    "loja."};
inline constexpr phrase not_charged{"Your card was not charged. Please try again in a moment.",
                                    "No se hizo ningún cargo a tu tarjeta. Intenta de nuevo en un momento.",
                                    "Nenhuma cobrança foi feita no seu cartão. Tente de novo em instantes."};
inline constexpr phrase order{"Order", "Pedido", "Pedido"};
inline constexpr phrase total{"Total", "Total", "Total"};
inline constexpr phrase awaiting_payment{"Waiting for your payment", "Esperando tu pago", "Aguardando seu pagamento"};
inline constexpr phrase awaiting_detail{"No payment has reached this order yet.",
                                        "Este pedido aún no recibió ningún pago.",
                                        "Este pedido ainda não recebeu nenhum pagamento."};
inline constexpr phrase try_again{"Try again", "Intentar de nuevo", "Tentar de novo"};
inline constexpr phrase other_card{"Pay with another card", "Paga con otra tarjeta", "Pague com outro cartão"};
inline constexpr phrase confirmed{"Mercado Pago has notified the shop of this payment.",
                                  "Mercado Pago notificó a la tienda sobre este pago.",
                                  "O Mercado Pago notificou a loja sobre este pagamento."};
inline constexpr phrase unconfirmed{"The shop is waiting for Mercado Pago's notification; reload to check.",
                                    "La tienda espera la notificación de Mercado Pago; recarga para ver.",
                                    "A loja aguarda a notificação do Mercado Pago; recarregue para ver."};
inline constexpr phrase keep_shopping{"Back to the shop", "Volver a la tienda", "Voltar à loja"};
inline constexpr phrase not_found{"We could not find that page.", "No encontramos esa página.",
                                  "Não encontramos essa página."};
inline constexpr phrase sandbox_note{
    "Offline sandbox: pay with Mercado Pago's test cards (name on the card APRO approves, FUND declines).",
    "Sandbox sin conexión: paga con las tarjetas de prueba (nombre APRO aprueba, FUND rechaza).",
    "Sandbox offline: pague com os cartões de teste (nome APRO aprova, FUND recusa)."};
}  // namespace say

/// The buyer's language: `?lang=` (the switcher's links), then the `lang`
/// cookie they set, then Accept-Language, then Portuguese (a Brazilian shop).
inline mp::language language_of(const httplib::Request& req) {
    auto pick = [](std::string_view v) -> std::optional<mp::language> {
        if (v.starts_with("en")) return mp::language::en;
        if (v.starts_with("es")) return mp::language::es;
        if (v.starts_with("pt")) return mp::language::pt;
        return std::nullopt;
    };
    if (auto l = pick(req.get_param_value("lang"))) return *l;
    const std::string cookie = req.get_header_value("Cookie");
    if (auto at = cookie.find("lang="); at != std::string::npos)
        if (auto l = pick(std::string_view(cookie).substr(at + 5))) return *l;
    // The first listed language we speak; q-values are rarely out of order.
    const std::string header = req.get_header_value("Accept-Language");
    std::string_view accept = header;
    while (!accept.empty()) {
        const auto comma = accept.find(',');
        std::string_view item = accept.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        if (auto l = pick(item)) return *l;
        if (comma == std::string_view::npos) break;
        accept.remove_prefix(comma + 1);
    }
    return mp::language::pt;
}

/// "R$ 1.234,50" in Portuguese and Spanish, "R$1,234.50" in English. Exact:
/// the amount is counted in cents, never in a double.
inline std::string price(const mp::decimal& amount, mp::language lang) {
    const std::int64_t cents = amount.minor_units(2).value_or(0);
    const bool en = lang == mp::language::en;
    std::string whole = std::to_string(std::llabs(cents / 100));
    for (auto i = static_cast<std::ptrdiff_t>(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(static_cast<std::size_t>(i), 1, en ? ',' : '.');
    const std::int64_t c = std::llabs(cents % 100);
    std::string out = cents < 0 ? "-" : "";
    out += en ? "R$" : "R$ ";
    out += whole;
    out += en ? '.' : ',';
    out += static_cast<char>('0' + c / 10);
    out += static_cast<char>('0' + c % 10);
    return out;
}

}  // namespace web_shop
