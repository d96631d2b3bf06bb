// Private to src/formats/spreadsheet*.cpp: the cell rules that reading and writing tables share
// (docs/spreadsheets.md).
#pragma once

#include <optional>
#include <string>

#include "mandat/json.hpp"

namespace mandat::detail {

// An optional text that is present but empty is written as these two characters.
constexpr const char* empty_text_cell = "\"\"";

// The JSON value a cell of an unknown column stands for, if the whole cell is a JSON number,
// object, array, string literal, true, false or null; nullopt for any other text.
std::optional<nlohmann::json> cell_as_json(const std::string& cell);

}  // namespace mandat::detail
