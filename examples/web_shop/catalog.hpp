// What the shop sells. Prices are exact decimals (cents), as every amount sent
// to Mercado Pago must be.
#pragma once

#include "texts.hpp"

#include <mercadopago/decimal.hpp>

#include <span>
#include <string_view>

namespace web_shop {

struct product {
    std::string_view id;  ///< in URLs and as the preference item's id
    phrase name;
    phrase blurb;
    mp::decimal price;      ///< BRL
    std::string_view tint;  ///< the colour of its picture
    std::string_view art;   ///< the picture's SVG paths (a 64×64 box)
};

inline std::span<const product> catalog() {
    static const product products[] = {
        {"espresso-machine",
         {"Espresso machine", "Máquina de espresso", "Máquina de espresso"},
         {"15-bar pump, steam wand, 1.2 L tank. Makes a proper crema at home.",
          "Bomba de 15 bares, vaporizador, depósito de 1,2 L. Crema de verdad en casa.",
          "Bomba de 15 bar, vaporizador, reservatório de 1,2 L. Crema de verdade em casa."},
         mp::decimal::from_cents(15000),
         "#8a5a44",
         R"(<rect x="14" y="10" width="36" height="8" rx="2"/><rect x="18" y="18" width="28" height="24" rx="3"/>)"
         R"(<rect x="27" y="42" width="10" height="5"/><rect x="22" y="47" width="20" height="10" rx="3"/>)"
         R"(<rect x="12" y="57" width="40" height="3" rx="1"/>)"},
        {"hand-grinder",
         {"Hand grinder", "Molinillo manual", "Moedor manual"},
         {"Steel burrs, 40 grind settings. From espresso fine to French-press coarse.",
          "Muelas de acero, 40 ajustes. Del espresso fino a la prensa francesa.",
          "Mós de aço, 40 ajustes. Do espresso fino à prensa francesa."},
         mp::decimal::from_cents(8990),
         "#4f6d7a",
         R"(<rect x="30" y="6" width="4" height="10"/><rect x="30" y="6" width="20" height="4" rx="2"/>)"
         R"(<circle cx="50" cy="8" r="4"/><rect x="20" y="16" width="24" height="42" rx="6"/>)"},
        {"santos-beans",
         {"Santos beans, 500 g", "Granos Santos, 500 g", "Grãos Santos, 500 g"},
         {"Medium roast from Cerrado Mineiro: chocolate, nuts, low acidity.",
          "Tostado medio del Cerrado Mineiro: chocolate, nueces, baja acidez.",
          "Torra média do Cerrado Mineiro: chocolate, castanhas, baixa acidez."},
         mp::decimal::from_cents(4990),
         "#6b8e4e",
         R"(<path d="M16 14h32l4 44H12z"/><ellipse cx="32" cy="36" rx="7" ry="10" fill="#fff" opacity=".85"/>)"},
    };
    return products;
}

inline const product* find_product(std::string_view id) {
    for (const product& p : catalog())
        if (p.id == id) return &p;
    return nullptr;
}

}  // namespace web_shop
