#!/usr/bin/env bash
# Writes the fuzzers' seed corpora into OUTDIR/<fuzzer>/, from the real API
# bodies under tests/fixtures and a few hand-made inputs:
#
#     tests/fuzz/seed_corpus.sh build/fuzz/corpus
#
# model_decode_fuzzer inputs are "<model>\n<json>": each fixture is named for
# the model whose decoder it feeds (payment_search*.json -> payment_search).
set -euo pipefail
out=${1:?usage: seed_corpus.sh OUTDIR}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$out"/{model_decode,webhooks,api_error,decimal_timestamp,sandbox_request}

model_of() {  # fixture base name -> model name of model_decode_fuzzer.cpp
  case $1 in
    payment_search*) echo payment_search ;;
    payment_create*REQUEST) echo payment_create_request ;;
    payment_methods_list) echo payment_methods ;;
    payment_*) echo payment ;;
    refund_list) echo refund_list ;;
    refund_*) echo refund ;;
    customer_card_list) echo card_list ;;
    customer_card_*) echo card ;;
    customer_search) echo customer_search ;;
    customer_*) echo customer ;;
    card_token_*) echo card_token ;;
    identification_types_*) echo identification_types ;;
    order_search) echo order_search ;;
    order_*) echo order ;;
    preference_create_REQUEST) echo preference_request ;;
    preference_search) echo preference_search ;;
    preference_*) echo preference ;;
    merchant_order_search) echo merchant_order_search ;;
    merchant_order_*) echo merchant_order ;;
    user_*) echo user ;;
    error_*) echo api_error ;;
    *) echo payment ;;  # other resources' bodies: unknown keys for the payment decoder
  esac
}

n=0
for f in "$root"/tests/fixtures/*/*.json; do
  base=$(basename "$f" .json)
  { printf '%s\n' "$(model_of "$base")"; cat "$f"; } > "$out/model_decode/$(basename "$(dirname "$f")")_$base"
  n=$((n + 1))
done
printf 'notification\n{"action":"payment.updated","api_version":"v1","data":{"id":"123456"},"date_created":"2021-11-01T02:02:02Z","id":"123456","live_mode":false,"type":"payment","user_id":2025701502}' \
  > "$out/model_decode/notification"

# webhooks: x-signature, x-request-id, data.id, secret, query (the reference test vector 1 and variants)
printf 'ts=1742505638683,v1=fb15ae6472eb449173c556793205d77787d58f384d183bb5bc3b724c27bd103c\n2066ca19-c6f1-498a-be75-1923005edd06\nORD01JQ4S4KY8HWQ6NA5PXB65B3D3\nyour_secret_key_here\ndata.id=ORD01JQ4S4KY8HWQ6NA5PXB65B3D3&type=order\n' > "$out/webhooks/vector1"
printf ' TS = 1742505638683 , V1 = fb15ae6472eb449173c556793205d77787d58f384d183bb5bc3b724c27bd103c \n\n\nsecret\n?topic=payment&id=1%%202\n' > "$out/webhooks/spaces"
printf 'ts=1,v1=00,v1=11,v2=22\nid\nABC\ns\nhttps://shop.example/hook?data.id=ABC&data.id=DEF\n' > "$out/webhooks/repeated"

# api_error: two status bytes, Retry-After, body
printf '\x01\x2c1\n{"message":"invalid card_token_id","error":"bad_request","status":400,"cause":[{"code":2006,"description":"Card Token not found","data":null}]}' > "$out/api_error/classic"
printf '\x01\x75Wed, 21 Oct 2015 07:28:00 GMT\n{"errors":[{"code":"idempotency_key_already_used","message":"used","details":["a","b"]}]}' > "$out/api_error/orders"
printf '\x01\xf7\n<html>Bad Gateway</html>' > "$out/api_error/html"

# decimal_timestamp
for s in 150.00 -0.5 1e400 12345678901234567890.123456789 2024-05-17T10:04:04.000-03:00 2022-10-25 \
         2024-02-29T23:59:59.999999999Z 1970-01-01T00:00:00Z; do
  printf '%s' "$s" > "$out/decimal_timestamp/$(printf '%s' "$s" | tr -c 'A-Za-z0-9.-' _)"
done

# sandbox_request: method byte, target, Authorization, X-Idempotency-Key, body
printf '\x01/v1/card_tokens?public_key=TEST-pk\n\n\n{"card_number":"5031433215406351","expiration_month":11,"expiration_year":2030,"security_code":"123","cardholder":{"name":"APRO"}}' > "$out/sandbox_request/card_token"
printf '\x01/v1/payments\nBearer TEST-1\nkey-1\n{"transaction_amount":100,"token":"x","payment_method_id":"master","installments":1,"payer":{"email":"a@b.c"}}' > "$out/sandbox_request/payment"
printf '\x00/v1/payments/search?external_reference=a%%20b&offset=9999&limit=50\nBearer TEST-1\n\n' > "$out/sandbox_request/search"
printf '\x01/v1/orders\nBearer TEST-1\nkey-2\n{"type":"online","processing_mode":"automatic","total_amount":"10.00","external_reference":"r","payer":{"email":"test@testuser.com"},"transactions":{"payments":[{"amount":"10.00","payment_method":{"id":"master","type":"credit_card","token":"t","installments":1}}]}}' > "$out/sandbox_request/order"
printf '\x01/checkout/preferences\nBearer TEST-1\nkey-3\n{"items":[{"title":"x","quantity":1,"unit_price":10}]}' > "$out/sandbox_request/preference"

echo "seed_corpus: $n fixtures and hand-made seeds in $out"
