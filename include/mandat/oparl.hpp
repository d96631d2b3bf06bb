// mandat/oparl.hpp - a mandate and a roster as a static OParl 1.1 endpoint.
//
// A tree of JSON files that a static web server can serve as it is: the System, one Body for
// the partnership, an Organization per organisation and per body, a Person per person, a
// Membership per appointment, a Meeting per meeting and a LegislativeTerm for the mandate's
// period, with the Body's lists (organizations, persons, meetings, memberships, papers,
// legislative terms) as unpaged external lists. Every object's id is its URL: the caller's
// base URL followed by the file's path (e.g. "person/p-ks1.json"), so every link points at a
// file of the tree. The mapping and the choices are in docs/formats.md.
//
// File names: an object's file is named by its id when the id has only ASCII letters, digits,
// '-', '.' and '_' ("membership/m01.json"), else by "~" and the hexadecimal octets of its UTF-8
// (id "p 1": "person/~702031.json"). A membership or meeting without an id is named "~n" and its
// position in the roster, from 1 ("membership/~n2.json"): no id can be given that name, since
// "~" starts only hexadecimal octets, so no two objects ever share a file. A name longer than 200
// bytes is cut into folders of 200 bytes, so that every name fits a file system's 255 bytes.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "mandat/mandate.hpp"
#include "mandat/roster.hpp"

namespace mandat {

// `url` as the base URL of a tree served on the web, ending in "/" (one is added otherwise).
// Throws query_error: query.invalid_shape when it is empty; query.invalid_url unless it is an
// absolute http or https URL with a host (and at most a port: no user name), made only of the
// characters of RFC 3986 (no space, control character or non-ASCII byte), without a query or
// fragment (they would swallow the file paths after them). javascript:, data:, file: and
// scheme-relative URLs are refused.
std::string web_base_url(std::string url);

// The tree: relative file path ("system.json", "body/<id>.json", ...) -> the object or list.
// `base_url` is checked by web_base_url (query_error).
std::map<std::string, nlohmann::json> oparl_tree(const mandate& m, const roster& r, std::string base_url);

// Writes the tree as the folder `folder` through write_tree_atomic (mandat/io.hpp): the whole
// tree or nothing; an existing folder is replaced only when it is empty or an earlier tree
// (files of an earlier tree that this one does not have are gone afterwards); never through a
// link; never over one of `inputs` (the files the caller read: the mandate, the roster).
void write_oparl(const mandate& m, const roster& r, const std::string& folder, const std::string& base_url,
                 const std::vector<std::string>& inputs = {});

// The UTC offset of Europe/Oslo at local midnight starting day `d`: "+01:00", or "+02:00" in
// summer time (from the day after the last Sunday of March up to and including the last
// Sunday of October, the rule in force since 1996).
std::string oslo_midnight_offset(date d);

}  // namespace mandat
