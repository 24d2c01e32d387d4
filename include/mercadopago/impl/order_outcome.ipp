// The definitions of order_outcome.hpp's functions and the orders' message
// table: included by that header in header-only mode, and compiled once in
// <mercadopago/src.hpp> with separate compilation.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/config.hpp>
#include <mercadopago/impl/outcome.ipp>  // the payments' texts some rows share, and rendering
#include <mercadopago/order_outcome.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {

// `sv` literals, for the reason given in impl/outcome.ipp.
using namespace std::string_view_literals;

inline constexpr outcome_texts order_approved_texts{
    {"Payment approved"sv, "Your payment[ of {amount}][ with {payment_method}] has been approved."sv,
     "[It will appear on your statement as {statement_descriptor}.|You don't need to do anything else.]"sv},
    {"Pago aprobado"sv, "Tu pago[ de {amount}][ con {payment_method}] fue aprobado."sv,
     "[Aparecerá en tu resumen como {statement_descriptor}.|No necesitas hacer nada más.]"sv},
    {"Pagamento aprovado"sv, "Seu pagamento[ de {amount}][ com {payment_method}] foi aprovado."sv,
     "[Ele vai aparecer na sua fatura como {statement_descriptor}.|Você não precisa fazer mais nada.]"sv}};

inline constexpr outcome_texts order_refunded_texts{
    {"Payment refunded"sv, "Your payment[ of {amount}] has been refunded."sv, refund_sent_back_next.en.next_step},
    {"Pago devuelto"sv, "Tu pago[ de {amount}] fue devuelto."sv, refund_sent_back_next.es.next_step},
    {"Pagamento devolvido"sv, "Seu pagamento[ de {amount}] foi devolvido."sv, refund_sent_back_next.pt.next_step}};

inline constexpr outcome_texts order_canceled_texts{
    {"Payment cancelled"sv, "Your payment[ of {amount}] was cancelled and will not be charged."sv,
     "If you still want to buy, start a new payment."sv},
    {"Pago cancelado"sv, "Tu pago[ de {amount}] fue cancelado y no se cobrará."sv,
     "Si todavía quieres comprar, inicia un nuevo pago."sv},
    {"Pagamento cancelado"sv, "Seu pagamento[ de {amount}] foi cancelado e não será cobrado."sv,
     "Se ainda quiser comprar, inicie um novo pagamento."sv}};

inline constexpr outcome_texts order_expired_texts{
    {"Payment expired"sv, "The time to pay[ {amount}] has run out."sv, "If you still want to buy, start a new payment."sv},
    {"Pago vencido"sv, "Se terminó el plazo para pagar[ {amount}]."sv, "Si todavía quieres comprar, inicia un nuevo pago."sv},
    {"Pagamento expirado"sv, "O prazo para pagar[ {amount}] terminou."sv,
     "Se ainda quiser comprar, inicie um novo pagamento."sv}};

inline constexpr outcome_texts order_in_process_texts{
    {"Payment in process"sv, "Your payment[ of {amount}] is being processed."sv,
     "You don't need to pay again; we will let you know the result soon."sv},
    {"Pago en proceso"sv, "Tu pago[ de {amount}] se está procesando."sv,
     "No necesitas volver a pagar; pronto te avisaremos el resultado."sv},
    {"Pagamento em processamento"sv, "Seu pagamento[ de {amount}] está sendo processado."sv,
     "Você não precisa pagar novamente; em breve avisaremos o resultado."sv}};

inline constexpr outcome_texts order_created_texts{
    {"Order received"sv, "Your order[ of {amount}] has been received and is waiting to be processed."sv,
     "You don't need to do anything now; we will let you know when it is confirmed."sv},
    {"Pedido recibido"sv, "Recibimos tu pedido[ de {amount}] y está esperando ser procesado."sv,
     "No necesitas hacer nada por ahora; te avisaremos cuando se confirme."sv},
    {"Pedido recebido"sv, "Recebemos seu pedido[ de {amount}] e ele está aguardando processamento."sv,
     "Você não precisa fazer nada agora; avisaremos quando ele for confirmado."sv}};

inline constexpr outcome_texts order_declined_texts{
    {"Payment declined"sv, "Your payment[ of {amount}] could not be completed."sv,
     "Please try again or pay with another card or payment method."sv},
    {"Pago rechazado"sv, "No se pudo completar tu pago[ de {amount}]."sv,
     "Por favor, vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."sv},
    {"Pagamento recusado"sv, "Não foi possível concluir seu pagamento[ de {amount}]."sv,
     "Por favor, tente novamente ou pague com outro cartão ou meio de pagamento."sv}};

