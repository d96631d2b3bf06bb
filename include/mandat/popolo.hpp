// mandat/popolo.hpp - a mandate and a roster as one Popolo JSON document, and a roster back.
//
// The document has the five Popolo collections: `organizations` (the partnership, its
// organisations and its bodies), `persons`, `memberships` (the appointments), `posts` (a post
// per body and organisation that a quota gives seats) and `events` (the meetings, attendees as
// person objects by id). Our roster already uses Popolo's member names, so persons and
// memberships are written as the roster document has them. The mapping, the choices and what
// survives a round trip are in docs/formats.md.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"

namespace mandat {

// The Popolo document of a mandate and a roster.
nlohmann::json to_popolo(const mandate& m, const roster& r);

// The roster in a Popolo document: `persons`, `memberships` and `events` (`organizations` and
// `posts` come from the mandate and are not read). Strict as load_roster; a document_error's
// JSON pointer names the place in the Popolo document (e.g. "/events/2/start_date").
// import(export(x)) == x for every roster.
roster roster_from_popolo(const nlohmann::json& document);

// The id of the post of `organisation_id`'s seats in body `body_id`: "post-<body>-<organisation>".
inline std::string popolo_post_id(const std::string& body_id, const std::string& organisation_id) {
    return "post-" + body_id + "-" + organisation_id;
}

}  // namespace mandat
