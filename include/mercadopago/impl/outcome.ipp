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
    std::string_view title, detail, next_step;
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
    std::string_view status;
    std::string_view detail;
    unsigned flags;
    std::string_view seller_note;
    outcome_texts texts;
};

// The tables' texts are `sv` literals: a string_view made from a plain
// literal measures it with char_traits::length, which g++ runs character by
// character in its constant evaluator, for every text of every table, in every
// file that compiles the tables (each header-only one that includes
// outcome.hpp): with g++ 12, as many instructions as an eighth of compiling
// the library's dependencies. `"…"sv` carries its length.
using namespace std::string_view_literals;

// Texts shared by a detail that is seen under two statuses.
inline constexpr outcome_texts additional_info_texts{
    {"More information needed"sv, "We need some more information to process your payment[ of {amount}]."sv,
     "Check your messages: you will be asked for the missing details. Reply to continue."sv},
    {"Necesitamos más información"sv, "Necesitamos algunos datos más para procesar tu pago[ de {amount}]."sv,
     "Revisa tus mensajes: te pediremos los datos que faltan. Responde para continuar."sv},
    {"Precisamos de mais informações"sv,
     "Precisamos de mais algumas informações para processar seu pagamento[ de {amount}]."sv,
     "Fique de olho nas suas mensagens: vamos pedir os dados que faltam. Responda para continuar."sv}};

inline constexpr outcome_texts provider_response_texts{
    {"Waiting for a response"sv, "Your payment[ of {amount}] is waiting for a response from the payment processor."sv,
     "You don't need to do anything or pay again; you will get the result soon."sv},
    {"Esperando una respuesta"sv, "Tu pago[ de {amount}] está esperando la respuesta del procesador de pagos."sv,
     "No necesitas hacer nada ni volver a pagar; pronto tendrás el resultado."sv},
    {"Aguardando uma resposta"sv,
     "Seu pagamento[ de {amount}] está aguardando a resposta do processador de pagamentos."sv,
     "Você não precisa fazer nada nem pagar novamente; em breve você terá o resultado."sv}};

inline constexpr outcome_texts authorization_revoked_texts{
    {"Authorization withdrawn"sv,
     "The authorization for this payment[ of {amount}] was withdrawn, so it will not be charged."sv,
     "If you still want to buy, start a new payment."sv},
    {"Autorización retirada"sv, "Se retiró la autorización de este pago[ de {amount}], así que no se cobrará."sv,
     "Si todavía quieres comprar, inicia un nuevo pago."sv},
    {"Autorização retirada"sv, "A autorização deste pagamento[ de {amount}] foi retirada, então ele não será cobrado."sv,
     "Se ainda quiser comprar, inicie um novo pagamento."sv}};

// Declines by risk rules: the same neutral wording, never the reason.
inline constexpr outcome_texts undisclosed_decline_texts{
    {"Payment not processed"sv, "We could not process your payment[ of {amount}]."sv,
     "Please pay with another card or payment method."sv},
    {"No pudimos procesar tu pago"sv, "No pudimos procesar tu pago[ de {amount}]."sv,
     "Por favor, paga con otra tarjeta u otro medio de pago."sv},
    {"Não foi possível processar seu pagamento"sv, "Não conseguimos processar seu pagamento[ de {amount}]."sv,
     "Por favor, pague com outro cartão ou meio de pagamento."sv}};

inline constexpr outcome_texts refund_sent_back_next{
    {""sv, ""sv, "The money goes back to the payment method you used; when it shows up depends on your bank or card issuer."sv},
    {""sv, ""sv, "El dinero vuelve al medio de pago que usaste; cuándo lo verás depende de tu banco o del emisor de tu tarjeta."sv},
    {""sv, ""sv,
     "O dinheiro volta para o meio de pagamento que você usou; o prazo para aparecer depende do seu banco ou do "sv
     "emissor do cartão."sv}};

inline constexpr unsigned outcome_declined = outcome_final | outcome_retry;

