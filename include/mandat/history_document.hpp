// mandat/history_document.hpp - history documents (mandat.history/1) as text and files.
//
// The format: docs/history.md, schema/history.schema.json.
#pragma once

#include <string>
#include <string_view>

#include "mandat/history_values.hpp"
#include "mandat/limits.hpp"

namespace mandat {

inline constexpr const char* history_format = "mandat.history/1";

history load_history(std::string_view json_text, const load_limits& limits = {});
history load_history_file(const std::string& path, const load_limits& limits = {});
std::string dump_history(const history& h);
void save_history_file(const history& h, const std::string& path);

}  // namespace mandat
