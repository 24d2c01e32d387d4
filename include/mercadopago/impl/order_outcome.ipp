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

// Texts as plain `const char*`, for the reason given in impl/outcome.ipp.

inline constexpr outcome_texts order_approved_texts{
    {"Payment approved", "Your payment[ of {amount}][ with {payment_method}] has been approved.",
     "[It will appear on your statement as {statement_descriptor}.|You don't need to do anything else.]"},
    {"Pago aprobado", "Tu pago[ de {amount}][ con {payment_method}] fue aprobado.",
     "[Aparecerá en tu resumen como {statement_descriptor}.|No necesitas hacer nada más.]"},
    {"Pagamento aprovado", "Seu pagamento[ de {amount}][ com {payment_method}] foi aprovado.",
     "[Ele vai aparecer na sua fatura como {statement_descriptor}.|Você não precisa fazer mais nada.]"}};

inline constexpr outcome_texts order_refunded_texts{
    {"Payment refunded", "Your payment[ of {amount}] has been refunded.", refund_sent_back_next.en.next_step},
    {"Pago devuelto", "Tu pago[ de {amount}] fue devuelto.", refund_sent_back_next.es.next_step},
    {"Pagamento devolvido", "Seu pagamento[ de {amount}] foi devolvido.", refund_sent_back_next.pt.next_step}};

inline constexpr outcome_texts order_canceled_texts{
    {"Payment cancelled", "Your payment[ of {amount}] was cancelled and will not be charged.",
     "If you still want to buy, start a new payment."},
    {"Pago cancelado", "Tu pago[ de {amount}] fue cancelado y no se cobrará.",
     "Si todavía quieres comprar, inicia un nuevo pago."},
    {"Pagamento cancelado", "Seu pagamento[ de {amount}] foi cancelado e não será cobrado.",
     "Se ainda quiser comprar, inicie um novo pagamento."}};

inline constexpr outcome_texts order_expired_texts{
    {"Payment expired", "The time to pay[ {amount}] has run out.", "If you still want to buy, start a new payment."},
    {"Pago vencido", "Se terminó el plazo para pagar[ {amount}].", "Si todavía quieres comprar, inicia un nuevo pago."},
    {"Pagamento expirado", "O prazo para pagar[ {amount}] terminou.",
     "Se ainda quiser comprar, inicie um novo pagamento."}};

inline constexpr outcome_texts order_in_process_texts{
    {"Payment in process", "Your payment[ of {amount}] is being processed.",
     "You don't need to pay again; we will let you know the result soon."},
    {"Pago en proceso", "Tu pago[ de {amount}] se está procesando.",
     "No necesitas volver a pagar; pronto te avisaremos el resultado."},
    {"Pagamento em processamento", "Seu pagamento[ de {amount}] está sendo processado.",
     "Você não precisa pagar novamente; em breve avisaremos o resultado."}};

inline constexpr outcome_texts order_created_texts{
    {"Order received", "Your order[ of {amount}] has been received and is waiting to be processed.",
     "You don't need to do anything now; we will let you know when it is confirmed."},
    {"Pedido recibido", "Recibimos tu pedido[ de {amount}] y está esperando ser procesado.",
     "No necesitas hacer nada por ahora; te avisaremos cuando se confirme."},
    {"Pedido recebido", "Recebemos seu pedido[ de {amount}] e ele está aguardando processamento.",
     "Você não precisa fazer nada agora; avisaremos quando ele for confirmado."}};

inline constexpr outcome_texts order_declined_texts{
    {"Payment declined", "Your payment[ of {amount}] could not be completed.",
     "Please try again or pay with another card or payment method."},
    {"Pago rechazado", "No se pudo completar tu pago[ de {amount}].",
     "Por favor, vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."},
    {"Pagamento recusado", "Não foi possível concluir seu pagamento[ de {amount}].",
     "Por favor, tente novamente ou pague com outro cartão ou meio de pagamento."}};