inline constexpr outcome_row order_outcome_rows[] = {
    // --- generic message of each status -------------------------------------------
    {"created"sv, ""sv, 0, "Process it (processing_mode manual) or wait for the automatic processing."sv, order_created_texts},
    {"processing"sv, ""sv, 0, "Wait for the order webhook before fulfilling."sv, order_in_process_texts},
    {"processed"sv, ""sv, outcome_final, "Fulfil the order."sv, order_approved_texts},
    {"action_required"sv, ""sv, outcome_action, "Show the buyer how to finish paying; wait for the webhook."sv,
     {{"Action needed to finish your payment"sv, "Your payment[ of {amount}] is not complete yet."sv,
       "Follow the instructions you were given to finish paying."sv},
      {"Falta un paso para terminar tu pago"sv, "Tu pago[ de {amount}] todavía no está completo."sv,
       "Sigue las instrucciones que recibiste para terminar de pagar."sv},
      {"Falta uma etapa para concluir seu pagamento"sv, "Seu pagamento[ de {amount}] ainda não foi concluído."sv,
       "Siga as instruções que você recebeu para concluir o pagamento."sv}}},
    {"at_terminal"sv, ""sv, outcome_action, "In-store: the payment terminal has the order."sv,
     {{"Continue on the terminal"sv, "Your payment[ of {amount}] is waiting on the payment terminal."sv,
       "Follow the instructions on the terminal's screen."sv},
      {"Continúa en la terminal"sv, "Tu pago[ de {amount}] está esperando en la terminal de pago."sv,
       "Sigue las instrucciones en la pantalla de la terminal."sv},
      {"Continue na maquininha"sv, "Seu pagamento[ de {amount}] está aguardando na maquininha."sv,
       "Siga as instruções na tela da maquininha."sv}}},
    {"failed"sv, ""sv, outcome_declined, "Offer another attempt; nothing was charged."sv, order_declined_texts},
    {"canceled"sv, ""sv, outcome_final, "Do not fulfil; release any reserved stock."sv, order_canceled_texts},
    {"refunded"sv, ""sv, outcome_final, "Money returned; the order will not be fulfilled."sv, order_refunded_texts},
    {"expired"sv, ""sv, outcome_final | outcome_retry, "Not paid in time; offer a new order."sv, order_expired_texts},
    {"charged_back"sv, ""sv, 0, "A dispute is open: answer it before its deadline."sv,
     {{"Payment disputed"sv, "A dispute was opened for your payment[ of {amount}]."sv,
       "Your card issuer will contact you if anything else is needed."sv},
      {"Pago en disputa"sv, "Se abrió una disputa por tu pago[ de {amount}]."sv,
       "El emisor de tu tarjeta te contactará si necesita algo más."sv},
      {"Pagamento contestado"sv, "Foi aberta uma contestação do seu pagamento[ de {amount}]."sv,
       "O emissor do seu cartão entrará em contato se precisar de algo mais."sv}}},
    {""sv, ""sv, 0, "Unknown status: look the order up again."sv,
     {{"Payment status"sv, "We are checking the status of your payment[ of {amount}]."sv,
       "We will let you know as soon as we have news."sv},
      {"Estado del pago"sv, "Estamos revisando el estado de tu pago[ de {amount}]."sv,
       "Te avisaremos en cuanto tengamos novedades."sv},
      {"Status do pagamento"sv, "Estamos verificando o status do seu pagamento[ de {amount}]."sv,
       "Avisaremos assim que tivermos novidades."sv}}},

    // --- created, processing, processed --------------------------------------------
    {"created"sv, "created"sv, 0, "Process it (processing_mode manual) or wait for the automatic processing."sv,
     order_created_texts},
    {"processing"sv, "in_process"sv, 0, "Wait for the order webhook before fulfilling."sv, order_in_process_texts},
    {"processed"sv, "accredited"sv, outcome_final, "Fulfil the order."sv, order_approved_texts},
    {"processed"sv, "processed"sv, outcome_final, "Fulfil the order."sv, order_approved_texts},
    {"processed"sv, "partially_refunded"sv, outcome_final, "Part of the amount was returned to the buyer."sv,
     {{"Part of your payment refunded"sv, "Part of your payment[ of {amount}] has been refunded."sv,
       refund_sent_back_next.en.next_step},
      {"Devolvimos parte de tu pago"sv, "Devolvimos parte de tu pago[ de {amount}]."sv, refund_sent_back_next.es.next_step},
      {"Devolvemos parte do seu pagamento"sv, "Parte do seu pagamento[ de {amount}] foi devolvida."sv,
       refund_sent_back_next.pt.next_step}}},
    {"processed"sv, "refunded"sv, outcome_final, "Money returned (Checkout Pro orders stay processed)."sv,
     order_refunded_texts},
    {"refunded"sv, "refunded"sv, outcome_final, "Money returned; the order will not be fulfilled."sv, order_refunded_texts},

    // --- action_required ---------------------------------------------------------------
    {"action_required"sv, "waiting_payment"sv, outcome_action, "Show the voucher; wait for the webhook before fulfilling."sv,
     {{"Payment pending"sv, "Your payment[ of {amount}] has not been made yet."sv,
       "Pay with the voucher or code you were given before it expires. We will let you know when it is confirmed."sv},
      {"Pago pendiente"sv, "Todavía no hiciste el pago[ de {amount}]."sv,
       "Paga con el comprobante o código que recibiste antes de que venza. Te avisaremos cuando se confirme."sv},
      {"Pagamento pendente"sv, "O pagamento[ de {amount}] ainda não foi feito."sv,
       "Pague com o boleto ou código que você recebeu antes do vencimento. Avisaremos quando ele for "sv
       "confirmado."sv}}},
    {"action_required"sv, "waiting_transfer"sv, outcome_action, "Show the Pix code; wait for the webhook before fulfilling."sv,
     {{"Waiting for your transfer"sv, "We are waiting for your transfer[ of {amount}]."sv,
       "Pay with the Pix code or QR code before it expires."sv},
      {"Esperando tu transferencia"sv, "Estamos esperando tu transferencia[ de {amount}]."sv,
       "Paga con el código o el QR de Pix antes de que venza."sv},
      {"Aguardando sua transferência"sv, "Estamos aguardando sua transferência[ de {amount}]."sv,
       "Pague com o código Pix ou o QR code antes que ele expire."sv}}},
    {"action_required"sv, "waiting_capture"sv, 0, "Authorized: capture it (orders().capture) or cancel it."sv,
     {{"Payment authorized"sv, "Your payment[ of {amount}] has been authorized; the seller will complete the charge."sv,
       "You don't need to do anything."sv},
      {"Pago autorizado"sv, "Tu pago[ de {amount}] fue autorizado; el vendedor completará el cobro."sv,
       "No necesitas hacer nada."sv},
      {"Pagamento autorizado"sv, "Seu pagamento[ de {amount}] foi autorizado; o vendedor vai concluir a cobrança."sv,
       "Você não precisa fazer nada."sv}}},
    {"action_required"sv, "check_on_terminal"sv, outcome_action, "In-store: the buyer confirms on the terminal."sv,
     {{"Check the terminal"sv, "Your payment[ of {amount}] needs a confirmation on the payment terminal."sv,
       "Follow the instructions on the terminal's screen."sv},
      {"Revisa la terminal"sv, "Tu pago[ de {amount}] necesita una confirmación en la terminal de pago."sv,
       "Sigue las instrucciones en la pantalla de la terminal."sv},
      {"Confira a maquininha"sv, "Seu pagamento[ de {amount}] precisa de uma confirmação na maquininha."sv,
       "Siga as instruções na tela da maquininha."sv}}},

    // --- failed: why the payment failed ----------------------------------------------------
    {"failed"sv, "bad_filled_card_data"sv, outcome_declined, "Card data was wrong: let the buyer correct it."sv,
     {{"Check your card details"sv, "Some details of your [{payment_method}|card] were not filled in correctly."sv,
       "Check the card number, expiry date and security code, and try again."sv},
      {"Revisa los datos de tu tarjeta"sv, "Algunos datos de tu [tarjeta {payment_method}|tarjeta] no son correctos."sv,
       "Revisa el número, la fecha de vencimiento y el código de seguridad, y vuelve a intentarlo."sv},
      {"Confira os dados do seu cartão"sv, "Alguns dados do seu [cartão {payment_method}|cartão] não estão corretos."sv,
       "Confira o número, a data de validade e o código de segurança e tente novamente."sv}}},
    {"failed"sv, "invalid_card_token"sv, outcome_declined, "The card token was invalid or used: tokenise again."sv,
     {{"Enter your card again"sv, "We could not read your card details."sv, "Please enter your card details again."sv},
      {"Vuelve a ingresar tu tarjeta"sv, "No pudimos leer los datos de tu tarjeta."sv,
       "Por favor, ingresa los datos de tu tarjeta de nuevo."sv},
      {"Informe seu cartão novamente"sv, "Não conseguimos ler os dados do seu cartão."sv,
       "Por favor, informe os dados do seu cartão novamente."sv}}},
    {"failed"sv, "high_risk"sv, outcome_declined, "Declined by risk rules: never tell the buyer why."sv,
     undisclosed_decline_texts},
    {"failed"sv, "rejected_by_issuer"sv, outcome_declined, "The card issuer declined it."sv,
     {{"Payment declined"sv, "[{payment_method}|Your card issuer] declined the payment[ of {amount}]."sv,
       "Please pay with another card or payment method, or contact your card issuer."sv},
      {"Pago rechazado"sv, "[{payment_method}|El emisor de tu tarjeta] rechazó el pago[ de {amount}]."sv,
       "Por favor, paga con otra tarjeta u otro medio de pago, o comunícate con el emisor de tu tarjeta."sv},
      {"Pagamento recusado"sv, "[{payment_method}|O emissor do seu cartão] recusou o pagamento[ de {amount}]."sv,
       "Por favor, pague com outro cartão ou meio de pagamento, ou fale com o emissor do seu cartão."sv}}},
    {"failed"sv, "required_call_for_authorize"sv, outcome_declined, "The buyer must authorize it with the issuer."sv,
     {{"Authorize your payment"sv, "You need to authorize the payment[ of {amount}] with [{payment_method}|your card issuer]."sv,
       "Call [{payment_method}|your card issuer] to authorize it, and then try again."sv},
      {"Autoriza tu pago"sv, "Necesitas autorizar el pago[ de {amount}] con [{payment_method}|el emisor de tu tarjeta]."sv,
       "Llama a [{payment_method}|el emisor de tu tarjeta] para autorizarlo y luego vuelve a intentarlo."sv},
      {"Autorize seu pagamento"sv,
       "Você precisa autorizar o pagamento[ de {amount}] com [{payment_method}|o emissor do seu cartão]."sv,
       "Ligue para [{payment_method}|o emissor do seu cartão] para autorizá-lo e depois tente novamente."sv}}},
    {"failed"sv, "insufficient_amount"sv, outcome_declined, "Insufficient funds."sv,
     {{"Insufficient funds"sv, "Your card does not have enough available balance for this payment[ of {amount}]."sv,
       "Please pay with another card or payment method."sv},
      {"Fondos insuficientes"sv, "Tu tarjeta no tiene saldo disponible suficiente para este pago[ de {amount}]."sv,
       "Por favor, paga con otra tarjeta u otro medio de pago."sv},
      {"Saldo insuficiente"sv, "Seu cartão não tem limite disponível suficiente para este pagamento[ de {amount}]."sv,
       "Por favor, pague com outro cartão ou meio de pagamento."sv}}},
    {"failed"sv, "card_disabled"sv, outcome_declined, "The card is not active."sv,
     {{"Card not active"sv, "Your [{payment_method} card|card] is not active."sv,
       "Call your card issuer to activate it, or pay with another card."sv},
      {"Tarjeta no activa"sv, "Tu [tarjeta {payment_method}|tarjeta] no está activa."sv,
       "Llama al emisor de tu tarjeta para activarla, o paga con otra tarjeta."sv},
      {"Cartão não ativado"sv, "Seu [cartão {payment_method}|cartão] não está ativado."sv,
       "Ligue para o emissor do seu cartão para ativá-lo ou pague com outro cartão."sv}}},
    {"failed"sv, "max_attempts_exceeded"sv, outcome_declined, "Too many attempts with this card."sv,
     {{"Too many attempts"sv, "You have reached the limit of attempts with this card."sv,
       "Please pay with another card or payment method."sv},
      {"Demasiados intentos"sv, "Llegaste al límite de intentos con esta tarjeta."sv,
       "Por favor, paga con otra tarjeta u otro medio de pago."sv},
      {"Muitas tentativas"sv, "Você atingiu o limite de tentativas com este cartão."sv,
       "Por favor, pague com outro cartão ou meio de pagamento."sv}}},
    {"failed"sv, "amount_limit_exceeded"sv, outcome_declined, "Over the payment method's amount limit."sv,
     {{"Amount over the limit"sv, "The payment[ of {amount}] is over the limit of this payment method."sv,
       "Please pay with another card or payment method."sv},
      {"Monto por encima del límite"sv, "El pago[ de {amount}] supera el límite de este medio de pago."sv,
       "Por favor, paga con otra tarjeta u otro medio de pago."sv},
      {"Valor acima do limite"sv, "O pagamento[ de {amount}] ultrapassa o limite deste meio de pagamento."sv,
       "Por favor, pague com outro cartão ou meio de pagamento."sv}}},
    {"failed"sv, "invalid_installments"sv, outcome_declined, "The card does not accept that number of installments."sv,
     {{"Installments not available"sv, "[{payment_method}|This card] does not accept[ {installments}| this number of installments]."sv,
       "Choose another number of installments or another payment method."sv},
      {"Cuotas no disponibles"sv, "[{payment_method}|Esta tarjeta] no acepta[ {installments}| esa cantidad de cuotas]."sv,
       "Elige otra cantidad de cuotas u otro medio de pago."sv},
      {"Parcelas não disponíveis"sv, "[{payment_method}|Este cartão] não aceita[ {installments}| essa quantidade de parcelas]."sv,
       "Escolha outra quantidade de parcelas ou outro meio de pagamento."sv}}},
    {"failed"sv, "processing_error"sv, outcome_declined, "A processing error: the buyer may retry."sv,
     {{"Payment not processed"sv, "There was a problem processing your payment[ of {amount}]."sv,
       "Please try again in a few minutes."sv},
      {"No pudimos procesar tu pago"sv, "Hubo un problema al procesar tu pago[ de {amount}]."sv,
       "Por favor, vuelve a intentarlo en unos minutos."sv},
      {"Não foi possível processar seu pagamento"sv, "Houve um problema ao processar seu pagamento[ de {amount}]."sv,
       "Por favor, tente novamente em alguns minutos."sv}}},

    // --- canceled, expired ------------------------------------------------------------------
    {"canceled"sv, "canceled"sv, outcome_final, "Do not fulfil; release any reserved stock."sv, order_canceled_texts},
    {"expired"sv, "expired"sv, outcome_final | outcome_retry, "Not paid in time; offer a new order."sv, order_expired_texts},
};