inline constexpr outcome_row outcome_rows[] = {
    // --- generic message of each status (no or unknown status_detail) ---------
    {"pending"sv, ""sv, outcome_action, "Show the payment instructions; wait for the webhook before fulfilling."sv,
     {{"Payment pending"sv, "Your payment[ of {amount}] has not been completed yet."sv,
       "Finish paying by following the instructions you were given. We will let you know as soon as it is "sv
       "confirmed."sv},
      {"Pago pendiente"sv, "Tu pago[ de {amount}] todavía no se completó."sv,
       "Termina de pagar siguiendo las instrucciones que recibiste. Te avisaremos en cuanto se confirme."sv},
      {"Pagamento pendente"sv, "Seu pagamento[ de {amount}] ainda não foi concluído."sv,
       "Conclua o pagamento seguindo as instruções que você recebeu. Avisaremos assim que ele for confirmado."sv}}},
    {"approved"sv, ""sv, outcome_final, "Fulfil the order."sv,
     {{"Payment approved"sv, "Your payment[ of {amount}] has been approved."sv, "You don't need to do anything else."sv},
      {"Pago aprobado"sv, "Tu pago[ de {amount}] fue aprobado."sv, "No necesitas hacer nada más."sv},
      {"Pagamento aprovado"sv, "Seu pagamento[ de {amount}] foi aprovado."sv, "Você não precisa fazer mais nada."sv}}},
    {"authorized"sv, ""sv, 0, "Capture the payment or cancel it before the authorization lapses."sv,
     {{"Payment authorized"sv,
       "The payment[ of {amount}] has been authorized: the amount is reserved but not charged yet."sv,
       "You don't need to do anything. The charge is completed when the seller confirms your purchase."sv},
      {"Pago autorizado"sv,
       "El pago[ de {amount}] fue autorizado: el monto está reservado, pero todavía no se cobró."sv,
       "No necesitas hacer nada. El cobro se completa cuando el vendedor confirme tu compra."sv},
      {"Pagamento autorizado"sv,
       "O pagamento[ de {amount}] foi autorizado: o valor está reservado, mas ainda não foi cobrado."sv,
       "Você não precisa fazer nada. A cobrança é concluída quando o vendedor confirmar sua compra."sv}}},
    {"in_process"sv, ""sv, 0, "Under review; wait for the webhook before fulfilling."sv,
     {{"Payment being processed"sv, "Your payment[ of {amount}] is still being processed."sv,
       "Please wait and do not pay again. You will get the result by e-mail, usually within two business days."sv},
      {"Pago en proceso"sv, "Tu pago[ de {amount}] todavía se está procesando."sv,
       "Espera y no vuelvas a pagar. Recibirás el resultado por e-mail, normalmente en hasta dos días hábiles."sv},
      {"Pagamento em processamento"sv, "Seu pagamento[ de {amount}] ainda está sendo processado."sv,
       "Aguarde e não pague novamente. Você receberá o resultado por e-mail, normalmente em até dois dias úteis."sv}}},
    {"in_mediation"sv, ""sv, 0, "The buyer opened a dispute: answer it."sv,
     {{"Payment in dispute"sv, "There is an open dispute about this payment[ of {amount}]."sv,
       "Follow the dispute in your Mercado Pago account and reply there to any request for information."sv},
      {"Pago en disputa"sv, "Hay una disputa abierta sobre este pago[ de {amount}]."sv,
       "Sigue la disputa desde tu cuenta de Mercado Pago y responde allí a cualquier pedido de información."sv},
      {"Pagamento em disputa"sv, "Há uma disputa aberta sobre este pagamento[ de {amount}]."sv,
       "Acompanhe a disputa na sua conta do Mercado Pago e responda por lá a qualquer pedido de informação."sv}}},
    {"rejected"sv, ""sv, outcome_declined, "Declined; allow another attempt."sv,
     {{"Payment declined"sv, "Your payment[ of {amount}] could not be completed."sv,
       "Try again, or pay with another card or payment method."sv},
      {"Pago rechazado"sv, "No se pudo completar tu pago[ de {amount}]."sv,
       "Vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."sv},
      {"Pagamento recusado"sv, "Não foi possível concluir seu pagamento[ de {amount}]."sv,
       "Tente novamente ou pague com outro cartão ou meio de pagamento."sv}}},
    {"cancelled"sv, ""sv, outcome_declined, "Release the stock; a new payment is needed."sv,
     {{"Payment cancelled"sv, "This payment[ of {amount}] was cancelled, so nothing will be charged."sv,
       "If you still want to buy, start a new payment."sv},
      {"Pago cancelado"sv, "Este pago[ de {amount}] se canceló, así que no se realizará ningún cobro."sv,
       "Si todavía quieres comprar, inicia un nuevo pago."sv},
      {"Pagamento cancelado"sv, "Este pagamento[ de {amount}] foi cancelado, então nada será cobrado."sv,
       "Se ainda quiser comprar, inicie um novo pagamento."sv}}},
    {"refunded"sv, ""sv, outcome_final, "Fully refunded; nothing to do."sv,
     {{"Payment refunded"sv, "Your payment[ of {amount}] has been refunded."sv, refund_sent_back_next.en.next_step},
      {"Pago reembolsado"sv, "Tu pago[ de {amount}] fue reembolsado."sv, refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado"sv, "Seu pagamento[ de {amount}] foi reembolsado."sv, refund_sent_back_next.pt.next_step}}},
    {"charged_back"sv, ""sv, 0, "A chargeback was filed: follow it through the chargebacks API."sv,
     {{"Payment charged back"sv, "A chargeback was filed with the card issuer for this payment[ of {amount}]."sv,
       "If you have questions about it, contact your card issuer."sv},
      {"Contracargo del pago"sv, "Se presentó un contracargo ante el emisor de la tarjeta por este pago[ de {amount}]."sv,
       "Si tienes dudas, comunícate con el emisor de tu tarjeta."sv},
      {"Contestação do pagamento"sv,
       "Foi aberta uma contestação junto ao emissor do cartão para este pagamento[ de {amount}]."sv,
       "Se tiver dúvidas, fale com o emissor do seu cartão."sv}}},
    // --- unknown status ---------------------------------------------------------
    {""sv, ""sv, 0, "Unknown status: fetch the payment again and check its status before acting."sv,
     {{"Payment status"sv, "We could not determine the current status of your payment[ of {amount}]."sv,
       "Check your e-mail or your Mercado Pago account, or contact the seller, before paying again."sv},
      {"Estado del pago"sv, "No pudimos determinar el estado actual de tu pago[ de {amount}]."sv,
       "Revisa tu e-mail o tu cuenta de Mercado Pago, o comunícate con el vendedor, antes de volver a pagar."sv},
      {"Status do pagamento"sv, "Não conseguimos identificar o status atual do seu pagamento[ de {amount}]."sv,
       "Verifique seu e-mail ou sua conta do Mercado Pago, ou fale com o vendedor, antes de pagar novamente."sv}}},

    // --- approved ---------------------------------------------------------------
    {"approved"sv, "accredited"sv, outcome_final, "Fulfil the order."sv,
     {{"Payment approved"sv,
       "Your payment[ of {amount}] was approved.[ The charge will appear on your statement as {statement_descriptor}.]"sv,
       "You don't need to do anything else."sv},
      {"Pago aprobado"sv,
       "Tu pago[ de {amount}] fue aprobado.[ En el resumen de tu tarjeta aparecerá como {statement_descriptor}.]"sv,
       "No necesitas hacer nada más."sv},
      {"Pagamento aprovado"sv,
       "Seu pagamento[ de {amount}] foi aprovado.[ Na fatura, a cobrança aparecerá como {statement_descriptor}.]"sv,
       "Você não precisa fazer mais nada."sv}}},
    {"approved"sv, "partially_refunded"sv, outcome_final, "Nothing to do; the refunded sum is in transaction_amount_refunded."sv,
     {{"Payment partially refunded"sv, "Your payment[ of {amount}] was approved, and part of it has since been refunded."sv,
       "The refunded part goes back to the payment method you used; when it shows up depends on your bank or card "sv
       "issuer."sv},
      {"Pago reembolsado en parte"sv, "Tu pago[ de {amount}] fue aprobado y luego se devolvió una parte."sv,
       "La parte devuelta vuelve al medio de pago que usaste; cuándo la verás depende de tu banco o del emisor de tu "sv
       "tarjeta."sv},
      {"Pagamento reembolsado em parte"sv, "Seu pagamento[ de {amount}] foi aprovado e depois uma parte foi reembolsada."sv,
       "A parte reembolsada volta para o meio de pagamento que você usou; o prazo depende do seu banco ou do emissor "sv
       "do cartão."sv}}},
    // --- authorized -------------------------------------------------------------
    {"authorized"sv, "pending_capture"sv, 0, "Capture it (PUT with capture=true) or cancel it before the authorization lapses."sv,
     {{"Payment authorized"sv, "The amount[ of {amount}] is reserved on your card but has not been charged yet."sv,
       "You don't need to do anything: the seller will either complete the charge or release the reserved amount."sv},
      {"Pago autorizado"sv, "El monto[ de {amount}] quedó reservado en tu tarjeta, pero todavía no se cobró."sv,
       "No necesitas hacer nada: el vendedor completará el cobro o liberará el monto reservado."sv},
      {"Pagamento autorizado"sv, "O valor[ de {amount}] está reservado no seu cartão, mas ainda não foi cobrado."sv,
       "Você não precisa fazer nada: o vendedor vai concluir a cobrança ou liberar o valor reservado."sv}}},
    // --- in_process -------------------------------------------------------------
    {"in_process"sv, "offline_process"sv, 0, "Processing continues offline; wait for the webhook before fulfilling."sv,
     {{"Payment being processed"sv,
       "Your payment[ of {amount}] could not be processed right away and will be processed shortly."sv,
       "Please wait for the result and do not pay again. We will let you know."sv},
      {"Pago en proceso"sv, "Tu pago[ de {amount}] no pudo procesarse en el momento y se procesará en breve."sv,
       "Espera el resultado y no vuelvas a pagar. Te avisaremos."sv},
      {"Pagamento em processamento"sv,
       "Seu pagamento[ de {amount}] não pôde ser processado na hora e será processado em breve."sv,
       "Aguarde o resultado e não pague novamente. Vamos avisar você."sv}}},
    {"in_process"sv, "pending_contingency"sv, 0, "Processing is delayed; wait for the webhook (about 2 business days)."sv,
     {{"Payment being processed"sv, "Processing your payment[ of {amount}] is taking longer than usual."sv,
       "You don't need to pay again. You will receive the result by e-mail within two business days."sv},
      {"Estamos procesando tu pago"sv, "El procesamiento de tu pago[ de {amount}] está demorando más de lo habitual."sv,
       "No hace falta que vuelvas a pagar. Recibirás el resultado por e-mail en un plazo de dos días hábiles."sv},
      {"Estamos processando seu pagamento"sv,
       "O processamento do seu pagamento[ de {amount}] está demorando mais do que o normal."sv,
       "Não é preciso pagar novamente. Você receberá o resultado por e-mail em até dois dias úteis."sv}}},
    {"in_process"sv, "pending_review_manual"sv, 0, "Held for manual review; wait for the webhook before fulfilling."sv,
     {{"Payment under review"sv, "Your payment[ of {amount}] is being reviewed."sv,
       "Please do not pay again. You will get the result within about two business days, and you may be asked for "sv
       "some extra information."sv},
      {"Pago en revisión"sv, "Tu pago[ de {amount}] está siendo revisado."sv,
       "Por favor, no vuelvas a pagar. Tendrás el resultado en unos dos días hábiles y es posible que te pidamos "sv
       "algún dato adicional."sv},
      {"Pagamento em análise"sv, "Seu pagamento[ de {amount}] está em análise."sv,
       "Por favor, não pague novamente. Você terá o resultado em cerca de dois dias úteis e talvez precisemos de "sv
       "alguma informação adicional."sv}}},
    {"in_process"sv, "deferred_retry"sv, 0, "Rescheduled by Mercado Pago; wait for the webhook."sv,
     {{"Payment will be retried"sv,
       "Your payment[ of {amount}] could not be completed yet and will be attempted again automatically."sv,
       "You don't need to do anything; we will let you know the result."sv},
      {"Reintentaremos el pago"sv,
       "Tu pago[ de {amount}] todavía no pudo completarse y se volverá a intentar automáticamente."sv,
       "No necesitas hacer nada; te avisaremos el resultado."sv},
      {"O pagamento será tentado novamente"sv,
       "Seu pagamento[ de {amount}] ainda não pôde ser concluído e será tentado novamente de forma automática."sv,
       "Você não precisa fazer nada; avisaremos o resultado."sv}}},
    // --- pending ----------------------------------------------------------------
    {"pending"sv, "pending_waiting_transfer"sv, outcome_action,
     "Show the transfer or QR data (point_of_interaction.transaction_data); wait for the webhook."sv,
     {{"Complete your transfer"sv, "Your payment[ of {amount}] will be confirmed once you complete the transfer."sv,
       "Open your bank's app and make the transfer, or scan the QR code, using the details shown at checkout."sv},
      {"Completa tu transferencia"sv, "Tu pago[ de {amount}] se confirmará cuando completes la transferencia."sv,
       "Abre la app de tu banco y haz la transferencia, o escanea el código QR, con los datos que se mostraron al "sv
       "pagar."sv},
      {"Conclua sua transferência"sv, "Seu pagamento[ de {amount}] será confirmado quando você concluir a transferência."sv,
       "Abra o app do seu banco e faça a transferência, ou leia o QR code, com os dados mostrados ao finalizar a "sv
       "compra."sv}}},
    {"pending"sv, "pending_waiting_payment"sv, outcome_action,
     "Show the voucher (transaction_details.external_resource_url) and its due date."sv,
     {{"Waiting for your payment"sv, "Your payment[ of {amount}] has been registered, but you have not paid it yet."sv,
       "Pay it with the voucher or payment slip you received before it expires. Confirmation may take a while after "sv
       "you pay."sv},
      {"Esperamos tu pago"sv, "Tu pago[ de {amount}] quedó registrado, pero todavía no lo realizaste."sv,
       "Págalo con el cupón o la boleta que recibiste antes de su vencimiento. La confirmación puede demorar un poco "sv
       "después de que pagues."sv},
      {"Aguardando seu pagamento"sv, "Seu pagamento[ de {amount}] foi registrado, mas você ainda não o realizou."sv,
       "Pague com o boleto ou comprovante que você recebeu antes do vencimento. A confirmação pode levar algum tempo "sv
       "depois do pagamento."sv}}},
    {"pending"sv, "pending_challenge"sv, outcome_action,
     "Open three_ds_info.external_resource_url (posting creq) so the buyer completes 3-D Secure."sv,
     {{"Confirm your payment"sv,
       "Your card issuer needs you to confirm this payment[ of {amount}] before it can go through."sv,
       "Complete the verification your bank shows you, for example by entering the code it sends you or approving "sv
       "the payment in its app."sv},
      {"Confirma tu pago"sv,
       "El emisor de tu tarjeta necesita que confirmes este pago[ de {amount}] para poder procesarlo."sv,
       "Completa la verificación que te muestra tu banco, por ejemplo ingresando el código que te envía o aprobando "sv
       "el pago en su app."sv},
      {"Confirme seu pagamento"sv,
       "O emissor do seu cartão precisa que você confirme este pagamento[ de {amount}] para processá-lo."sv,
       "Conclua a verificação exibida pelo seu banco, por exemplo digitando o código enviado ou aprovando o "sv
       "pagamento no app dele."sv}}},
    // --- cancelled --------------------------------------------------------------
    {"cancelled"sv, "expired"sv, outcome_declined, "Not paid within 30 days; release the stock, a new payment is needed."sv,
     {{"Payment expired"sv, "The payment[ of {amount}] was not completed in time, so it was cancelled."sv,
       "If you still want to buy, start a new payment."sv},
      {"Pago vencido"sv, "El pago[ de {amount}] no se completó a tiempo, así que se canceló."sv,
       "Si todavía quieres comprar, inicia un nuevo pago."sv},
      {"Pagamento expirado"sv, "O pagamento[ de {amount}] não foi concluído a tempo e, por isso, foi cancelado."sv,
       "Se ainda quiser comprar, inicie um novo pagamento."sv}}},
    {"cancelled"sv, "by_collector"sv, outcome_final, "Cancelled by you (the seller); release the stock."sv,
     {{"Payment cancelled by the seller"sv, "The seller cancelled this payment[ of {amount}]; nothing will be charged."sv,
       "If you have questions about your purchase, contact the seller."sv},
      {"El vendedor canceló el pago"sv, "El vendedor canceló este pago[ de {amount}]; no se realizará ningún cobro."sv,
       "Si tienes dudas sobre tu compra, comunícate con el vendedor."sv},
      {"O vendedor cancelou o pagamento"sv, "O vendedor cancelou este pagamento[ de {amount}]; nada será cobrado."sv,
       "Se tiver dúvidas sobre sua compra, fale com o vendedor."sv}}},
    {"cancelled"sv, "by_payer"sv, outcome_declined, "Cancelled by the buyer; release the stock."sv,
     {{"Payment cancelled"sv, "You cancelled this payment[ of {amount}]; nothing will be charged."sv,
       "You can start a new payment whenever you want."sv},
      {"Pago cancelado"sv, "Cancelaste este pago[ de {amount}]; no se realizará ningún cobro."sv,
       "Puedes iniciar un nuevo pago cuando quieras."sv},
      {"Pagamento cancelado"sv, "Você cancelou este pagamento[ de {amount}]; nada será cobrado."sv,
       "Você pode iniciar um novo pagamento quando quiser."sv}}},
    // --- charged_back -----------------------------------------------------------
    {"charged_back"sv, "settled"sv, outcome_final, "Chargeback concluded against you: the money stays withheld."sv,
     {{"Chargeback concluded"sv, "The chargeback on this payment[ of {amount}] has been concluded in your favor."sv,
       "You don't need to do anything else."sv},
      {"Contracargo finalizado"sv, "El contracargo de este pago[ de {amount}] se resolvió a tu favor."sv,
       "No necesitas hacer nada más."sv},
      {"Contestação concluída"sv, "A contestação deste pagamento[ de {amount}] foi concluída a seu favor."sv,
       "Você não precisa fazer mais nada."sv}}},
    {"charged_back"sv, "reimbursed"sv, outcome_final, "Chargeback concluded in your favor: the money came back to you."sv,
     {{"Chargeback concluded"sv,
       "The chargeback on this payment[ of {amount}] was resolved in the seller's favor, so the charge stands."sv,
       "If you disagree, contact your card issuer."sv},
      {"Contracargo finalizado"sv,
       "El contracargo de este pago[ de {amount}] se resolvió a favor del vendedor, por lo que el cobro se mantiene."sv,
       "Si no estás de acuerdo, comunícate con el emisor de tu tarjeta."sv},
      {"Contestação concluída"sv,
       "A contestação deste pagamento[ de {amount}] foi resolvida a favor do vendedor, então a cobrança continua "sv
       "válida."sv,
       "Se não concordar, fale com o emissor do seu cartão."sv}}},
    {"charged_back"sv, "in_process"sv, 0, "The cardholder disputes the charge: send your evidence (chargebacks API)."sv,
     {{"Chargeback under review"sv, "Your card issuer is reviewing a chargeback on this payment[ of {amount}]."sv,
       "Wait for the outcome; your card issuer may contact you for more details."sv},
      {"Contracargo en revisión"sv,
       "El emisor de tu tarjeta está revisando un contracargo sobre este pago[ de {amount}]."sv,
       "Espera el resultado; el emisor de tu tarjeta podría comunicarse contigo para pedirte más datos."sv},
      {"Contestação em análise"sv,
       "O emissor do seu cartão está analisando uma contestação deste pagamento[ de {amount}]."sv,
       "Aguarde o resultado; o emissor do cartão pode entrar em contato para pedir mais informações."sv}}},
    // --- refunded ---------------------------------------------------------------
    {"refunded"sv, "refunded"sv, outcome_final, "Refunded by you; nothing else to do."sv,
     {{"Payment refunded"sv, "The seller refunded your payment[ of {amount}]."sv, refund_sent_back_next.en.next_step},
      {"Pago reembolsado"sv, "El vendedor te reembolsó el pago[ de {amount}]."sv, refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado"sv, "O vendedor reembolsou seu pagamento[ de {amount}]."sv,
       refund_sent_back_next.pt.next_step}}},
    {"refunded"sv, "by_admin"sv, outcome_final, "Refunded by Mercado Pago; your account says why."sv,
     {{"Payment refunded"sv, "Mercado Pago refunded your payment[ of {amount}]."sv, refund_sent_back_next.en.next_step},
      {"Pago reembolsado"sv, "Mercado Pago te reembolsó el pago[ de {amount}]."sv, refund_sent_back_next.es.next_step},
      {"Pagamento reembolsado"sv, "O Mercado Pago reembolsou seu pagamento[ de {amount}]."sv,
       refund_sent_back_next.pt.next_step}}},
    // --- rejected ---------------------------------------------------------------
    {"rejected"sv, "bank_error"sv, outcome_declined, "Bank-side error on a transfer; the buyer may retry later or use another method."sv,
     {{"Payment not completed"sv,
       "Your bank could not complete the transfer[ of {amount}] because of a problem on its side."sv,
       "Try again later, or choose another payment method."sv},
      {"No se completó el pago"sv, "Tu banco no pudo completar la transferencia[ de {amount}] por un problema propio."sv,
       "Vuelve a intentarlo más tarde o elige otro medio de pago."sv},
      {"Pagamento não concluído"sv,
       "Seu banco não conseguiu concluir a transferência[ de {amount}] por um problema do lado dele."sv,
       "Tente novamente mais tarde ou escolha outro meio de pagamento."sv}}},
    {"rejected"sv, "cc_rejected_3ds_challenge"sv, outcome_declined, "The buyer did not pass the 3-D Secure challenge; allow a retry."sv,
     {{"Verification not completed"sv,
       "The payment[ of {amount}] was declined because your card's verification step was not passed."sv,
       "Try again and complete your bank's verification, or use another card."sv},
      {"No se completó la verificación"sv,
       "El pago[ de {amount}] fue rechazado porque no se superó la verificación de tu tarjeta."sv,
       "Vuelve a intentarlo y completa la verificación de tu banco, o usa otra tarjeta."sv},
      {"Verificação não concluída"sv,
       "O pagamento[ de {amount}] foi recusado porque a verificação do seu cartão não foi concluída."sv,
       "Tente novamente e conclua a verificação do seu banco, ou use outro cartão."sv}}},
    {"rejected"sv, "cc_rejected_3ds_mandatory"sv, outcome_declined,
     "3-D Secure is mandatory for this card: send the payment with three_d_secure_mode set to optional."sv,
     {{"Payment declined"sv,
       "Your card issuer requires an extra verification step that this payment[ of {amount}] did not include."sv,
       "Try again, or pay with another card or payment method."sv},
      {"Pago rechazado"sv,
       "El emisor de tu tarjeta exige un paso de verificación adicional que este pago[ de {amount}] no incluyó."sv,
       "Vuelve a intentarlo o paga con otra tarjeta u otro medio de pago."sv},
      {"Pagamento recusado"sv,
       "O emissor do seu cartão exige uma etapa extra de verificação que este pagamento[ de {amount}] não incluiu."sv,
       "Tente novamente ou pague com outro cartão ou meio de pagamento."sv}}},
    {"rejected"sv, "cc_rejected_bad_filled_card_number"sv, outcome_declined, "Ask the buyer to re-enter the card number."sv,
     {{"Check the card number"sv, "The card number you entered is not valid."sv,
       "Check the number on your card and enter it again."sv},
      {"Revisa el número de tarjeta"sv, "El número de tarjeta que ingresaste no es válido."sv,
       "Verifica el número de tu tarjeta y vuelve a ingresarlo."sv},
      {"Confira o número do cartão"sv, "O número do cartão informado não é válido."sv,
       "Confira o número do seu cartão e digite-o novamente."sv}}},
    {"rejected"sv, "cc_rejected_bad_filled_date"sv, outcome_declined, "Ask the buyer to re-enter the expiration date."sv,
     {{"Check the expiration date"sv, "The expiration date you entered is not valid."sv,
       "Check the date printed on your card and enter it again."sv},
      {"Revisa la fecha de vencimiento"sv, "La fecha de vencimiento que ingresaste no es válida."sv,
       "Verifica la fecha que figura en tu tarjeta y vuelve a ingresarla."sv},
      {"Confira a data de validade"sv, "A data de validade informada não é válida."sv,
       "Confira a data impressa no seu cartão e digite-a novamente."sv}}},
    {"rejected"sv, "cc_rejected_bad_filled_other"sv, outcome_declined, "Ask the buyer to review every card field."sv,
     {{"Check your card details"sv, "Some of the card details you entered are not valid."sv,
       "Review all the card details and try again."sv},
      {"Revisa los datos de tu tarjeta"sv, "Algunos de los datos de la tarjeta que ingresaste no son válidos."sv,
       "Revisa todos los datos de la tarjeta y vuelve a intentarlo."sv},
      {"Confira os dados do cartão"sv, "Alguns dos dados do cartão informados não são válidos."sv,
       "Revise todos os dados do cartão e tente novamente."sv}}},
    {"rejected"sv, "cc_rejected_bad_filled_security_code"sv, outcome_declined, "Ask the buyer to re-enter the security code."sv,
     {{"Check the security code"sv, "The security code you entered is not valid."sv,
       "Enter the 3 or 4 digit code from your card and try again."sv},
      {"Revisa el código de seguridad"sv, "El código de seguridad que ingresaste no es válido."sv,
       "Ingresa el código de 3 o 4 dígitos de tu tarjeta y vuelve a intentarlo."sv},
      {"Confira o código de segurança"sv, "O código de segurança informado não é válido."sv,
       "Digite o código de 3 ou 4 dígitos do seu cartão e tente novamente."sv}}},
    {"rejected"sv, "cc_rejected_blacklist"sv, outcome_declined,
     "The card or buyer is blocked; keep the reason private and offer other methods."sv, undisclosed_decline_texts},
    {"rejected"sv, "cc_rejected_call_for_authorize"sv, outcome_declined,
     "The issuer wants the buyer to authorize this charge by phone; then retry."sv,
     {{"Authorize the payment with your card issuer"sv,
       "[{payment_method}|Your card issuer] needs you to authorize the payment[ of {amount}] before it can go "sv
       "through."sv,
       "Call [{payment_method}|your card issuer] using the number on the back of your card, authorize the payment, "sv
       "and then try again."sv},
      {"Autoriza el pago con el emisor de tu tarjeta"sv,
       "[{payment_method}|El emisor de tu tarjeta] necesita que autorices el pago[ de {amount}] para procesarlo."sv,
       "Llama [a {payment_method}|al emisor de tu tarjeta] al número que figura al dorso de la tarjeta, autoriza el "sv
       "pago y vuelve a intentarlo."sv},
      {"Autorize o pagamento com o emissor do cartão"sv,
       "[{payment_method}|O emissor do seu cartão] precisa que você autorize o pagamento[ de {amount}] para "sv
       "processá-lo."sv,
       "Ligue para [{payment_method}|o emissor do seu cartão] no número que aparece no verso do cartão, autorize o "sv
       "pagamento e tente novamente."sv}}},
    {"rejected"sv, "cc_rejected_card_disabled"sv, outcome_declined,
     "The card is not enabled; the buyer must call the issuer or use another card."sv,
     {{"Activate your card"sv, "Your[ {payment_method}] card is not active yet or has been disabled."sv,
       "Call [{payment_method}|your card issuer] at the number on the back of your card to activate it, or pay with "sv
       "another card."sv},
      {"Activa tu tarjeta"sv, "Tu tarjeta[ {payment_method}] todavía no está activada o fue deshabilitada."sv,
       "Llama [a {payment_method}|al emisor de tu tarjeta] al número que figura al dorso para activarla, o paga con "sv
       "otra tarjeta."sv},
      {"Ative seu cartão"sv, "Seu cartão[ {payment_method}] ainda não está ativado ou foi desabilitado."sv,
       "Ligue para [{payment_method}|o emissor do seu cartão] no número do verso do cartão para ativá-lo, ou pague "sv
       "com outro cartão."sv}}},
    {"rejected"sv, "cc_rejected_card_error"sv, outcome_declined, "The card could not be processed; suggest another card."sv,
     {{"Payment not processed"sv, "We could not process the payment[ of {amount}] with this card."sv,
       "Please pay with another card or payment method."sv},
      {"No pudimos procesar tu pago"sv, "No pudimos procesar el pago[ de {amount}] con esta tarjeta."sv,
       "Por favor, paga con otra tarjeta u otro medio de pago."sv},
      {"Não foi possível processar seu pagamento"sv, "Não conseguimos processar o pagamento[ de {amount}] com este cartão."sv,
       "Por favor, pague com outro cartão ou meio de pagamento."sv}}},
    {"rejected"sv, "cc_rejected_duplicated_payment"sv, outcome_declined,
     "A payment of the same value was just made: check for a duplicate order (send X-Idempotency-Key on retries)."sv,
     {{"Payment already made"sv, "You just made a payment for the same amount[ ({amount})], so this one was declined."sv,
       "You don't need to pay again. If you really want another payment, use a different card or payment method."sv},
      {"Ya realizaste este pago"sv,
       "Acabas de hacer un pago por el mismo monto[ ({amount})], así que este fue rechazado."sv,
       "No necesitas volver a pagar. Si de verdad quieres hacer otro pago, usa otra tarjeta u otro medio de pago."sv},
      {"Pagamento já realizado"sv,
       "Você acabou de fazer um pagamento do mesmo valor[ ({amount})], por isso este foi recusado."sv,
       "Não é preciso pagar novamente. Se quiser mesmo fazer outro pagamento, use outro cartão ou meio de "sv
       "pagamento."sv}}},
    {"rejected"sv, "cc_rejected_high_risk"sv, outcome_declined,
     "Declined by Mercado Pago's prevention checks; keep the reason private and suggest cash methods."sv,
     {{"Payment not processed"sv, "Your payment[ of {amount}] was declined."sv,
       "Please choose another payment method, such as paying in cash."sv},
      {"No pudimos procesar tu pago"sv, "Tu pago[ de {amount}] fue rechazado."sv,
       "Por favor, elige otro medio de pago, como el pago en efectivo."sv},
      {"Não foi possível processar seu pagamento"sv, "Seu pagamento[ de {amount}] foi recusado."sv,
       "Por favor, escolha outro meio de pagamento, como boleto ou pagamento em dinheiro."sv}}},
    {"rejected"sv, "cc_rejected_insufficient_amount"sv, outcome_declined, "Insufficient funds or limit; suggest another card."sv,
     {{"Insufficient funds"sv,
       "Your[ {payment_method}] card does not have enough available funds or credit[ for {amount}]."sv,
       "Pay with another card or payment method."sv},
      {"Fondos insuficientes"sv, "Tu tarjeta[ {payment_method}] no tiene fondos o límite suficientes[ para {amount}]."sv,
       "Paga con otra tarjeta u otro medio de pago."sv},
      {"Saldo insuficiente"sv, "Seu cartão[ {payment_method}] não tem saldo ou limite suficiente[ para {amount}]."sv,
       "Pague com outro cartão ou meio de pagamento."sv}}},
    {"rejected"sv, "cc_rejected_invalid_installments"sv, outcome_declined,
     "The card does not accept this installment count; offer the counts of /v1/payment_methods/installments."sv,
     {{"Choose another number of installments"sv,
       "[{payment_method}|Your card] does not accept payments in [{installments}|this number of installments]."sv,
       "Choose a different number of installments, or pay with another card."sv},
      {"Elige otra cantidad de cuotas"sv,
       "[{payment_method}|Tu tarjeta] no acepta pagos en [{installments}|esta cantidad de cuotas]."sv,
       "Elige otra cantidad de cuotas o paga con otra tarjeta."sv},
      {"Escolha outro número de parcelas"sv,
       "[{payment_method}|Seu cartão] não aceita pagamentos em [{installments}|este número de parcelas]."sv,
       "Escolha outro número de parcelas ou pague com outro cartão."sv}}},
    {"rejected"sv, "cc_rejected_max_attempts"sv, outcome_declined, "Attempt limit reached for this card; suggest another card or method."sv,
     {{"Too many attempts"sv, "You have reached the limit of attempts allowed with this card."sv,
       "Pay with another card or payment method."sv},
      {"Demasiados intentos"sv, "Llegaste al límite de intentos permitidos con esta tarjeta."sv,
       "Paga con otra tarjeta u otro medio de pago."sv},
      {"Muitas tentativas"sv, "Você atingiu o limite de tentativas permitidas com este cartão."sv,
       "Pague com outro cartão ou meio de pagamento."sv}}},
    {"rejected"sv, "cc_rejected_other_reason"sv, outcome_declined, "The issuer declined without a reason; suggest another card."sv,
     {{"Payment declined"sv, "[{payment_method}|Your card issuer] did not process this payment[ of {amount}]."sv,
       "Pay with another card or payment method."sv},
      {"Pago rechazado"sv, "[{payment_method}|El emisor de tu tarjeta] no procesó este pago[ de {amount}]."sv,
       "Paga con otra tarjeta u otro medio de pago."sv},
      {"Pagamento recusado"sv, "[{payment_method}|O emissor do seu cartão] não processou este pagamento[ de {amount}]."sv,
       "Pague com outro cartão ou meio de pagamento."sv}}},
    {"rejected"sv, "cc_amount_rate_limit_exceeded"sv, outcome_declined,
     "The payment method's capacity cap was reached (not an HTTP 429); suggest later or another method."sv,
     {{"Payment not processed"sv,
       "This payment method cannot take this payment[ of {amount}] right now because it has reached its limit."sv,
       "Try again later, or choose another payment method."sv},
      {"No pudimos procesar tu pago"sv,
       "Este medio de pago no puede recibir este pago[ de {amount}] en este momento porque alcanzó su límite."sv,
       "Vuelve a intentarlo más tarde o elige otro medio de pago."sv},
      {"Não foi possível processar seu pagamento"sv,
       "Este meio de pagamento não pode receber este pagamento[ de {amount}] agora porque atingiu seu limite."sv,
       "Tente novamente mais tarde ou escolha outro meio de pagamento."sv}}},
    {"rejected"sv, "rejected_insufficient_data"sv, outcome_declined,
     "The payment request lacked mandatory data: fix the integration."sv,
     {{"Payment not completed"sv, "Some information required to process the payment was missing."sv,
       "Try again making sure every requested field is filled in; if it keeps happening, contact the seller."sv},
      {"No se completó el pago"sv, "Faltaron algunos datos necesarios para procesar el pago."sv,
       "Vuelve a intentarlo completando todos los datos solicitados; si el problema continúa, comunícate con el "sv
       "vendedor."sv},
      {"Pagamento não concluído"sv, "Faltaram algumas informações necessárias para processar o pagamento."sv,
       "Tente novamente preenchendo todos os dados solicitados; se o problema continuar, fale com o vendedor."sv}}},
    {"rejected"sv, "rejected_by_bank"sv, outcome_declined, "The bank rejected the operation; suggest another method."sv,
     {{"Payment declined by your bank"sv, "Your bank declined the payment[ of {amount}]."sv,
       "Pay with another payment method, or contact your bank."sv},
      {"Tu banco rechazó el pago"sv, "Tu banco rechazó el pago[ de {amount}]."sv,
       "Paga con otro medio de pago o comunícate con tu banco."sv},
      {"Seu banco recusou o pagamento"sv, "Seu banco recusou o pagamento[ de {amount}]."sv,
       "Pague com outro meio de pagamento ou fale com seu banco."sv}}},
    {"rejected"sv, "rejected_by_regulations"sv, outcome_declined, "Blocked by regulatory rules; suggest another method."sv,
     {{"Payment not allowed"sv, "This payment[ of {amount}] cannot be made because of regulatory restrictions."sv,
       "Please choose another payment method."sv},
      {"Pago no permitido"sv, "Este pago[ de {amount}] no puede realizarse por restricciones regulatorias."sv,
       "Por favor, elige otro medio de pago."sv},
      {"Pagamento não permitido"sv, "Este pagamento[ de {amount}] não pode ser feito por restrições regulatórias."sv,
       "Por favor, escolha outro meio de pagamento."sv}}},
    {"rejected"sv, "insufficient_amount"sv, outcome_declined,
     "Insufficient funds in a non-card method; suggest adding funds or another method."sv,
     {{"Insufficient funds"sv, "Your[ {payment_method}] balance is not enough for this payment[ of {amount}]."sv,
       "Add funds and try again, or use another payment method."sv},
      {"Fondos insuficientes"sv, "Tu saldo[ en {payment_method}] no alcanza para este pago[ de {amount}]."sv,
       "Agrega fondos y vuelve a intentarlo, o usa otro medio de pago."sv},
      {"Saldo insuficiente"sv, "Seu saldo[ em {payment_method}] não é suficiente para este pagamento[ de {amount}]."sv,
       "Adicione saldo e tente novamente, ou use outro meio de pagamento."sv}}},
    {"rejected"sv, "cc_rejected_card_type_not_allowed"sv, outcome_declined,
     "A combined debit/credit card without the credit function enabled (Brazil); suggest another card."sv,
     {{"Card type not accepted"sv,
       "The credit function of your card is not enabled, so it could not be used for this payment."sv,
       "Ask your bank to enable the credit function, or pay with another card."sv},
      {"Tipo de tarjeta no aceptado"sv,
       "La función de crédito de tu tarjeta no está habilitada, por eso no se pudo usar para este pago."sv,
       "Pide a tu banco que habilite la función de crédito o paga con otra tarjeta."sv},
      {"Tipo de cartão não aceito"sv,
       "A função crédito do seu cartão não está habilitada, por isso ele não pôde ser usado neste pagamento."sv,
       "Peça ao seu banco para habilitar a função crédito ou pague com outro cartão."sv}}},

    // --- seen without official descriptions (meaning inferred from the name) ----
    {"pending"sv, "pending_waiting_for_remedy"sv, outcome_action,
     "Undocumented value: waiting for a corrective action; wait for the webhook."sv,
     {{"Payment pending"sv, "Your payment[ of {amount}] is waiting for a correction before it can continue."sv,
       "Follow any instructions you receive to fix it. We will let you know once it is confirmed."sv},
      {"Pago pendiente"sv, "Tu pago[ de {amount}] está esperando una corrección para poder continuar."sv,
       "Sigue las instrucciones que recibas para resolverlo. Te avisaremos cuando se confirme."sv},
      {"Pagamento pendente"sv, "Seu pagamento[ de {amount}] está aguardando uma correção para continuar."sv,
       "Siga as instruções que você receber para resolver. Avisaremos quando ele for confirmado."sv}}},
    {"pending"sv, "waiting_bank_confirmation"sv, 0, "Undocumented value: waiting for the bank; wait for the webhook."sv,
     {{"Waiting for bank confirmation"sv, "Your payment[ of {amount}] is waiting for your bank to confirm it."sv,
       "You don't need to do anything or pay again; we will let you know as soon as the bank replies."sv},
      {"Esperando la confirmación del banco"sv, "Tu pago[ de {amount}] está esperando la confirmación de tu banco."sv,
       "No necesitas hacer nada ni volver a pagar; te avisaremos en cuanto el banco responda."sv},
      {"Aguardando a confirmação do banco"sv, "Seu pagamento[ de {amount}] está aguardando a confirmação do seu banco."sv,
       "Você não precisa fazer nada nem pagar novamente; avisaremos assim que o banco responder."sv}}},
    {"pending"sv, "pending_card_validation"sv, 0, "Undocumented value: card validation in progress; wait for the webhook."sv,
     {{"Validating your card"sv, "Your card is being validated before the payment[ of {amount}] is processed."sv,
       "Please wait a moment; we will let you know the result."sv},
      {"Validando tu tarjeta"sv, "Estamos validando tu tarjeta antes de procesar el pago[ de {amount}]."sv,
       "Espera un momento; te avisaremos el resultado."sv},
      {"Validando seu cartão"sv, "Estamos validando seu cartão antes de processar o pagamento[ de {amount}]."sv,
       "Aguarde um momento; avisaremos o resultado."sv}}},
    {"pending"sv, "pending_online_validation"sv, 0,
     "Undocumented value: online validation in progress; wait for the webhook."sv,
     {{"Validating your payment"sv, "Your payment[ of {amount}] is going through an online validation."sv,
       "Please wait; if your bank asks you to confirm anything, follow its instructions."sv},
      {"Validando tu pago"sv, "Tu pago[ de {amount}] está pasando por una validación en línea."sv,
       "Espera; si tu banco te pide confirmar algo, sigue sus instrucciones."sv},
      {"Validando seu pagamento"sv, "Seu pagamento[ de {amount}] está passando por uma validação on-line."sv,
       "Aguarde; se o seu banco pedir alguma confirmação, siga as instruções dele."sv}}},
    {"pending"sv, "pending_additional_info"sv, outcome_action,
     "Undocumented value: more data is required from the buyer."sv, additional_info_texts},
    {"in_process"sv, "pending_additional_info"sv, outcome_action,
     "Undocumented value: more data is required from the buyer."sv, additional_info_texts},
    {"pending"sv, "pending_provider_response"sv, 0,
     "Undocumented value: waiting for the acquirer or provider; wait for the webhook."sv, provider_response_texts},
    {"in_process"sv, "pending_provider_response"sv, 0,
     "Undocumented value: waiting for the acquirer or provider; wait for the webhook."sv, provider_response_texts},
    {"rejected"sv, "bank_rejected"sv, outcome_declined, "Undocumented value: declined by the bank; suggest another method."sv,
     {{"Payment declined by your bank"sv, "Your bank did not accept this payment[ of {amount}]."sv,
       "Pay with another payment method, or contact your bank."sv},
      {"Tu banco rechazó el pago"sv, "Tu banco no aceptó este pago[ de {amount}]."sv,
       "Paga con otro medio de pago o comunícate con tu banco."sv},
      {"Seu banco recusou o pagamento"sv, "Seu banco não aceitou este pagamento[ de {amount}]."sv,
       "Pague com outro meio de pagamento ou fale com seu banco."sv}}},
    {"rejected"sv, "cc_rejected_fraud"sv, outcome_declined,
     "Undocumented value: declined by prevention checks; keep the reason private."sv, undisclosed_decline_texts},
    {"rejected"sv, "payer_unavailable"sv, outcome_declined, "Undocumented value: the payer's account cannot pay."sv,
     {{"Payment not possible"sv, "The account you chose cannot make this payment right now."sv,
       "Try another payment method or account."sv},
      {"No es posible realizar el pago"sv, "La cuenta que elegiste no puede realizar este pago en este momento."sv,
       "Prueba con otro medio de pago u otra cuenta."sv},
      {"Não é possível fazer o pagamento"sv, "A conta escolhida não pode fazer este pagamento agora."sv,
       "Tente outro meio de pagamento ou outra conta."sv}}},
    {"rejected"sv, "rejected_high_risk"sv, outcome_declined,
     "Undocumented value: declined by prevention checks (non-card); keep the reason private."sv,
     {{"Payment not processed"sv, "Your payment[ of {amount}] was declined."sv, "Please choose another payment method."sv},
      {"No pudimos procesar tu pago"sv, "Tu pago[ de {amount}] fue rechazado."sv, "Por favor, elige otro medio de pago."sv},
      {"Não foi possível processar seu pagamento"sv, "Seu pagamento[ de {amount}] foi recusado."sv,
       "Por favor, escolha outro meio de pagamento."sv}}},
    {"rejected"sv, "rejected_cap_exceeded"sv, outcome_declined, "Undocumented value: the capacity cap was exceeded."sv,
     {{"Payment limit reached"sv,
       "This payment method has reached its limit and cannot take this payment[ of {amount}] right now."sv,
       "Try again later, or choose another payment method."sv},
      {"Se alcanzó el límite"sv,
       "Este medio de pago alcanzó su límite y no puede recibir este pago[ de {amount}] en este momento."sv,
       "Vuelve a intentarlo más tarde o elige otro medio de pago."sv},
      {"Limite atingido"sv,
       "Este meio de pagamento atingiu seu limite e não pode receber este pagamento[ de {amount}] agora."sv,
       "Tente novamente mais tarde ou escolha outro meio de pagamento."sv}}},
    {"rejected"sv, "rejected_other_reason"sv, outcome_declined, "Undocumented value: generic decline."sv,
     {{"Payment declined"sv, "Your payment[ of {amount}] was declined."sv, "Try again, or pay with another payment method."sv},
      {"Pago rechazado"sv, "Tu pago[ de {amount}] fue rechazado."sv, "Vuelve a intentarlo o paga con otro medio de pago."sv},
      {"Pagamento recusado"sv, "Seu pagamento[ de {amount}] foi recusado."sv,
       "Tente novamente ou pague com outro meio de pagamento."sv}}},
    {"rejected"sv, "rejected_call_for_authorize"sv, outcome_declined,
     "Undocumented value: the buyer must authorize the payment with the provider; then retry."sv,
     {{"Authorization required"sv,
       "You need to authorize this payment[ of {amount}] with [{payment_method}|your payment provider]."sv,
       "Contact [{payment_method}|your payment provider] to authorize it, and then try again."sv},
      {"Autorización necesaria"sv,
       "Necesitas autorizar este pago[ de {amount}] con [{payment_method}|tu proveedor de pagos]."sv,
       "Comunícate con [{payment_method}|tu proveedor de pagos] para autorizarlo y luego vuelve a intentarlo."sv},
      {"Autorização necessária"sv,
       "Você precisa autorizar este pagamento[ de {amount}] com [{payment_method}|seu provedor de pagamento]."sv,
       "Entre em contato com [{payment_method}|seu provedor de pagamento] para autorizá-lo e depois tente "sv
       "novamente."sv}}},
    {"cancelled"sv, "authorization_revoked"sv, outcome_declined, "Undocumented value: the authorization was withdrawn."sv,
     authorization_revoked_texts},
    {"rejected"sv, "authorization_revoked"sv, outcome_declined, "Undocumented value: the authorization was withdrawn."sv,
     authorization_revoked_texts},
    {"rejected"sv, "cc_rejected_expired_operation"sv, outcome_declined, "Undocumented value: the operation expired; allow a retry."sv,
     {{"Payment timed out"sv, "The operation expired before the payment[ of {amount}] could be completed."sv,
       "Please start the payment again."sv},
      {"Se agotó el tiempo"sv, "La operación venció antes de que se pudiera completar el pago[ de {amount}]."sv,
       "Por favor, inicia el pago de nuevo."sv},
      {"Tempo esgotado"sv, "A operação expirou antes que o pagamento[ de {amount}] pudesse ser concluído."sv,
       "Por favor, inicie o pagamento novamente."sv}}},
    {"rejected"sv, "am_insufficient_amount"sv, outcome_declined, "Undocumented value: the Mercado Pago balance is insufficient."sv,
     {{"Insufficient balance"sv, "Your Mercado Pago balance is not enough for this payment[ of {amount}]."sv,
       "Add money to your account, or choose another payment method."sv},
      {"Saldo insuficiente"sv, "Tu saldo en Mercado Pago no alcanza para este pago[ de {amount}]."sv,
       "Ingresa dinero en tu cuenta o elige otro medio de pago."sv},
      {"Saldo insuficiente"sv, "Seu saldo no Mercado Pago não é suficiente para este pagamento[ de {amount}]."sv,
       "Adicione dinheiro à sua conta ou escolha outro meio de pagamento."sv}}},
    {"rejected"sv, "insufficient_money"sv, outcome_declined, "Undocumented value: insufficient wallet balance (Wallet Connect)."sv,
     {{"Insufficient balance"sv, "Your account balance is not enough for this payment[ of {amount}]."sv,
       "Add money to your account, or choose another payment method."sv},
      {"Saldo insuficiente"sv, "El saldo de tu cuenta no alcanza para este pago[ de {amount}]."sv,
       "Ingresa dinero en tu cuenta o elige otro medio de pago."sv},
      {"Saldo insuficiente"sv, "O saldo da sua conta não é suficiente para este pagamento[ de {amount}]."sv,
       "Adicione dinheiro à sua conta ou escolha outro meio de pagamento."sv}}},
};

inline constexpr std::size_t outcome_case_count = [] {
    std::size_t n = 0;
    for (const auto& r : outcome_rows)
        if (!r.detail.empty()) ++n;
    return n;
}();

inline constexpr auto outcome_cases = [] {
    std::array<outcome_case, outcome_case_count> out{};
    std::size_t i = 0;
    for (const auto& r : outcome_rows)
        if (!r.detail.empty()) out[i++] = outcome_case{{r.status}, {r.detail}};
    return out;
}();


inline const outcome_row* find_outcome_row(std::span<const outcome_row> rows, std::string_view status,
                                           std::string_view detail) noexcept {
    for (const auto& r : rows)
        if (r.status == status && r.detail == detail) return &r;
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
basic_outcome_message<Status, Detail> describe_from(std::span<const outcome_row> rows, const Status& status,
                                                    const Detail& status_detail, language lang,
                                                    const outcome_values& values) {
    const std::string_view s = status.str();
    const std::string_view d = status_detail.str();
    const outcome_row* row = s.empty() || d.empty() ? nullptr : find_outcome_row(rows, s, d);
    const bool generic = row == nullptr;
    if (!row && !s.empty()) row = find_outcome_row(rows, s, "");
    if (!row) row = find_outcome_row(rows, "", "");

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

MERCADOPAGO_DETAIL_DECL std::span<const outcome_case> known_outcomes() noexcept { return detail::outcome_cases; }

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
    return detail::describe_from(detail::outcome_rows, status, status_detail, lang, values);
}

MERCADOPAGO_DETAIL_DECL outcome_message describe_outcome(const payment& p, language lang) {
    return describe_outcome(p.status.value_or(payment_status{}), p.status_detail.value_or(payment_status_detail{}),
                            lang, outcome_values::from(p));
}

}  // namespace mercadopago
