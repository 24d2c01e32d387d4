// The definitions of outcome.hpp's functions, the payments' message table,
// and rendering a message from a table row (the orders' messages share it:
// impl/order_outcome.ipp): included by outcome.hpp in header-only mode, and
// compiled once in <mercadopago/src.hpp> with separate compilation.
#pragma once

#include <mercadopago/version.hpp>  // MERCADOPAGO_ABI_NAMESPACE

#include <mercadopago/detail/config.hpp>
#include <mercadopago/outcome.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mercadopago::inline MERCADOPAGO_ABI_NAMESPACE {

namespace detail {

struct outcome_text {
    const char* title;
    const char* detail;
    const char* next_step;
};
struct outcome_texts {
    outcome_text en, es, pt;
};

inline constexpr unsigned outcome_final = 1;
inline constexpr unsigned outcome_action = 2;
inline constexpr unsigned outcome_retry = 4;

/// One message. `detail` empty: the generic message of `status`; both empty:
/// the message for an unknown status. Templates: `{name}` is a value
/// (amount, payment_method, statement_descriptor, installments); `[A]` keeps A
/// only when every value A names is present; `[A|B]` uses B otherwise.
struct outcome_row {
    const char* status;
    const char* detail;
    unsigned flags;
    const char* seller_note;
    outcome_texts texts;
};

// The texts are plain `const char*`, not string_views: a string_view made
// from a literal is measured by char_traits::length, which g++ runs character
// by character in its constant evaluator, for every text of every table, in
// every file that compiles the tables (each header-only one that includes
// outcome.hpp). With pointers the tables cost about what their tokens cost to
// read (0.03 G instructions against 0.13 G as `sv` literals, g++ 12); a text
// is measured when a message is rendered.

// Texts shared by a detail that is seen under two statuses.
inline constexpr outcome_texts additional_info_texts{
    {"More information needed", "We need some more information to process your payment[ of {amount}].",
     "Check your messages: you will be asked for the missing details. Reply to continue."},
    {"Necesitamos más información", "Necesitamos algunos datos más para procesar tu pago[ de {amount}].",
     "Revisa tus mensajes: te pediremos los datos que faltan. Responde para continuar."},
    {"Precisamos de mais informações",
     "Precisamos de mais algumas informações para processar seu pagamento[ de {amount}].",
     "Fique de olho nas suas mensagens: vamos pedir os dados que faltam. Responda para continuar."}};

inline constexpr outcome_texts provider_response_texts{
    {"Waiting for a response", "Your payment[ of {amount}] is waiting for a response from the payment processor.",
     "You don't need to do anything or pay again; you will get the result soon."},
    {"Esperando una respuesta", "Tu pago[ de {amount}] está esperando la respuesta del procesador de pagos.",
     "No necesitas hacer nada ni volver a pagar; pronto tendrás el resultado."},
    {"Aguardando uma resposta",
     "Seu pagamento[ de {amount}] está aguardando a resposta do processador de pagamentos.",
     "Você não precisa fazer nada nem pagar novamente; em breve você terá o resultado."}};

inline constexpr outcome_texts authorization_revoked_texts{
    {"Authorization withdrawn",
     "The authorization for this payment[ of {amount}] was withdrawn, so it will not be charged.",
     "If you still want to buy, start a new payment."},
    {"Autorización retirada", "Se retiró la autorización de este pago[ de {amount}], así que no se cobrará.",
     "Si todavía quieres comprar, inicia un nuevo pago."},
    {"Autorização retirada", "A autorização deste pagamento[ de {amount}] foi retirada, então ele não será cobrado.",
     "Se ainda quiser comprar, inicie um novo pagamento."}};

// Declines by risk rules: the same neutral wording, never the reason.
inline constexpr outcome_texts undisclosed_decline_texts{
    {"Payment not processed", "We could not process your payment[ of {amount}].",
     "Please pay with another card or payment method."},
    {"No pudimos procesar tu pago", "No pudimos procesar tu pago[ de {amount}].",
     "Por favor, paga con otra tarjeta u otro medio de pago."},
    {"Não foi possível processar seu pagamento", "Não conseguimos processar seu pagamento[ de {amount}].",
     "Por favor, pague com outro cartão ou meio de pagamento."}};

inline constexpr outcome_texts refund_sent_back_next{
    {"", "", "The money goes back to the payment method you used; when it shows up depends on your bank or card issuer."},
    {"", "", "El dinero vuelve al medio de pago que usaste; cuándo lo verás depende de tu banco o del emisor de tu tarjeta."},
    {"", "",
     "O dinheiro volta para o meio de pagamento que você usou; o prazo para aparecer depende do seu banco ou do "
     "emissor do cartão."}};

inline constexpr unsigned outcome_declined = outcome_final | outcome_retry;

inline const outcome_row outcome_rows[] = {
    // --- generic message of each status (no or unknown status_detail) ---------
    {"pending", "", outcome_action, "Show the payment instructions; wait for the webhook before fulfilling.",
     {{"Payment pending", "Your payment[ of {amount}] has not been completed yet.",
       "Finish paying by following the instructions you were given. We will let you know as soon as it is "
       "confirmed."},
      {"Pago pendiente", "Tu pago[ de {amount}] todavía no se completó.",
       "Termina de pagar siguiendo las instrucciones que recibiste. Te avisaremos en cuanto se confirme."},
      {"Pagamento pendente", "Seu pagamento[ de {amount}] ainda não foi concluído.",
       "Conclua o pagamento seguindo as instruções que você recebeu. Avisaremos assim que ele for confirmado."}}},
    {"approved", "", outcome_final, "Fulfil the order.",
     {{"Payment approved", "Your payment[ of {amount}] has been approved.", "You don't need to do anything else."},
      {"Pago aprobado", "Tu pago[ de {amount}] fue aprobado.", "No necesitas hacer nada más."},
      {"Pagamento aprovado", "Seu pagamento[ de {amount}] foi aprovado.", "Você não precisa fazer mais nada."}}},
    {"authorized", "", 0, "Capture the payment or cancel it before the authorization lapses.",
     {{"Payment authorized",
       "The payment[ of {amount}] has been authorized: the amount is reserved but not charged yet.",
       "You don't need to do anything. The charge is completed when the seller confirms your purchase."},
      {"Pago autorizado",
       "El pago[ de {amount}] fue autorizado: el monto está reservado, pero todavía no se cobró.",
       "No necesitas hacer nada. El cobro se completa cuando el vendedor confirme tu compra."},
      {"Pagamento autorizado",
       "O pagamento[ de {amount}] foi autorizado: o valor está reservado, mas ainda não foi cobrado.",
       "Você não precisa fazer nada. A cobrança é concluída quando o vendedor confirmar sua compra."}}},
    {"in_process", "", 0, "Under review; wait for the webhook before fulfilling.",
     {{"Payment being processed", "Your payment[ of {amount}] is still being processed.",
       "Please wait and do not pay again. You will get the result by e-mail, usually within two business days."},
      {"Pago en proceso", "Tu pago[ de {amount}] todavía se está procesando.",
       "Espera y no vuelvas a pagar. Recibirás el resultado por e-mail, normalmente en hasta dos días hábiles."},
      {"Pagamento em processamento", "Seu pagamento[ de {amount}] ainda está sendo processado.",
       "Aguarde e não pague novamente. Você receberá o resultado por e-mail, normalmente em até dois dias úteis."}}},
    {"in_mediation", "", 0, "The buyer opened a dispute: answer it.",
     {{"Payment in dispute", "There is an open dispute about this payment[ of {amount}].",
       "Follow the dispute in your Mercado Pago account and reply there to any request for information."},
      {"Pago en disputa", "Hay una disputa abierta sobre este pago[ de {amount}].",
       "Sigue la disputa desde tu cuenta de Mercado Pago y responde allí a cualquier pedido de información."},
      {"Pagamento em disputa", "Há uma disputa aberta sobre este pagamento[ de {amount}].",
       "Acompanhe a disputa na sua conta do Mercado Pago e responda por lá a qualquer pedido de informação."}}},
    {"rejected", "", outcome_declined, "Declined; allow another attempt.",
     {{"Payment declined", "Your payment[ of {amount}] could not be completed.",
       "Try again, or pay with another card or payment method."},
      {"Pago rechazado", "No se pudo completar tu pago[ de {amount}].",
       "Vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."},
      {"Pagamento recusado", "Não foi possível concluir seu pagamento[ de {amount}].",
       "Tente novamente ou pague com outro cartão ou meio de pagamento."}}},
    {"cancelled", "", outcome_declined, "Release the stock; a new payment is needed.",
     {{"Payment cancelled", "This payment[ of {amount}] was cancelled, so nothing will be charged.",
       "If you still want to buy, start a new payment."},
      {"Pago cancelado", "Este pago[ de {amount}] se canceló, así que no se realizará ningún cobro.",
       "Si todavía quieres comprar, inicia un nuevo pago."},
      {"Pagamento cancelado", "Este pagamento[ de {amount}] foi cancelado, então nada será cobrado.",
       "Se ainda quiser comprar, inicie um novo pagamento."}}},
    {"refunded", "", outcome_final, "Fully refunded; nothing to do.",
     {{"Payment refunded", "Your payment[ of {amount}] has been refunded.", refund_sent_back_next.en.next_step},
      {"Pago reembolsado", "Tu pago[ de {amount}] fue reembolsado.", refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado", "Seu pagamento[ de {amount}] foi reembolsado.", refund_sent_back_next.pt.next_step}}},
    {"charged_back", "", 0, "A chargeback was filed: follow it through the chargebacks API.",
     {{"Payment charged back", "A chargeback was filed with the card issuer for this payment[ of {amount}].",
       "If you have questions about it, contact your card issuer."},
      {"Contracargo del pago", "Se presentó un contracargo ante el emisor de la tarjeta por este pago[ de {amount}].",
       "Si tienes dudas, comunícate con el emisor de tu tarjeta."},
      {"Contestação do pagamento",
       "Foi aberta uma contestação junto ao emissor do cartão para este pagamento[ de {amount}].",
       "Se tiver dúvidas, fale com o emissor do seu cartão."}}},
    // --- unknown status ---------------------------------------------------------
    {"", "", 0, "Unknown status: fetch the payment again and check its status before acting.",
     {{"Payment status", "We could not determine the current status of your payment[ of {amount}].",
       "Check your e-mail or your Mercado Pago account, or contact the seller, before paying again."},
      {"Estado del pago", "No pudimos determinar el estado actual de tu pago[ de {amount}].",
       "Revisa tu e-mail o tu cuenta de Mercado Pago, o comunícate con el vendedor, antes de volver a pagar."},
      {"Status do pagamento", "Não conseguimos identificar o status atual do seu pagamento[ de {amount}].",
       "Verifique seu e-mail ou sua conta do Mercado Pago, ou fale com o vendedor, antes de pagar novamente."}}},

    // --- approved ---------------------------------------------------------------
    {"approved", "accredited", outcome_final, "Fulfil the order.",
     {{"Payment approved",
       "Your payment[ of {amount}] was approved.[ The charge will appear on your statement as {statement_descriptor}.]",
       "You don't need to do anything else."},
      {"Pago aprobado",
       "Tu pago[ de {amount}] fue aprobado.[ En el resumen de tu tarjeta aparecerá como {statement_descriptor}.]",
       "No necesitas hacer nada más."},
      {"Pagamento aprovado",
       "Seu pagamento[ de {amount}] foi aprovado.[ Na fatura, a cobrança aparecerá como {statement_descriptor}.]",
       "Você não precisa fazer mais nada."}}},
    {"approved", "partially_refunded", outcome_final, "Nothing to do; the refunded sum is in transaction_amount_refunded.",
     {{"Payment partially refunded", "Your payment[ of {amount}] was approved, and part of it has since been refunded.",
       "The refunded part goes back to the payment method you used; when it shows up depends on your bank or card "
       "issuer."},
      {"Pago reembolsado en parte", "Tu pago[ de {amount}] fue aprobado y luego se devolvió una parte.",
       "La parte devuelta vuelve al medio de pago que usaste; cuándo la verás depende de tu banco o del emisor de tu "
       "tarjeta."},
      {"Pagamento reembolsado em parte", "Seu pagamento[ de {amount}] foi aprovado e depois uma parte foi reembolsada.",
       "A parte reembolsada volta para o meio de pagamento que você usou; o prazo depende do seu banco ou do emissor "
       "do cartão."}}},
    // --- authorized -------------------------------------------------------------
    {"authorized", "pending_capture", 0, "Capture it (PUT with capture=true) or cancel it before the authorization lapses.",
     {{"Payment authorized", "The amount[ of {amount}] is reserved on your card but has not been charged yet.",
       "You don't need to do anything: the seller will either complete the charge or release the reserved amount."},
      {"Pago autorizado", "El monto[ de {amount}] quedó reservado en tu tarjeta, pero todavía no se cobró.",
       "No necesitas hacer nada: el vendedor completará el cobro o liberará el monto reservado."},
      {"Pagamento autorizado", "O valor[ de {amount}] está reservado no seu cartão, mas ainda não foi cobrado.",
       "Você não precisa fazer nada: o vendedor vai concluir a cobrança ou liberar o valor reservado."}}},
    // --- in_process -------------------------------------------------------------
    {"in_process", "offline_process", 0, "Processing continues offline; wait for the webhook before fulfilling.",
     {{"Payment being processed",
       "Your payment[ of {amount}] could not be processed right away and will be processed shortly.",
       "Please wait for the result and do not pay again. We will let you know."},
      {"Pago en proceso", "Tu pago[ de {amount}] no pudo procesarse en el momento y se procesará en breve.",
       "Espera el resultado y no vuelvas a pagar. Te avisaremos."},
      {"Pagamento em processamento",
       "Seu pagamento[ de {amount}] não pôde ser processado na hora e será processado em breve.",
       "Aguarde o resultado e não pague novamente. Vamos avisar você."}}},
    {"in_process", "pending_contingency", 0, "Processing is delayed; wait for the webhook (about 2 business days).",
     {{"Payment being processed", "Processing your payment[ of {amount}] is taking longer than usual.",
       "You don't need to pay again. You will receive the result by e-mail within two business days."},
      {"Estamos procesando tu pago", "El procesamiento de tu pago[ de {amount}] está demorando más de lo habitual.",
       "No hace falta que vuelvas a pagar. Recibirás el resultado por e-mail en un plazo de dos días hábiles."},
      {"Estamos processando seu pagamento",
       "O processamento do seu pagamento[ de {amount}] está demorando mais do que o normal.",
       "Não é preciso pagar novamente. Você receberá o resultado por e-mail em até dois dias úteis."}}},
    {"in_process", "pending_review_manual", 0, "Held for manual review; wait for the webhook before fulfilling.",
     {{"Payment under review", "Your payment[ of {amount}] is being reviewed.",
       "Please do not pay again. You will get the result within about two business days, and you may be asked for "
       "some extra information."},
      {"Pago en revisión", "Tu pago[ de {amount}] está siendo revisado.",
       "Por favor, no vuelvas a pagar. Tendrás el resultado en unos dos días hábiles y es posible que te pidamos "
       "algún dato adicional."},
      {"Pagamento em análise", "Seu pagamento[ de {amount}] está em análise.",
       "Por favor, não pague novamente. Você terá o resultado em cerca de dois dias úteis e talvez precisemos de "
       "alguma informação adicional."}}},
    {"in_process", "deferred_retry", 0, "Rescheduled by Mercado Pago; wait for the webhook.",
     {{"Payment will be retried",
       "Your payment[ of {amount}] could not be completed yet and will be attempted again automatically.",
       "You don't need to do anything; we will let you know the result."},
      {"Reintentaremos el pago",
       "Tu pago[ de {amount}] todavía no pudo completarse y se volverá a intentar automáticamente.",
       "No necesitas hacer nada; te avisaremos el resultado."},
      {"O pagamento será tentado novamente",
       "Seu pagamento[ de {amount}] ainda não pôde ser concluído e será tentado novamente de forma automática.",
       "Você não precisa fazer nada; avisaremos o resultado."}}},
    // --- pending ----------------------------------------------------------------
    {"pending", "pending_waiting_transfer", outcome_action,
     "Show the transfer or QR data (point_of_interaction.transaction_data); wait for the webhook.",
     {{"Complete your transfer", "Your payment[ of {amount}] will be confirmed once you complete the transfer.",
       "Open your bank's app and make the transfer, or scan the QR code, using the details shown at checkout."},
      {"Completa tu transferencia", "Tu pago[ de {amount}] se confirmará cuando completes la transferencia.",
       "Abre la app de tu banco y haz la transferencia, o escanea el código QR, con los datos que se mostraron al "
       "pagar."},
      {"Conclua sua transferência", "Seu pagamento[ de {amount}] será confirmado quando você concluir a transferência.",
       "Abra o app do seu banco e faça a transferência, ou leia o QR code, com os dados mostrados ao finalizar a "
       "compra."}}},
    {"pending", "pending_waiting_payment", outcome_action,
     "Show the voucher (transaction_details.external_resource_url) and its due date.",
     {{"Waiting for your payment", "Your payment[ of {amount}] has been registered, but you have not paid it yet.",
       "Pay it with the voucher or payment slip you received before it expires. Confirmation may take a while after "
       "you pay."},
      {"Esperamos tu pago", "Tu pago[ de {amount}] quedó registrado, pero todavía no lo realizaste.",
       "Págalo con el cupón o la boleta que recibiste antes de su vencimiento. La confirmación puede demorar un poco "
       "después de que pagues."},
      {"Aguardando seu pagamento", "Seu pagamento[ de {amount}] foi registrado, mas você ainda não o realizou.",
       "Pague com o boleto ou comprovante que você recebeu antes do vencimento. A confirmação pode levar algum tempo "
       "depois do pagamento."}}},
    {"pending", "pending_challenge", outcome_action,
     "Open three_ds_info.external_resource_url (posting creq) so the buyer completes 3-D Secure.",
     {{"Confirm your payment",
       "Your card issuer needs you to confirm this payment[ of {amount}] before it can go through.",
       "Complete the verification your bank shows you, for example by entering the code it sends you or approving "
       "the payment in its app."},
      {"Confirma tu pago",
       "El emisor de tu tarjeta necesita que confirmes este pago[ de {amount}] para poder procesarlo.",
       "Completa la verificación que te muestra tu banco, por ejemplo ingresando el código que te envía o aprobando "
       "el pago en su app."},
      {"Confirme seu pagamento",
       "O emissor do seu cartão precisa que você confirme este pagamento[ de {amount}] para processá-lo.",
       "Conclua a verificação exibida pelo seu banco, por exemplo digitando o código enviado ou aprovando o "
       "pagamento no app dele."}}},
    // --- cancelled --------------------------------------------------------------
    {"cancelled", "expired", outcome_declined, "Not paid within 30 days; release the stock, a new payment is needed.",
     {{"Payment expired", "The payment[ of {amount}] was not completed in time, so it was cancelled.",
       "If you still want to buy, start a new payment."},
      {"Pago vencido", "El pago[ de {amount}] no se completó a tiempo, así que se canceló.",
       "Si todavía quieres comprar, inicia un nuevo pago."},
      {"Pagamento expirado", "O pagamento[ de {amount}] não foi concluído a tempo e, por isso, foi cancelado.",
       "Se ainda quiser comprar, inicie um novo pagamento."}}},
    {"cancelled", "by_collector", outcome_final, "Cancelled by you (the seller); release the stock.",
     {{"Payment cancelled by the seller", "The seller cancelled this payment[ of {amount}]; nothing will be charged.",
       "If you have questions about your purchase, contact the seller."},
      {"El vendedor canceló el pago", "El vendedor canceló este pago[ de {amount}]; no se realizará ningún cobro.",
       "Si tienes dudas sobre tu compra, comunícate con el vendedor."},
      {"O vendedor cancelou o pagamento", "O vendedor cancelou este pagamento[ de {amount}]; nada será cobrado.",
       "Se tiver dúvidas sobre sua compra, fale com o vendedor."}}},
    {"cancelled", "by_payer", outcome_declined, "Cancelled by the buyer; release the stock.",
     {{"Payment cancelled", "You cancelled this payment[ of {amount}]; nothing will be charged.",
       "You can start a new payment whenever you want."},
      {"Pago cancelado", "Cancelaste este pago[ de {amount}]; no se realizará ningún cobro.",
       "Puedes iniciar un nuevo pago cuando quieras."},
      {"Pagamento cancelado", "Você cancelou este pagamento[ de {amount}]; nada será cobrado.",
       "Você pode iniciar um novo pagamento quando quiser."}}},
    // --- charged_back -----------------------------------------------------------
    {"charged_back", "settled", outcome_final, "Chargeback concluded against you: the money stays withheld.",
     {{"Chargeback concluded", "The chargeback on this payment[ of {amount}] has been concluded in your favor.",
       "You don't need to do anything else."},
      {"Contracargo finalizado", "El contracargo de este pago[ de {amount}] se resolvió a tu favor.",
       "No necesitas hacer nada más."},
      {"Contestação concluída", "A contestação deste pagamento[ de {amount}] foi concluída a seu favor.",
       "Você não precisa fazer mais nada."}}},
    {"charged_back", "reimbursed", outcome_final, "Chargeback concluded in your favor: the money came back to you.",
     {{"Chargeback concluded",
       "The chargeback on this payment[ of {amount}] was resolved in the seller's favor, so the charge stands.",
       "If you disagree, contact your card issuer."},
      {"Contracargo finalizado",
       "El contracargo de este pago[ de {amount}] se resolvió a favor del vendedor, por lo que el cobro se mantiene.",
       "Si no estás de acuerdo, comunícate con el emisor de tu tarjeta."},
      {"Contestação concluída",
       "A contestação deste pagamento[ de {amount}] foi resolvida a favor do vendedor, então a cobrança continua "
       "válida.",
       "Se não concordar, fale com o emissor do seu cartão."}}},
    {"charged_back", "in_process", 0, "The cardholder disputes the charge: send your evidence (chargebacks API).",
     {{"Chargeback under review", "Your card issuer is reviewing a chargeback on this payment[ of {amount}].",
       "Wait for the outcome; your card issuer may contact you for more details."},
      {"Contracargo en revisión",
       "El emisor de tu tarjeta está revisando un contracargo sobre este pago[ de {amount}].",
       "Espera el resultado; el emisor de tu tarjeta podría comunicarse contigo para pedirte más datos."},
      {"Contestação em análise",
       "O emissor do seu cartão está analisando uma contestação deste pagamento[ de {amount}].",
       "Aguarde o resultado; o emissor do cartão pode entrar em contato para pedir mais informações."}}},
    // --- refunded ---------------------------------------------------------------
    {"refunded", "refunded", outcome_final, "Refunded by you; nothing else to do.",
     {{"Payment refunded", "The seller refunded your payment[ of {amount}].", refund_sent_back_next.en.next_step},
      {"Pago reembolsado", "El vendedor te reembolsó el pago[ de {amount}].", refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado", "O vendedor reembolsou seu pagamento[ de {amount}].",
       refund_sent_back_next.pt.next_step}}},
    {"refunded", "by_admin", outcome_final, "Refunded by Mercado Pago; your account says why.",
     {{"Payment refunded", "Mercado Pago refunded your payment[ of {amount}].", refund_sent_back_next.en.next_step},
      {"Pago reembolsado", "Mercado Pago te reembolsó el pago[ de {amount}].", refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado", "O Mercado Pago reembolsou seu pagamento[ de {amount}].",
       refund_sent_back_next.pt.next_step}}},
    // --- rejected ---------------------------------------------------------------
    {"rejected", "bank_error", outcome_declined, "Bank-side error on a transfer; the buyer may retry later or use another method.",
     {{"Payment not completed",
       "Your bank could not complete the transfer[ of {amount}] because of a problem on its side.",
       "Try again later, or choose another payment method."},
      {"No se completó el pago", "Tu banco no pudo completar la transferencia[ de {amount}] por un problema propio.",
       "Vuelve a intentarlo más tarde o elige otro medio de pago."},
      {"Pagamento não concluído",
       "Seu banco não conseguiu concluir a transferência[ de {amount}] por um problema do lado dele.",
       "Tente novamente mais tarde ou escolha outro meio de pagamento."}}},
    {"rejected", "cc_rejected_3ds_challenge", outcome_declined, "The buyer did not pass the 3-D Secure challenge; allow a retry.",
     {{"Verification not completed",
       "The payment[ of {amount}] was declined because your card's verification step was not passed.",
       "Try again and complete your bank's verification, or use another card."},
      {"No se completó la verificación",
       "El pago[ de {amount}] fue rechazado porque no se superó la verificación de tu tarjeta.",
       "Vuelve a intentarlo y completa la verificación de tu banco, o usa otra tarjeta."},
      {"Verificação não concluída",
       "O pagamento[ de {amount}] foi recusado porque a verificação do seu cartão não foi concluída.",
       "Tente novamente e conclua a verificação do seu banco, ou use outro cartão."}}},
    {"rejected", "cc_rejected_3ds_mandatory", outcome_declined,
     "3-D Secure is mandatory for this card: send the payment with three_d_secure_mode set to optional.",
     {{"Payment declined",
       "Your card issuer requires an extra verification step that this payment[ of {amount}] did not include.",
       "Try again, or pay with another card or payment method."},
      {"Pago rechazado",
       "El emisor de tu tarjeta exige un paso de verificación adicional que este pago[ de {amount}] no incluyó.",
       "Vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."},
      {"Pagamento recusado",
       "O emissor do seu cartão exige uma etapa extra de verificação que este pagamento[ de {amount}] não incluiu.",
       "Tente novamente ou pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_bad_filled_card_number", outcome_declined, "Ask the buyer to re-enter the card number.",
     {{"Check the card number", "The card number you entered is not valid.",
       "Check the number on your card and enter it again."},
      {"Revisa el número de tarjeta", "El número de tarjeta que ingresaste no es válido.",
       "Verifica el número de tu tarjeta y vuelve a ingresarlo."},
      {"Confira o número do cartão", "O número do cartão informado não é válido.",
       "Confira o número do seu cartão e digite-o novamente."}}},
    {"rejected", "cc_rejected_bad_filled_date", outcome_declined, "Ask the buyer to re-enter the expiration date.",
     {{"Check the expiration date", "The expiration date you entered is not valid.",
       "Check the date printed on your card and enter it again."},
      {"Revisa la fecha de vencimiento", "La fecha de vencimiento que ingresaste no es válida.",
       "Verifica la fecha que figura en tu tarjeta y vuelve a ingresarla."},
      {"Confira a data de validade", "A data de validade informada não é válida.",
       "Confira a data impressa no seu cartão e digite-a novamente."}}},
    {"rejected", "cc_rejected_bad_filled_other", outcome_declined, "Ask the buyer to review every card field.",
     {{"Check your card details", "Some of the card details you entered are not valid.",
       "Review all the card details and try again."},
      {"Revisa los datos de tu tarjeta", "Algunos de los datos de la tarjeta que ingresaste no son válidos.",
       "Revisa todos los datos de la tarjeta y vuelve a intentarlo."},
      {"Confira os dados do cartão", "Alguns dos dados do cartão informados não são válidos.",
       "Revise todos os dados do cartão e tente novamente."}}},
    {"rejected", "cc_rejected_bad_filled_security_code", outcome_declined, "Ask the buyer to re-enter the security code.",
     {{"Check the security code", "The security code you entered is not valid.",
       "Enter the 3 or 4 digit code from your card and try again."},
      {"Revisa el código de seguridad", "El código de seguridad que ingresaste no es válido.",
       "Ingresa el código de 3 o 4 dígitos de tu tarjeta y vuelve a intentarlo."},
      {"Confira o código de segurança", "O código de segurança informado não é válido.",
       "Digite o código de 3 ou 4 dígitos do seu cartão e tente novamente."}}},
    {"rejected", "cc_rejected_blacklist", outcome_declined,
     "The card or buyer is blocked; keep the reason private and offer other methods.", undisclosed_decline_texts},
    {"rejected", "cc_rejected_call_for_authorize", outcome_declined,
     "The issuer wants the buyer to authorize this charge by phone; then retry.",
     {{"Authorize the payment with your card issuer",
       "[{payment_method}|Your card issuer] needs you to authorize the payment[ of {amount}] before it can go "
       "through.",
       "Call [{payment_method}|your card issuer] using the number on the back of your card, authorize the payment, "
       "and then try again."},
      {"Autoriza el pago con el emisor de tu tarjeta",
       "[{payment_method}|El emisor de tu tarjeta] necesita que autorices el pago[ de {amount}] para procesarlo.",
       "Llama [a {payment_method}|al emisor de tu tarjeta] al número que figura al dorso de la tarjeta, autoriza el "
       "pago y vuelve a intentarlo."},
      {"Autorize o pagamento com o emissor do cartão",
       "[{payment_method}|O emissor do seu cartão] precisa que você autorize o pagamento[ de {amount}] para "
       "processá-lo.",
       "Ligue para [{payment_method}|o emissor do seu cartão] no número que aparece no verso do cartão, autorize o "
       "pagamento e tente novamente."}}},
    {"rejected", "cc_rejected_card_disabled", outcome_declined,
     "The card is not enabled; the buyer must call the issuer or use another card.",
     {{"Activate your card", "Your[ {payment_method}] card is not active yet or has been disabled.",
       "Call [{payment_method}|your card issuer] at the number on the back of your card to activate it, or pay with "
       "another card."},
      {"Activa tu tarjeta", "Tu tarjeta[ {payment_method}] todavía no está activada o fue deshabilitada.",
       "Llama [a {payment_method}|al emisor de tu tarjeta] al número que figura al dorso para activarla, o paga con "
       "otra tarjeta."},
      {"Ative seu cartão", "Seu cartão[ {payment_method}] ainda não está ativado ou foi desabilitado.",
       "Ligue para [{payment_method}|o emissor do seu cartão] no número do verso do cartão para ativá-lo, ou pague "
       "com outro cartão."}}},
    {"rejected", "cc_rejected_card_error", outcome_declined, "The card could not be processed; suggest another card.",
     {{"Payment not processed", "We could not process the payment[ of {amount}] with this card.",
       "Please pay with another card or payment method."},
      {"No pudimos procesar tu pago", "No pudimos procesar el pago[ de {amount}] con esta tarjeta.",
       "Por favor, paga con otra tarjeta u otro medio de pago."},
      {"Não foi possível processar seu pagamento", "Não conseguimos processar o pagamento[ de {amount}] com este cartão.",
       "Por favor, pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_duplicated_payment", outcome_declined,
     "A payment of the same value was just made: check for a duplicate order (send X-Idempotency-Key on retries).",
     {{"Payment already made", "You just made a payment for the same amount[ ({amount})], so this one was declined.",
       "You don't need to pay again. If you really want another payment, use a different card or payment method."},
      {"Ya realizaste este pago",
       "Acabas de hacer un pago por el mismo monto[ ({amount})], así que este fue rechazado.",
       "No necesitas volver a pagar. Si de verdad quieres hacer otro pago, usa otra tarjeta u otro medio de pago."},
      {"Pagamento já realizado",
       "Você acabou de fazer um pagamento do mesmo valor[ ({amount})], por isso este foi recusado.",
       "Não é preciso pagar novamente. Se quiser mesmo fazer outro pagamento, use outro cartão ou meio de "
       "pagamento."}}},
    {"rejected", "cc_rejected_high_risk", outcome_declined,
     "Declined by Mercado Pago's prevention checks; keep the reason private and suggest cash methods.",
     {{"Payment not processed", "Your payment[ of {amount}] was declined.",
       "Please choose another payment method, such as paying in cash."},
      {"No pudimos procesar tu pago", "Tu pago[ de {amount}] fue rechazado.",
       "Por favor, elige otro medio de pago, como el pago en efectivo."},
      {"Não foi possível processar seu pagamento", "Seu pagamento[ de {amount}] foi recusado.",
       "Por favor, escolha outro meio de pagamento, como boleto ou pagamento em dinheiro."}}},
    {"rejected", "cc_rejected_insufficient_amount", outcome_declined, "Insufficient funds or limit; suggest another card.",
     {{"Insufficient funds",
       "Your[ {payment_method}] card does not have enough available funds or credit[ for {amount}].",
       "Pay with another card or payment method."},
      {"Fondos insuficientes", "Tu tarjeta[ {payment_method}] no tiene fondos o límite suficientes[ para {amount}].",
       "Paga con otra tarjeta u otro medio de pago."},
      {"Saldo insuficiente", "Seu cartão[ {payment_method}] não tem saldo ou limite suficiente[ para {amount}].",
       "Pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_invalid_installments", outcome_declined,
     "The card does not accept this installment count; offer the counts of /v1/payment_methods/installments.",
     {{"Choose another number of installments",
       "[{payment_method}|Your card] does not accept payments in [{installments}|this number of installments].",
       "Choose a different number of installments, or pay with another card."},
      {"Elige otra cantidad de cuotas",
       "[{payment_method}|Tu tarjeta] no acepta pagos en [{installments}|esta cantidad de cuotas].",
       "Elige otra cantidad de cuotas o paga con otra tarjeta."},
      {"Escolha outro número de parcelas",
       "[{payment_method}|Seu cartão] não aceita pagamentos em [{installments}|este número de parcelas].",
       "Escolha outro número de parcelas ou pague com outro cartão."}}},
    {"rejected", "cc_rejected_max_attempts", outcome_declined, "Attempt limit reached for this card; suggest another card or method.",
     {{"Too many attempts", "You have reached the limit of attempts allowed with this card.",
       "Pay with another card or payment method."},
      {"Demasiados intentos", "Llegaste al límite de intentos permitidos con esta tarjeta.",
       "Paga con otra tarjeta u otro medio de pago."},
      {"Muitas tentativas", "Você atingiu o limite de tentativas permitidas com este cartão.",
       "Pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_rejected_other_reason", outcome_declined, "The issuer declined without a reason; suggest another card.",
     {{"Payment declined", "[{payment_method}|Your card issuer] did not process this payment[ of {amount}].",
       "Pay with another card or payment method."},
      {"Pago rechazado", "[{payment_method}|El emisor de tu tarjeta] no procesó este pago[ de {amount}].",
       "Paga con otra tarjeta u otro medio de pago."},
      {"Pagamento recusado", "[{payment_method}|O emissor do seu cartão] não processou este pagamento[ de {amount}].",
       "Pague com outro cartão ou meio de pagamento."}}},
    {"rejected", "cc_amount_rate_limit_exceeded", outcome_declined,
     "The payment method's capacity cap was reached (not an HTTP 429); suggest later or another method.",
     {{"Payment not processed",
       "This payment method cannot take this payment[ of {amount}] right now because it has reached its limit.",
       "Try again later, or choose another payment method."},
      {"No pudimos procesar tu pago",
       "Este medio de pago no puede recibir este pago[ de {amount}] en este momento porque alcanzó su límite.",
       "Vuelve a intentarlo más tarde o elige otro medio de pago."},
      {"Não foi possível processar seu pagamento",
       "Este meio de pagamento não pode receber este pagamento[ de {amount}] agora porque atingiu seu limite.",
       "Tente novamente mais tarde ou escolha outro meio de pagamento."}}},
    {"rejected", "rejected_insufficient_data", outcome_declined,
     "The payment request lacked mandatory data: fix the integration.",
     {{"Payment not completed", "Some information required to process the payment was missing.",
       "Try again making sure every requested field is filled in; if it keeps happening, contact the seller."},
      {"No se completó el pago", "Faltaron algunos datos necesarios para procesar el pago.",
       "Vuelve a intentarlo completando todos los datos solicitados; si el problema continúa, comunícate con el "
       "vendedor."},
      {"Pagamento não concluído", "Faltaram algumas informações necessárias para processar o pagamento.",
       "Tente novamente preenchendo todos os dados solicitados; se o problema continuar, fale com o vendedor."}}},
    {"rejected", "rejected_by_bank", outcome_declined, "The bank rejected the operation; suggest another method.",
     {{"Payment declined by your bank", "Your bank declined the payment[ of {amount}].",
       "Pay with another payment method, or contact your bank."},
      {"Tu banco rechazó el pago", "Tu banco rechazó el pago[ de {amount}].",
       "Paga con otro medio de pago o comunícate con tu banco."},
      {"Seu banco recusou o pagamento", "Seu banco recusou o pagamento[ de {amount}].",
       "Pague com outro meio de pagamento ou fale com seu banco."}}},
    {"rejected", "rejected_by_regulations", outcome_declined, "Blocked by regulatory rules; suggest another method.",
     {{"Payment not allowed", "This payment[ of {amount}] cannot be made because of regulatory restrictions.",
       "Please choose another payment method."},
      {"Pago no permitido", "Este pago[ de {amount}] no puede realizarse por restricciones regulatorias.",
       "Por favor, elige otro medio de pago."},
      {"Pagamento não permitido", "Este pagamento[ de {amount}] não pode ser feito por restrições regulatórias.",
       "Por favor, escolha outro meio de pagamento."}}},
    {"rejected", "insufficient_amount", outcome_declined,
     "Insufficient funds in a non-card method; suggest adding funds or another method.",
     {{"Insufficient funds", "Your[ {payment_method}] balance is not enough for this payment[ of {amount}].",
       "Add funds and try again, or use another payment method."},
      {"Fondos insuficientes", "Tu saldo[ en {payment_method}] no alcanza para este pago[ de {amount}].",
       "Agrega fondos y vuelve a intentarlo, o usa otro medio de pago."},
      {"Saldo insuficiente", "Seu saldo[ em {payment_method}] não é suficiente para este pagamento[ de {amount}].",
       "Adicione saldo e tente novamente, ou use outro meio de pagamento."}}},
    {"rejected", "cc_rejected_card_type_not_allowed", outcome_declined,
     "A combined debit/credit card without the credit function enabled (Brazil); suggest another card.",
     {{"Card type not accepted",
       "The credit function of your card is not enabled, so it could not be used for this payment.",
       "Ask your bank to enable the credit function, or pay with another card."},
      {"Tipo de tarjeta no aceptado",
       "La función de crédito de tu tarjeta no está habilitada, por eso no se pudo usar para este pago.",
       "Pide a tu banco que habilite la función de crédito o paga con otra tarjeta."},
      {"Tipo de cartão não aceito",
       "A função crédito do seu cartão não está habilitada, por isso ele não pôde ser usado neste pagamento.",
       "Peça ao seu banco para habilitar a função crédito ou pague com outro cartão."}}},

    // --- seen without official descriptions (meaning inferred from the name) ----
    {"pending", "pending_waiting_for_remedy", outcome_action,
     "Undocumented value: waiting for a corrective action; wait for the webhook.",
     {{"Payment pending", "Your payment[ of {amount}] is waiting for a correction before it can continue.",
       "Follow any instructions you receive to fix it. We will let you know once it is confirmed."},
      {"Pago pendiente", "Tu pago[ de {amount}] está esperando una corrección para poder continuar.",
       "Sigue las instrucciones que recibas para resolverlo. Te avisaremos cuando se confirme."},
      {"Pagamento pendente", "Seu pagamento[ de {amount}] está aguardando uma correção para continuar.",
       "Siga as instruções que você receber para resolver. Avisaremos quando ele for confirmado."}}},
    {"pending", "waiting_bank_confirmation", 0, "Undocumented value: waiting for the bank; wait for the webhook.",
     {{"Waiting for bank confirmation", "Your payment[ of {amount}] is waiting for your bank to confirm it.",
       "You don't need to do anything or pay again; we will let you know as soon as the bank replies."},
      {"Esperando la confirmación del banco", "Tu pago[ de {amount}] está esperando la confirmación de tu banco.",
       "No necesitas hacer nada ni volver a pagar; te avisaremos en cuanto el banco responda."},
      {"Aguardando a confirmação do banco", "Seu pagamento[ de {amount}] está aguardando a confirmação do seu banco.",
       "Você não precisa fazer nada nem pagar novamente; avisaremos assim que o banco responder."}}},
    {"pending", "pending_card_validation", 0, "Undocumented value: card validation in progress; wait for the webhook.",
     {{"Validating your card", "Your card is being validated before the payment[ of {amount}] is processed.",
       "Please wait a moment; we will let you know the result."},
      {"Validando tu tarjeta", "Estamos validando tu tarjeta antes de procesar el pago[ de {amount}].",
       "Espera un momento; te avisaremos el resultado."},
      {"Validando seu cartão", "Estamos validando seu cartão antes de processar o pagamento[ de {amount}].",
       "Aguarde um momento; avisaremos o resultado."}}},
    {"pending", "pending_online_validation", 0,
     "Undocumented value: online validation in progress; wait for the webhook.",
     {{"Validating your payment", "Your payment[ of {amount}] is going through an online validation.",
       "Please wait; if your bank asks you to confirm anything, follow its instructions."},
      {"Validando tu pago", "Tu pago[ de {amount}] está pasando por una validación en línea.",
       "Espera; si tu banco te pide confirmar algo, sigue sus instrucciones."},
      {"Validando seu pagamento", "Seu pagamento[ de {amount}] está passando por uma validação on-line.",
       "Aguarde; se o seu banco pedir alguma confirmação, siga as instruções dele."}}},
    {"pending", "pending_additional_info", outcome_action,
     "Undocumented value: more data is required from the buyer.", additional_info_texts},
    {"in_process", "pending_additional_info", outcome_action,
     "Undocumented value: more data is required from the buyer.", additional_info_texts},
    {"pending", "pending_provider_response", 0,
     "Undocumented value: waiting for the acquirer or provider; wait for the webhook.", provider_response_texts},
    {"in_process", "pending_provider_response", 0,
     "Undocumented value: waiting for the acquirer or provider; wait for the webhook.", provider_response_texts},
    {"rejected", "bank_rejected", outcome_declined, "Undocumented value: declined by the bank; suggest another method.",
     {{"Payment declined by your bank", "Your bank did not accept this payment[ of {amount}].",
       "Pay with another payment method, or contact your bank."},
      {"Tu banco rechazó el pago", "Tu banco no aceptó este pago[ de {amount}].",
       "Paga con otro medio de pago o comunícate con tu banco."},
      {"Seu banco recusou o pagamento", "Seu banco não aceitou este pagamento[ de {amount}].",
       "Pague com outro meio de pagamento ou fale com seu banco."}}},
    {"rejected", "cc_rejected_fraud", outcome_declined,
     "Undocumented value: declined by prevention checks; keep the reason private.", undisclosed_decline_texts},
    {"rejected", "payer_unavailable", outcome_declined, "Undocumented value: the payer's account cannot pay.",
     {{"Payment not possible", "The account you chose cannot make this payment right now.",
       "Try another payment method or account."},
      {"No es posible realizar el pago", "La cuenta que elegiste no puede realizar este pago en este momento.",
       "Prueba con otro medio de pago u otra cuenta."},
      {"Não é possível fazer o pagamento", "A conta escolhida não pode fazer este pagamento agora.",
       "Tente outro meio de pagamento ou outra conta."}}},
    {"rejected", "rejected_high_risk", outcome_declined,
     "Undocumented value: declined by prevention checks (non-card); keep the reason private.",
     {{"Payment not processed", "Your payment[ of {amount}] was declined.", "Please choose another payment method."},
      {"No pudimos procesar tu pago", "Tu pago[ de {amount}] fue rechazado.", "Por favor, elige otro medio de pago."},
      {"Não foi possível processar seu pagamento", "Seu pagamento[ de {amount}] foi recusado.",
       "Por favor, escolha outro meio de pagamento."}}},
    {"rejected", "rejected_cap_exceeded", outcome_declined, "Undocumented value: the capacity cap was exceeded.",
     {{"Payment limit reached",
       "This payment method has reached its limit and cannot take this payment[ of {amount}] right now.",
       "Try again later, or choose another payment method."},
      {"Se alcanzó el límite",
       "Este medio de pago alcanzó su límite y no puede recibir este pago[ de {amount}] en este momento.",
       "Vuelve a intentarlo más tarde o elige otro medio de pago."},
      {"Limite atingido",
       "Este meio de pagamento atingiu seu limite e não pode receber este pagamento[ de {amount}] agora.",
       "Tente novamente mais tarde ou escolha outro meio de pagamento."}}},
    {"rejected", "rejected_other_reason", outcome_declined, "Undocumented value: generic decline.",
     {{"Payment declined", "Your payment[ of {amount}] was declined.", "Try again, or pay with another payment method."},
      {"Pago rechazado", "Tu pago[ de {amount}] fue rechazado.", "Vuelve a intentarlo o paga con otro medio de pago."},
      {"Pagamento recusado", "Seu pagamento[ de {amount}] foi recusado.",
       "Tente novamente ou pague com outro meio de pagamento."}}},
    {"rejected", "rejected_call_for_authorize", outcome_declined,
     "Undocumented value: the buyer must authorize the payment with the provider; then retry.",
     {{"Authorization required",
       "You need to authorize this payment[ of {amount}] with [{payment_method}|your payment provider].",
       "Contact [{payment_method}|your payment provider] to authorize it, and then try again."},
      {"Autorización necesaria",
       "Necesitas autorizar este pago[ de {amount}] con [{payment_method}|tu proveedor de pagos].",
       "Comunícate con [{payment_method}|tu proveedor de pagos] para autorizarlo y luego vuelve a intentarlo."},
      {"Autorização necessária",
       "Você precisa autorizar este pagamento[ de {amount}] com [{payment_method}|seu provedor de pagamento].",
       "Entre em contato com [{payment_method}|seu provedor de pagamento] para autorizá-lo e depois tente "
       "novamente."}}},
    {"cancelled", "authorization_revoked", outcome_declined, "Undocumented value: the authorization was withdrawn.",
     authorization_revoked_texts},
    {"rejected", "authorization_revoked", outcome_declined, "Undocumented value: the authorization was withdrawn.",
     authorization_revoked_texts},
    {"rejected", "cc_rejected_expired_operation", outcome_declined, "Undocumented value: the operation expired; allow a retry.",
     {{"Payment timed out", "The operation expired before the payment[ of {amount}] could be completed.",
       "Please start the payment again."},
      {"Se agotó el tiempo", "La operación venció antes de que se pudiera completar el pago[ de {amount}].",
       "Por favor, inicia el pago de nuevo."},
      {"Tempo esgotado", "A operação expirou antes que o pagamento[ de {amount}] pudesse ser concluído.",
       "Por favor, inicie o pagamento novamente."}}},
    {"rejected", "am_insufficient_amount", outcome_declined, "Undocumented value: the Mercado Pago balance is insufficient.",
     {{"Insufficient balance", "Your Mercado Pago balance is not enough for this payment[ of {amount}].",
       "Add money to your account, or choose another payment method."},
      {"Saldo insuficiente", "Tu saldo en Mercado Pago no alcanza para este pago[ de {amount}].",
       "Ingresa dinero en tu cuenta o elige otro medio de pago."},
      {"Saldo insuficiente", "Seu saldo no Mercado Pago não é suficiente para este pagamento[ de {amount}].",
       "Adicione dinheiro à sua conta ou escolha outro meio de pagamento."}}},
    {"rejected", "insufficient_money", outcome_declined, "Undocumented value: insufficient wallet balance (Wallet Connect).",
     {{"Insufficient balance", "Your account balance is not enough for this payment[ of {amount}].",
       "Add money to your account, or choose another payment method."},
      {"Saldo insuficiente", "El saldo de tu cuenta no alcanza para este pago[ de {amount}].",
       "Ingresa dinero en tu cuenta o elige otro medio de pago."},
      {"Saldo insuficiente", "O saldo da sua conta não é suficiente para este pagamento[ de {amount}].",
       "Adicione dinheiro à sua conta ou escolha outro meio de pagamento."}}},
};

/// The (status, detail) pairs of the rows that have a detail, gathered at
/// first use (not while compiling: see the texts above).
template <class Case, std::size_t N>
std::span<const Case> cases_of(const outcome_row (&rows)[N]) {
    struct table {
        std::array<Case, N> cases{};
        std::size_t size = 0;
    };
    static const table t = [&rows] {
        table out;
        for (const auto& r : rows)
            if (*r.detail != '\0') out.cases[out.size++] = Case{{r.status}, {r.detail}};
        return out;
    }();
    return {t.cases.data(), t.size};
}

/// Rows are passed as [first, last): a std::span here made the files that
/// include the header-only definitions instantiate its constructors' constraints.
inline const outcome_row* find_outcome_row(const outcome_row* first, const outcome_row* last, std::string_view status,
                                           std::string_view detail) noexcept {
    for (; first != last; ++first)
        if (status == first->status && detail == first->detail) return first;
    return nullptr;
}

inline const outcome_text& outcome_text_in(const outcome_texts& t, language lang) noexcept {
    switch (lang) {
    case language::es: return t.es;
    case language::pt: return t.pt;
    case language::en: break;
    }
    return t.en;
}

/// The values of one message, already in its language; empty means absent.
struct outcome_slots {
    std::string_view amount, payment_method, statement_descriptor, installments;

    std::optional<std::string_view> get(std::string_view name) const noexcept {
        std::string_view v;
        if (name == "amount") v = amount;
        else if (name == "payment_method") v = payment_method;
        else if (name == "statement_descriptor") v = statement_descriptor;
        else if (name == "installments") v = installments;
        if (v.empty()) return std::nullopt;
        return v;
    }
};

/// Whether every `{name}` in `text` has a value.
inline bool outcome_segment_complete(std::string_view text, const outcome_slots& slots) {
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos || !slots.get(text.substr(i + 1, close - i - 1))) return false;
    }
    return true;
}

/// Appends `text` with every `{name}` replaced by its value (nothing if absent).
inline void append_outcome_segment(std::string_view text, const outcome_slots& slots, std::string& out) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(i, open - i));
        if (const auto v = slots.get(text.substr(open + 1, close - open - 1))) out.append(*v);
        i = close + 1;
    }
    if (i < text.size()) out.append(text.substr(i));
}

/// Renders a template: `{name}` values, `[A]` and `[A|B]` optional parts.
inline std::string render_outcome(std::string_view tpl, const outcome_slots& slots) {
    std::string out;
    out.reserve(tpl.size() + 32);
    std::size_t i = 0;
    while (i < tpl.size()) {
        const std::size_t open = tpl.find('[', i);
        if (open == std::string_view::npos) break;
        const std::size_t close = tpl.find(']', open);
        if (close == std::string_view::npos) break;
        append_outcome_segment(tpl.substr(i, open - i), slots, out);
        const std::string_view body = tpl.substr(open + 1, close - open - 1);
        const std::size_t bar = body.find('|');
        const std::string_view first = body.substr(0, bar);
        const std::string_view second = bar == std::string_view::npos ? std::string_view{} : body.substr(bar + 1);
        if (outcome_segment_complete(first, slots)) append_outcome_segment(first, slots, out);
        else if (outcome_segment_complete(second, slots)) append_outcome_segment(second, slots, out);
        i = close + 1;
    }
    if (i < tpl.size()) append_outcome_segment(tpl.substr(i), slots, out);
    return out;
}

inline std::string installments_phrase(int n, language lang) {
    const std::string count = std::to_string(n);
    switch (lang) {
    case language::es: return count + (n == 1 ? " cuota" : " cuotas");
    case language::pt: return count + (n == 1 ? " parcela" : " parcelas");
    case language::en: break;
    }
    return count + (n == 1 ? " installment" : " installments");
}

inline std::string_view trim_outcome_value(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

/// The message for (status, detail) from a table of rows: the row of the
/// pair, else the status's generic row, else the table's unknown-status row.
template <class Status, class Detail>
basic_outcome_message<Status, Detail> describe_from(const outcome_row* first, const outcome_row* last, const Status& status,
                                                    const Detail& status_detail, language lang,
                                                    const outcome_values& values) {
    const std::string_view s = status.str();
    const std::string_view d = status_detail.str();
    const outcome_row* row = s.empty() || d.empty() ? nullptr : find_outcome_row(first, last, s, d);
    const bool generic = row == nullptr;
    if (!row && !s.empty()) row = find_outcome_row(first, last, s, "");
    if (!row) row = find_outcome_row(first, last, "", "");

    const std::string installments =
        values.installments && *values.installments > 0 ? installments_phrase(*values.installments, lang) : "";
    const outcome_slots slots{trim_outcome_value(values.amount), trim_outcome_value(values.payment_method),
                              trim_outcome_value(values.statement_descriptor), installments};
    const outcome_text& text = outcome_text_in(row->texts, lang);

    basic_outcome_message<Status, Detail> m;
    m.status = status;
    m.status_detail = status_detail;
    m.language = lang;
    m.title = render_outcome(text.title, slots);
    m.detail = render_outcome(text.detail, slots);
    m.next_step = render_outcome(text.next_step, slots);
    m.final = (row->flags & outcome_final) != 0;
    m.action_required = (row->flags & outcome_action) != 0;
    m.can_retry = (row->flags & outcome_retry) != 0;
    m.generic = generic;
    m.seller_note = row->seller_note;
    return m;
}

}  // namespace detail

MERCADOPAGO_DETAIL_DECL std::span<const outcome_case> known_outcomes() noexcept {
    return detail::cases_of<outcome_case>(detail::outcome_rows);
}

MERCADOPAGO_DETAIL_DECL std::string format_amount(const decimal& amount, std::string_view currency_id) {
    // Currencies without minor units in everyday use (ISO 4217 exponent 0).
    static constexpr std::string_view zero_decimal[] = {"CLP", "PYG", "JPY", "KRW", "VND", "ISK", "UGX", "XAF", "XOF"};
    int places = 2;
    for (auto c : zero_decimal)
        if (c == currency_id) places = 0;
    std::string number;
    if (const auto units = amount.minor_units(places)) number = decimal::from_units(*units, places).to_string();
    else number = amount.normalized().to_string();  // more places than usual: shown exactly, never rounded
    if (currency_id.empty()) return number;
    std::string out(currency_id);
    out.push_back(' ');
    out += number;
    return out;
}

MERCADOPAGO_DETAIL_DECL std::string payment_method_name(std::string_view id) {
    struct entry {
        std::string_view id, name;
    };
    static constexpr entry names[] = {
        {"visa", "Visa"},
        {"debvisa", "Visa"},
        {"master", "Mastercard"},
        {"debmaster", "Mastercard"},
        {"amex", "American Express"},
        {"elo", "Elo"},
        {"debelo", "Elo"},
        {"hipercard", "Hipercard"},
        {"diners", "Diners Club"},
        {"maestro", "Maestro"},
        {"naranja", "Naranja"},
        {"cabal", "Cabal"},
        {"debcabal", "Cabal"},
        {"argencard", "Argencard"},
        {"cencosud", "Cencosud"},
        {"cmr", "CMR"},
        {"tarshop", "Tarjeta Shopping"},
        {"cordobesa", "Cordobesa"},
        {"magna", "Magna"},
        {"presto", "Presto"},
        {"lider", "Líder"},
        {"oca", "OCA"},
        {"creditel", "Creditel"},
        {"pix", "Pix"},
        {"pse", "PSE"},
        {"oxxo", "OXXO"},
        {"efecty", "Efecty"},
        {"pagofacil", "Pago Fácil"},
        {"rapipago", "Rapipago"},
        {"bolbradesco", "Boleto"},
        {"account_money", "Mercado Pago"},
    };
    for (const auto& e : names)
        if (e.id == id) return std::string(e.name);
    std::string out(id);
    for (char& c : out)
        if (c == '_') c = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

MERCADOPAGO_DETAIL_DECL outcome_values outcome_values::from(const payment& p) {
    outcome_values v;
    if (p.transaction_amount) v.amount = format_amount(*p.transaction_amount, p.currency_id.value_or(""));
    if (p.payment_method_id && !p.payment_method_id->empty()) v.payment_method = payment_method_name(*p.payment_method_id);
    if (p.statement_descriptor) v.statement_descriptor = *p.statement_descriptor;
    if (p.installments && *p.installments > 0) v.installments = p.installments;
    return v;
}

MERCADOPAGO_DETAIL_DECL outcome_message describe_outcome(const payment_status& status, const payment_status_detail& status_detail,
                                        language lang, const outcome_values& values) {
    return detail::describe_from(std::begin(detail::outcome_rows), std::end(detail::outcome_rows), status, status_detail,
                                 lang, values);
}

MERCADOPAGO_DETAIL_DECL outcome_message describe_outcome(const payment& p, language lang) {
    return describe_outcome(p.status.value_or(payment_status{}), p.status_detail.value_or(payment_status_detail{}),
                            lang, outcome_values::from(p));
}

}  // namespace mercadopago