inline const outcome_row order_outcome_rows[] = {
    // --- generic message of each status -------------------------------------------
    {"created", "", 0, "Process it (processing_mode manual) or wait for the automatic processing.", order_created_texts},
    {"processing", "", 0, "Wait for the order webhook before fulfilling.", order_in_process_texts},
    {"processed", "", outcome_final, "Fulfil the order.", order_approved_texts},
    {"action_required", "", outcome_action, "Show the buyer how to finish paying; wait for the webhook.",
     {{"Action needed to finish your payment", "Your payment[ of {amount}] is not complete yet.",
       "Follow the instructions you were given to finish paying."},
      {"Falta un paso para terminar tu pago", "Tu pago[ de {amount}] todavía no está completo.",
       "Sigue las instrucciones que recibiste para terminar de pagar."},
      {"Falta uma etapa para concluir seu pagamento", "Seu pagamento[ de {amount}] ainda não foi concluído.",
       "Siga as instruções que você recebeu para concluir o pagamento."}}},
    {"at_terminal", "", outcome_action, "In-store: the payment terminal has the order.",
     {{"Continue on the terminal", "Your payment[ of {amount}] is waiting on the payment terminal.",
       "Follow the instructions on the terminal's screen."},
      {"Continúa en la terminal", "Tu pago[ de {amount}] está esperando en la terminal de pago.",
       "Sigue las instrucciones en la pantalla de la terminal."},
      {"Continue na maquininha", "Seu pagamento[ de {amount}] está aguardando na maquininha.",
       "Siga as instruções na tela da maquininha."}}},
    {"failed", "", outcome_declined, "Offer another attempt; nothing was charged.", order_declined_texts},
    {"canceled", "", outcome_final, "Do not fulfil; release any reserved stock.", order_canceled_texts},
    {"refunded", "", outcome_final, "Money returned; the order will not be fulfilled.", order_refunded_texts},
    {"expired", "", outcome_final | outcome_retry, "Not paid in time; offer a new order.", order_expired_texts},
    {"charged_back", "", 0, "A dispute is open: answer it before its deadline.",
     {{"Payment disputed", "A dispute was opened for your payment[ of {amount}].",
       "Your card issuer will contact you if anything else is needed."},
      {"Pago en disputa", "Se abrió una disputa por tu pago[ de {amount}].",
       "El emisor de tu tarjeta te contactará si necesita algo más."},
      {"Pagamento contestado", "Foi aberta uma contestação do seu pagamento[ de {amount}].",
       "O emissor do seu cartão entrará em contato se precisar de algo mais."}}},
    {"", "", 0, "Unknown status: look the order up again.",
     {{"Payment status", "We are checking the status of your payment[ of {amount}].",
       "We will let you know as soon as we have news."},
      {"Estado del pago", "Estamos revisando el estado de tu pago[ de {amount}].",
       "Te avisaremos en cuanto tengamos novedades."},
      {"Status do pagamento", "Estamos verificando o status do seu pagamento[ de {amount}].",
       "Avisaremos assim que tivermos novidades."}}},

    // --- created, processing, processed --------------------------------------------
    {"created", "created", 0, "Process it (processing_mode manual) or wait for the automatic processing.",
     order_created_texts},
    {"processing", "in_process", 0, "Wait for the order webhook before fulfilling.", order_in_process_texts},
    {"processed", "accredited", outcome_final, "Fulfil the order.", order_approved_texts},
    {"processed", "processed", outcome_final, "Fulfil the order.", order_approved_texts},
    {"processed", "partially_refunded", outcome_final, "Part of the amount was returned to the buyer.",
     {{"Part of your payment refunded", "Part of your payment[ of {amount}] has been refunded.",
       refund_sent_back_next.en.next_step},
      {"Devolvimos parte de tu pago", "Devolvimos parte de tu pago[ de {amount}].", refund_sent_back_next.es.next_step},
      {"Devolvemos parte do seu pagamento", "Parte do seu pagamento[ de {amount}] foi devolvida.",
       refund_sent_back_next.pt.next_step}}},
    {"processed", "refunded", outcome_final, "Money returned (Checkout Pro orders stay processed).",
     order_refunded_texts},
    {"refunded", "refunded", outcome_final, "Money returned; the order will not be fulfilled.", order_refunded_texts},

    // --- action_required ---------------------------------------------------------------
    {"action_required", "waiting_payment", outcome_action, "Show the voucher; wait for the webhook before fulfilling.",
     {{"Payment pending", "Your payment[ of {amount}] has not been made yet.",
       "Pay with the voucher or code you were given before it expires. We will let you know when it is confirmed."},
      {"Pago pendiente", "Todavía no hiciste el pago[ de {amount}].",
       "Paga con el comprobante o código que recibiste antes de que venza. Te avisaremos cuando se confirme."},
      {"Pagamento pendente", "O pagamento[ de {amount}] ainda não foi feito.",
       "Pague com o boleto ou código que você recebeu antes do vencimento. Avisaremos quando ele for "
       "confirmado."}}},
    {"action_required", "waiting_transfer", outcome_action, "Show the Pix code; wait for the webhook before fulfilling.",
     {{"Waiting for your transfer", "We are waiting for your transfer[ of {amount}].",
       "Pay with the Pix code or QR code before it expires."},
      {"Esperando tu transferencia", "Estamos esperando tu transferencia[ de {amount}].",
       "Paga con el código o el QR de Pix antes de que venza."},
      {"Aguardando sua transferência", "Estamos aguardando sua transferência[ de {amount}].",
       "Pague com o código Pix ou o QR code antes que ele expire."}}},
    {"action_required", "waiting_capture", 0, "Authorized: capture it (orders().capture) or cancel it.",
     {{"Payment authorized", "Your payment[ of {amount}] has been authorized; the seller will complete the charge.",
       "You don't need to do anything."},
      {"Pago autorizado", "Tu pago[ de {amount}] fue autorizado; el vendedor completará el cobro.",
       "No necesitas hacer nada."},
      {"Pagamento autorizado", "Seu pagamento[ de {amount}] foi autorizado; o vendedor vai concluir a cobrança.",
       "Você não precisa fazer nada."}}},
    {"action_required", "check_on_terminal", outcome_action, "In-store: the buyer confirms on the terminal.",
     {{"Check the terminal", "Your payment[ of {amount}] needs a confirmation on the payment terminal.",
       "Follow the instructions on the terminal's screen."},
      {"Revisa la terminal", "Tu pago[ de {amount}] necesita una confirmación en la terminal de pago.",
       "Sigue las instrucciones en la pantalla de la terminal."},
      {"Confira a maquininha", "Seu pagamento[ de {amount}] precisa de uma confirmação na maquininha.",
       "Siga as instruções na tela da maquininha."}}},

    // --- failed: why the payment failed ----------------------------------------------------
    {"failed", "bad_filled_card_data", outcome_declined, "Card data was wrong: let the buyer correct it.",
     {{"Check your card details", "Some details of your [{payment_method}|card] were not filled in correctly.",
       "Check the card number, expiry date and security code, and try again."},
      {"Revisa los datos de tu tarjeta", "Algunos datos de tu [tarjeta {payment_method}|tarjeta] no son correctos.",
       "Revisa el número, la fecha de vencimiento y el código de seguridad, y vuelve a intentarlo."},
      {"Confira os dados do seu cartão", "Alguns dados do seu [cartão {payment_method}|cartão] não estão corretos.",
       "Confira o número, a data de validade e o código de segurança e tente novamente."}}},
    {"failed", "invalid_card_token", outcome_declined, "The card token was invalid or used: tokenise again.",
     {{"Enter your card again", "We could not read your card details.", "Please enter your card details again."},
      {"Vuelve a ingresar tu tarjeta", "No pudimos leer los datos de tu tarjeta.",
       "Por favor, ingresa los datos de tu tarjeta de nuevo."},
      {"Informe seu cartão novamente", "Não conseguimos ler os dados do seu cartão.",
       "Por favor, informe os dados do seu cartão novamente."}}},
    {"failed", "high_risk", outcome_declined, "Declined by risk rules: never tell the buyer why.",
     undisclosed_decline_texts},
    {"failed", "rejected_by_issuer", outcome_declined, "The card issuer declined it.",
     {{"Payment declined", "[{payment_method}|Your card issuer] declined the payment[ of {amount}].",
       "Please pay with another card or payment method, or contact your card issuer."},
      {"Pago rechazado", "[{payment_method}|El emisor de tu tarjeta] rechazó el pago[ de {amount}].",
       "Por favor, paga con otra tarjeta u otro medio de pago, o comunícate con el emisor de tu tarjeta."},
      {"Pagamento recusado", "[{payment_method}|O emissor do seu cartão] recusou o pagamento[ de {amount}].",
       "Por favor, pague com outro cartão ou meio de pagamento, ou fale com o emissor do seu cartão."}}},
    {"failed", "required_call_for_authorize", outcome_declined, "The buyer must authorize it with the issuer.",
     {{"Authorize your payment", "You need to authorize the payment[ of {amount}] with [{payment_method}|your card issuer].",
       "Call [{payment_method}|your card issuer] to authorize it, and then try again."},
      {"Autoriza tu pago", "Necesitas autorizar el pago[ de {amount}] con [{payment_method}|el emisor de tu tarjeta].",
       "Llama a [{payment_method}|el emisor de tu tarjeta] para autorizarlo y luego vuelve a intentarlo."},
      {"Autorize seu pagamento",
       "Você precisa autorizar o pagamento[ de {amount}] com [{payment_method}|o emissor do seu cartão].",
       "Ligue para [{payment_method}|o emissor do seu cartão] para autorizá-lo e depois tente novamente."}}},
    {"failed", "insufficient_amount", outcome_declined, "Insufficient funds.",
     {{"Insufficient funds", "Your card does not have enough available balance for this payment[ of {amount}].",
       "Please pay with another card or payment method."},
      {"Fondos insuficientes", "Tu tarjeta no tiene saldo disponible suficiente para este pago[ de {amount}].",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Saldo insuficiente", "Seu cartão não tem limite disponível suficiente para este pagamento[ de {amount}].",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"failed", "card_disabled", outcome_declined, "The card is not active.",
     {{"Card not active", "Your [{payment_method} card|card] is not active.",
       "Call your card issuer to activate it, or pay with another card."},
      {"Tarjeta no activa", "Tu [tarjeta {payment_method}|tarjeta] no está activa.",
       "Llama al emisor de tu tarjeta para activarla, o paga con otra tarjeta."},
      {"Cartão não ativado", "Seu [cartão {payment_method}|cartão] não está ativado.",
       "Ligue para o emissor do seu cartão para ativá-lo ou pague com outro cartão."}}},
    {"failed", "max_attempts_exceeded", outcome_declined, "Too many attempts with this card.",
     {{"Too many attempts", "You have reached the limit of attempts with this card.",
       "Please pay with another card or payment method."},
      {"Demasiados intentos", "Llegaste al límite de intentos con esta tarjeta.",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Muitas tentativas", "Você atingiu o limite de tentativas com este cartão.",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"failed", "amount_limit_exceeded", outcome_declined, "Over the payment method's amount limit.",
     {{"Amount over the limit", "The payment[ of {amount}] is over the limit of this payment method.",
       "Please pay with another card or payment method."},
      {"Monto por encima del límite", "El pago[ de {amount}] supera el límite de este medio de pago.",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Valor acima do limite", "O pagamento[ de {amount}] ultrapassa o limite deste meio de pagamento.",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"failed", "invalid_installments", outcome_declined, "The card does not accept that number of installments.",
     {{"Installments not available", "[{payment_method}|This card] does not accept[ {installments}| this number of installments].",
       "Choose another number of installments or another payment method."},
      {"Cuotas no disponibles", "[{payment_method}|Esta tarjeta] no acepta[ {installments}| esa cantidad de cuotas].",
       "Elige otra cantidad de cuotas u otro medio de pago."},
      {"Parcelas não disponíveis", "[{payment_method}|Este cartão] não aceita[ {installments}| essa quantidade de parcelas].",
       "Escolha outra quantidade de parcelas ou outro meio de pagamento."}}},
    {"failed", "processing_error", outcome_declined, "A processing error: the buyer may retry.",
     {{"Payment not processed", "There was a problem processing your payment[ of {amount}].",
       "Please try again in a few minutes."},
      {"No pudimos procesar tu pago", "Hubo un problema al procesar tu pago[ de {amount}].",
       "Por favor, vuelve a intentarlo en unos minutos."},
      {"Não foi possível processar seu pagamento", "Houve um problema ao processar seu pagamento[ de {amount}].",
       "Por favor, tente novamente em alguns minutos."}}},

    // --- canceled, expired ------------------------------------------------------------------
    {"canceled", "canceled", outcome_final, "Do not fulfil; release any reserved stock.", order_canceled_texts},
    {"expired", "expired", outcome_final | outcome_retry, "Not paid in time; offer a new order.", order_expired_texts},
};

/// The spelling the rows use for a status or detail that also comes as `cancelled`.
template <class E>
E canonical_spelling(const E& e) {
    return e.is_canceled() ? E(E::canceled) : e;
}

}  // namespace detail

MERCADOPAGO_DETAIL_DECL std::span<const order_outcome_case> known_order_outcomes() noexcept {
    return detail::cases_of<order_outcome_case>(detail::order_outcome_rows);
}

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
    auto m = detail::describe_from(std::begin(detail::order_outcome_rows), std::end(detail::order_outcome_rows),
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
