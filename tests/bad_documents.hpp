// Shared by the document tests: a table of bad documents, each with the error it must get.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "mandat/error.hpp"

struct bad_document {
    const char* name;
    std::string text;
    const char* id;       // the error id
    const char* pointer;  // the JSON pointer it names
    const char* says;     // part of the message
};

// Loads each document with `load` and checks that it is rejected as the table says.
template <class Load>
void check_bad_documents(const std::vector<bad_document>& cases, Load load) {
    for (const auto& c : cases) {
        INFO(c.name);
        bool rejected = false;
        try {
            load(c.text);
        } catch (const mandat::document_error& e) {
            rejected = true;
            CHECK(e.id() == c.id);
            CHECK(e.pointer() == c.pointer);
            CHECK_THAT(e.what(), Catch::Contains(c.says));
            CHECK_THAT(e.what(), Catch::StartsWith(std::string(*c.pointer ? "at " : "at the document root") + c.pointer));
        }
        CHECK(rejected);
    }
}
