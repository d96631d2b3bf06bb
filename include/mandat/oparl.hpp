// mandat/oparl.hpp - a mandate and a roster as a static OParl 1.1 endpoint.
//
// A tree of JSON files that a static web server can serve as it is: the System, one Body for
// the partnership, an Organization per organisation and per body, a Person per person, a
// Membership per appointment, a Meeting per meeting and a LegislativeTerm for the mandate's
// period, with the Body's lists (organizations, persons, meetings, memberships, papers,
// legislative terms) as unpaged external lists. Every object's id is its URL: the caller's
// base URL followed by the file's path (e.g. "person/p-ks1.json"), so every link points at a
// file of the tree. The mapping and the choices are in docs/formats.md.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"

namespace mandat {

// The tree: relative file path ("system.json", "body/<id>.json", ...) -> the object or list.
// `base_url` ends in "/" (one is added otherwise). Throws query_error for an empty base URL.
std::map<std::string, nlohmann::json> oparl_tree(const mandate& m, const roster& r, std::string base_url);

// Writes the tree under `folder` (created when missing), each file atomically.
void write_oparl(const mandate& m, const roster& r, const std::string& folder, const std::string& base_url);

// The UTC offset of Europe/Oslo at local midnight starting day `d`: "+01:00", or "+02:00" in
// summer time (from the day after the last Sunday of March up to and including the last
// Sunday of October, the rule in force since 1996).
std::string oslo_midnight_offset(date d);

}  // namespace mandat
