// validate() rejects broken mandates built in code with a mandat::error and its JSON pointer,
// never a std:: exception or a signal; a rotation query on a broken rotation is a query_error.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "mandat/mandat.hpp"
#include "support.hpp"

using mandat::date;

namespace {

using mandat::testing::M;

date D(const char* s) { return *mandat::parse_date(s); }

// The mandate broken by `edit` is rejected by validate() and by check_compliance() with a
// document_error of this id and pointer.
void rejected(const std::function<void(mandat::mandate&)>& edit, const char* id, const char* pointer, const char* says) {
    mandat::mandate m = M();
    edit(m);
    for (int entry = 0; entry < 2; ++entry) {
        INFO((entry == 0 ? "validate" : "check_compliance"));
        try {
            if (entry == 0)
                mandat::validate(m);
            else
                mandat::check_compliance(m, mandat::roster{});
            FAIL("accepted");
        } catch (const mandat::document_error& e) {
            CHECK(e.id() == id);
            CHECK(e.pointer() == pointer);
            CHECK_THAT(e.what(), Catch::Contains(says));
        }
    }
}

}  // namespace

TEST_CASE("validate: the embedded mandate holds together") { CHECK_NOTHROW(mandat::validate(M())); }

TEST_CASE("validate: mandates built in code are rejected with a mandat::error and a JSON pointer") {
    rejected([](auto& m) { m.rotation.order.clear(); }, "document.invalid_value", "/rotation/order",
             "the rotation needs at least one organisation");
    rejected([](auto& m) { m.rotation.order[1] = "fylket"; }, "document.unknown_reference", "/rotation/order/1",
             "unknown organisation \"fylket\"");
    rejected([](auto& m) { m.bodies[0].quotas[4].organisation_id = "kdx"; }, "document.unknown_reference",
             "/bodies/items/0/quotas/seats/4/organisation_id", "unknown organisation \"kdx\"");
    rejected([](auto& m) { m.rotation.roles[1].body_id = "styret"; }, "document.unknown_reference", "/rotation/roles/1/body_id",
             "unknown body \"styret\"");
    rejected([](auto& m) { m.bodies[1].id = m.bodies[0].id; }, "document.duplicate_id", "/bodies/items/1/id", "used twice");
    rejected([](auto& m) { m.bodies[1].quotas[2].min = 3; }, "document.inconsistent", "/bodies/items/1/quotas/seats/2/min",
             "min (3) is greater than max (2)");
    rejected([](auto& m) { m.bodies[0].quotas[0].max = 0; }, "document.invalid_value", "/bodies/items/0/quotas/seats/0/max",
             "a quota of at most 0 seats");
    rejected([](auto& m) { m.organisations[0].parent_id = "tfk"; }, "document.cycle", "/organisations/0/parent_id",
             "form a cycle");
    rejected([](auto& m) { m.rotation.first_year = 0; }, "document.out_of_range", "/rotation/first_year",
             "0 is outside the allowed range 1400..9999");
    rejected([](auto& m) { m.validity.in_force = mandat::period(D("2026-01-01"), D("2022-01-01")); }, "document.inconsistent",
             "/validity", "a first and a last day, in that order");
    rejected([](auto& m) { m.attendance.push_back(m.attendance[0]); }, "document.duplicate_id", "/attendance/1",
             "is listed twice");
    rejected([](auto& m) { m.preparation[0].prepares = m.preparation[0].body_id; }, "document.inconsistent",
             "/preparation/0/prepares", "cannot prepare its own meetings");
    rejected([](auto& m) { m.validity.cite.source = "1.1.2022 til 1.1.2027."; }, "document.misquoted", "/validity/source",
             "not found verbatim in clause \"varighet\"");
    rejected([](auto& m) { m.bodies.clear(); }, "document.invalid_value", "/bodies/items", "at least one body");
}

TEST_CASE("validate: quotes that are not lines or sentences of a long clause have a search budget") {
    // Clause "styringsgruppen" gets a line of 1 MiB; each seat below quotes "xx", which is in
    // that line but is no line or sentence of it, so each costs a search through the clause.
    auto with_seats = [](std::size_t n) {
        mandat::mandate m = M();
        for (auto& c : m.clauses)
            if (c.id == "styringsgruppen") c.text.push_back(std::string(std::size_t{1} << 20, 'x'));
        for (std::size_t i = 0; i < n; ++i) {
            mandat::organisation o;
            o.id = "o" + std::to_string(i);
            o.name = "Org " + o.id;
            m.organisations.push_back(o);
            m.bodies[0].quotas.push_back({o.id, 0, 1, "xx"});
        }
        return m;
    };
    // 200 searches of a little over 1 MiB: within the 256 MiB budget.
    CHECK_NOTHROW(mandat::validate(with_seats(200)));
    // 300: past it, refused with the pointer of the quote where the budget ran out.
    try {
        mandat::validate(with_seats(300));
        FAIL("accepted");
    } catch (const mandat::document_error& e) {
        CHECK(e.id() == std::string("document.too_complex"));
        CHECK_THAT(e.pointer(), Catch::StartsWith("/bodies/items/0/quotas/seats/2"));
        CHECK_THAT(e.what(), Catch::Contains("would read more than 268435456 bytes of clause text"));
    }
    // The embedded mandate's quotes are lines or sentences: none is searched for.
    CHECK_NOTHROW(mandat::validate(M()));
}

TEST_CASE("an empty rotation built in code is a query_error in every rotation query, never a signal") {
    mandat::mandate m = M();
    m.rotation.order.clear();
    CHECK_THROWS_AS(m.leading_organisation(2023), mandat::query_error);
    CHECK_THROWS_AS(m.leadership_in(2023), mandat::query_error);
    CHECK_THROWS_AS(m.leadership_on(D("2023-06-01")), mandat::query_error);
    CHECK_THROWS_AS(m.rotation.turn_index(2023), mandat::query_error);
}
