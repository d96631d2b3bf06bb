// mandat/roster.hpp - the roster: its values and its documents.
//
// The values (role, person, appointment, meeting, roster) are in mandat/roster_values.hpp,
// reading and writing roster documents in mandat/roster_document.hpp; this header includes
// both. Neither needs nlohmann/json: unknown members are kept as extra_members
// (mandat/extra.hpp), whose JSON form is in mandat/json.hpp.
#pragma once

#include "mandat/roster_document.hpp"
#include "mandat/roster_values.hpp"