inline constexpr std::size_t order_outcome_case_count = [] {
    std::size_t n = 0;
    for (const auto& r : order_outcome_rows)
        if (!r.detail.empty()) ++n;
    return n;
}();

inline constexpr auto order_outcome_cases = [] {
    std::array<order_outcome_case, order_outcome_case_count> out{};
    std::size_t i = 0;
    for (const auto& r : order_outcome_rows)
        if (!r.detail.empty()) out[i++] = order_outcome_case{{r.status}, {r.detail}};
    return out;
}();

/// The spelling the rows use for a status or detail that also comes as `cancelled`.
template <class E>
E canonical_spelling(const E& e) {
    return e.is_canceled() ? E(E::canceled) : e;
}

}  // namespace detail

MERCADOPAGO_DETAIL_DECL std::span<const order_outcome_case> known_order_outcomes() noexcept { return detail::order_outcome_cases; }

MERCADOPAGO_DETAIL_DECL outcome_values order_outcome_values(const order& o) {
    outcome_values v;
    if (o.total_amount) v.amount = format_amount(*o.total_amount, o.currency.value_or(""));
    if (o.transactions && o.transactions->payments && !o.transactions->payments->empty()) {
        const order_payment& p = o.transactions->payments->front();
        if (p.payment_method && p.payment_method->id && !p.payment_method->id->empty())
            v.payment_method = payment_method_name(*p.payment_method->id);
        if (p.payment_method && p.payment_method->statement_descriptor)
            v.statement_descriptor = *p.payment_method->statement_descriptor;
        if (p.payment_method && p.payment_method->installments && *p.payment_method->installments > 0)
            v.installments = static_cast<int>(*p.payment_method->installments);
    }
    return v;
}

MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order_status& status, const order_status_detail& status_detail,
                                              language lang, const outcome_values& values) {
    auto m = detail::describe_from(std::span<const detail::outcome_row>(detail::order_outcome_rows),
                                   detail::canonical_spelling(status), detail::canonical_spelling(status_detail), lang,
                                   values);
    m.status = status;  // as given, in either spelling
    m.status_detail = status_detail;
    return m;
}

MERCADOPAGO_DETAIL_DECL order_outcome_message describe_outcome(const order& o, language lang) {
    const order_status status = o.status.value_or(order_status{});
    order_status_detail status_detail = o.status_detail.value_or(order_status_detail{});
    // A declined order says `failed` twice; its payment says why.
    if (status == order_status::failed && (status_detail.empty() || status_detail.str() == "failed") && o.transactions &&
        o.transactions->payments) {
        for (const auto& p : *o.transactions->payments)
            if (p.status == order_status::failed && p.status_detail) status_detail = *p.status_detail;
    }
    return describe_outcome(status, status_detail, lang, order_outcome_values(o));
}

}  // namespace mercadopago
