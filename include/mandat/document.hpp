// mandat/document.hpp - mandate documents: JSON in, JSON out.
//
// The format is described by schema/mandate.schema.json and docs/mandate-format.md. Loading
// is strict: a document that is malformed, of the wrong shape or inconsistent is rejected as
// a whole with a document_error naming the JSON pointer of the offending value; nothing is
// silently dropped or half-loaded. Saving and loading again gives an equal mandate. The
// JSON-value forms (to_json, mandate_from_json) are in mandat/json.hpp.
#pragma once

#include <string>
#include <string_view>

#include "mandat/limits.hpp"
#include "mandat/mandate.hpp"

namespace mandat {

// The value of the "format" member of every mandate document this version reads and writes.
inline constexpr const char* mandate_format = "mandat.mandate/1";

// Loads and validates (validate()) a mandate document.
mandate load_mandate(std::string_view json_text, const load_limits& limits = {});
mandate load_mandate_file(const std::string& path, const load_limits& limits = {});

// Two-space indented JSON text, UTF-8, ending in a newline.
std::string dump_mandate(const mandate& m);
void save_mandate_file(const mandate& m, const std::string& path);

}  // namespace mandat
