// mandat/trondelag.hpp - the Trøndelag FoUI partnership mandate 2022-2025, embedded.
//
// The document in data/trondelag-2022.mandate.json and the Norwegian source text beside it
// are compiled into the library, so these work with no file on disk.
#pragma once

#include <string_view>

#include "mandat/mandate.hpp"

namespace mandat {

// The embedded mandate, loaded and validated once (thread-safe).
const mandate& trondelag_2022();
// The embedded mandate document, as JSON text.
std::string_view trondelag_2022_document();
// The authoritative Norwegian source text the document quotes.
std::string_view trondelag_2022_source_text();

}  // namespace mandat
