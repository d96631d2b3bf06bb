// diff_mandates(): the changes between two mandates, clause by clause; the word diff; the
// text and JSON forms. A diff is empty exactly when the mandates are equal.
#include <catch2/catch.hpp>

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "mandat/mandat.hpp"
#include "support.hpp"

using mandat::language;
using mandat::mandate;
using mandat::mandate_change;
using mandat::word_op;
using mandat::word_op_kind;

namespace {

mandat::date D(const char* s) { return *mandat::parse_date(s); }

using mandat::testing::M;

mandate edited(const std::function<void(mandate&)>& edit) {
    mandate m = M();
    edit(m);
    return m;
}

// The renewal draft of the issue: a new id, a draft, 2026-2029, replacing the 2022 mandate and
// carrying its text over.
mandate renewal_draft() {
    return edited([](mandate& m) {
        m.id = "trondelag-foui-2026";
        m.status = mandat::mandate_status::draft;
        m.validity.in_force = mandat::make_period(D("2026-01-01"), D("2029-12-31"));
        m.provenance = mandat::provenance{};
        m.provenance->replaces = "trondelag-foui-2022";
        for (const auto& c : m.clauses) m.provenance->carried_over.push_back(c.id);
    });
}

std::vector<std::string> kinds_of(const mandat::mandate_diff& d) {
    std::vector<std::string> out;
    for (const auto& c : d.changes) out.push_back(c.kind);
    return out;
}

const mandate_change& only(const mandat::mandate_diff& d, const std::string& kind) {
    const mandate_change* found = nullptr;
    for (const auto& c : d.changes)
        if (c.kind == kind) {
            REQUIRE(found == nullptr);
            found = &c;
        }
    REQUIRE(found != nullptr);
    return *found;
}

using opt = std::optional<std::string>;

mandat::clause& clause_of(mandate& m, const std::string& id) {
    for (auto& c : m.clauses)
        if (c.id == id) return c;
    FAIL("no clause " << id);
    throw;
}

}  // namespace

TEST_CASE("diff: a mandate diffed with itself is empty") {
    const auto d = mandat::diff_mandates(M(), M());
    CHECK(d.empty());
    CHECK(d.before_id == "trondelag-foui-2022");
    CHECK(d.after_id == "trondelag-foui-2022");
    CHECK(mandat::format_diff(d, language::en) == "trondelag-foui-2022 and trondelag-foui-2022 are the same.\n");
    CHECK(mandat::format_diff(d, language::nb) == "trondelag-foui-2022 og trondelag-foui-2022 er like.\n");
    const auto j = mandat::to_json(d);
    CHECK(j.dump() ==
          R"({"after":"trondelag-foui-2022","before":"trondelag-foui-2022","changes":[],"format":"mandat.diff/1","same":true})");
}

TEST_CASE("diff: the renewal draft differs in id, status, period and provenance only") {
    const mandate draft = renewal_draft();
    const auto d = mandat::diff_mandates(M(), draft);
    CHECK_FALSE(d.empty());
    CHECK(kinds_of(d) == std::vector<std::string>{"id", "status", "provenance", "provenance", "period"});

    const auto& id = only(d, "id");
    CHECK(id.clause.empty());
    CHECK(id.pointer == "/id");
    CHECK(id.before == opt("trondelag-foui-2022"));
    CHECK(id.after == opt("trondelag-foui-2026"));
    const auto& status = only(d, "status");
    CHECK(status.pointer == "/status");
    CHECK(status.before == opt("adopted"));
    CHECK(status.after == opt("draft"));
    const auto& period = only(d, "period");
    CHECK(period.clause == "varighet");
    CHECK(period.pointer == "/validity");
    CHECK(period.before == opt("2022-01-01..2025-12-31"));
    CHECK(period.after == opt("2026-01-01..2029-12-31"));
    CHECK(period.words.empty());
    CHECK(d.changes[2].pointer == "/provenance/replaces");
    CHECK(d.changes[2].before == std::nullopt);
    CHECK(d.changes[2].after == opt("trondelag-foui-2022"));
    CHECK(d.changes[3].pointer == "/provenance/carried_over");
    CHECK_THAT(*d.changes[3].after, Catch::StartsWith("tittel, innledning, mal,"));

    const std::string en = mandat::format_diff(d, language::en);
    CHECK_THAT(en, Catch::StartsWith("Changes from trondelag-foui-2022 to trondelag-foui-2026: 5 changes\n"));
    CHECK_THAT(en, Catch::Contains("  status [/status]: adopted -> draft\n"));
    CHECK_THAT(en, Catch::Contains("  provenance [/provenance/replaces], added: trondelag-foui-2022\n"));
    CHECK_THAT(en, Catch::Contains("  period in force [varighet /validity]: 2022-01-01..2025-12-31 -> 2026-01-01..2029-12-31\n"));
    const std::string nb = mandat::format_diff(d, language::nb);
    CHECK_THAT(nb, Catch::StartsWith("Endringer fra trondelag-foui-2022 til trondelag-foui-2026: 5 endringer\n"));
    CHECK_THAT(nb, Catch::Contains("  opphav [/provenance/replaces], lagt til: trondelag-foui-2022\n"));
    CHECK_THAT(nb, Catch::Contains("  periode i kraft [varighet /validity]: 2022-01-01..2025-12-31 -> 2026-01-01..2029-12-31\n"));

    // And back: the draft's diff to the adopted text names the same parts.
    const auto back = mandat::diff_mandates(draft, M());
    CHECK(kinds_of(back) == std::vector<std::string>{"id", "status", "provenance", "provenance", "period"});
    CHECK(back.changes[2].after == std::nullopt);
}

TEST_CASE("diff: a changed clause text gives its words, and the citation quoting it changes too") {
    const mandate after = edited([](mandate& m) {
        clause_of(m, "varighet").text = {"1.1.2026 til 1.1.2030."};
        m.validity.cite.source = "1.1.2026 til 1.1.2030.";
    });
    const auto d = mandat::diff_mandates(M(), after);
    CHECK(kinds_of(d) == std::vector<std::string>{"citation.changed", "clause.text"});
    const auto& text = only(d, "clause.text");
    CHECK(text.clause == "varighet");
    CHECK(text.pointer == "/clauses/14/text");
    CHECK(text.before == opt("1.1.2022 til 1.1.2026."));
    CHECK(text.after == opt("1.1.2026 til 1.1.2030."));
    CHECK(text.words == std::vector<word_op>{{word_op_kind::removed, "1.1.2022"},
                                             {word_op_kind::added, "1.1.2026"},
                                             {word_op_kind::same, "til"},
                                             {word_op_kind::removed, "1.1.2026."},
                                             {word_op_kind::added, "1.1.2030."}});
    const auto& cite = only(d, "citation.changed");
    CHECK(cite.pointer == "/validity");
    CHECK(cite.before == opt("varighet R11 «1.1.2022 til 1.1.2026.»"));
    const std::string en = mandat::format_diff(d, language::en);
    CHECK_THAT(en, Catch::Contains("  clause text [varighet /clauses/14/text], changed words:\n"
                                   "      [-1.1.2022-] {+1.1.2026+} til [-1.1.2026.-] {+1.1.2030.+}\n"));
    CHECK_THAT(mandat::format_diff(d, language::nb), Catch::Contains("tekst [varighet /clauses/14/text], endrede ord:"));
}

TEST_CASE("diff: the word diff") {
    using K = word_op_kind;
    CHECK(mandat::diff_words("", "").empty());
    CHECK(mandat::diff_words("a b c", "a b c") == std::vector<word_op>{{K::same, "a b c"}});
    CHECK(mandat::diff_words("a  b\tc", "a b c") == std::vector<word_op>{{K::same, "a b c"}});
    CHECK(mandat::diff_words("a b c", "a x c") ==
          std::vector<word_op>{{K::same, "a"}, {K::removed, "b"}, {K::added, "x"}, {K::same, "c"}});
    CHECK(mandat::diff_words("", "ny tekst") == std::vector<word_op>{{K::added, "ny tekst"}});
    CHECK(mandat::diff_words("gammel tekst", "") == std::vector<word_op>{{K::removed, "gammel tekst"}});
    // Line breaks are words of their own, kept without spaces around them.
    CHECK(mandat::diff_words("- 1-2 fra KS\n- 1 fra NFR", "- 1-2 fra KS\n- 2 fra NFR") ==
          std::vector<word_op>{{K::same, "- 1-2 fra KS\n-"}, {K::removed, "1"}, {K::added, "2"}, {K::same, "fra NFR"}});
    // A longest common subsequence, not the first match.
    CHECK(mandat::diff_words("a b c d e", "b c x d e a") ==
          std::vector<word_op>{{K::removed, "a"}, {K::same, "b c"}, {K::added, "x"}, {K::same, "d e"}, {K::added, "a"}});

    // Above the table's bound the middle is one removal and one addition.
    std::string big_a, big_b;
    for (int i = 0; i < 2100; ++i) {
        big_a += "a" + std::to_string(i) + " ";
        big_b += "b" + std::to_string(i) + " ";
    }
    const auto big = mandat::diff_words("start " + big_a + "end", "start " + big_b + "end");
    REQUIRE(big.size() == 4);
    CHECK(big[0] == word_op{K::same, "start"});
    CHECK(big[1].op == K::removed);
    CHECK(big[2].op == K::added);
    CHECK(big[3] == word_op{K::same, "end"});
}

TEST_CASE("diff: quotas, bodies, organisations, parties and the rotation") {
    SECTION("a quota's bounds and its quote") {
        const auto d = mandat::diff_mandates(M(), edited([](mandate& m) {
                                                 m.bodies[0].quotas[0].max = 3;
                                                 m.bodies[0].quotas[0].source = "1-3 representanter fra KS";
                                             }));
        CHECK(kinds_of(d) == std::vector<std::string>{"quota.changed", "citation.changed"});
        const auto& q = only(d, "quota.changed");
        CHECK(q.clause == "styringsgruppen");
        CHECK(q.pointer == "/bodies/items/0/quotas/seats/0");
        CHECK(q.before == opt("ks 1-2"));
        CHECK(q.after == opt("ks 1-3"));
        CHECK(only(d, "citation.changed").pointer == "/bodies/items/0/quotas/seats/0/source");
    }
    SECTION("a quota added and removed") {
        const auto d = mandat::diff_mandates(M(), edited([](mandate& m) {
                                                 m.bodies[1].quotas.pop_back();  // nfr
                                                 m.bodies[1].quotas.push_back({"kdu", 1, 1, "1 representant fra KDU"});
                                             }));
        CHECK(kinds_of(d) == std::vector<std::string>{"quota.removed", "quota.added"});
        CHECK(d.changes[0].pointer == "/bodies/items/1/quotas/seats/3");
        CHECK(d.changes[0].before == opt("nfr 1"));
        CHECK(d.changes[0].after == std::nullopt);
        CHECK(d.changes[0].clause == "arbeidsutvalget");
        CHECK(d.changes[1].after == opt("kdu 1"));
    }
    SECTION("a body removed") {
        const auto d = mandat::diff_mandates(M(), edited([](mandate& m) { m.bodies.pop_back(); }));
        CHECK(kinds_of(d) == std::vector<std::string>{"body.removed"});
        CHECK(d.changes[0].clause == "organisering");
        CHECK(d.changes[0].pointer == "/bodies/items/1");
        CHECK(d.changes[0].before == opt("arbeidsutvalget: Arbeidsutvalget"));
    }
    SECTION("meeting rules") {
        const auto d = mandat::diff_mandates(M(), edited([](mandate& m) {
                                                 m.bodies[1].meetings->maximum = 10;
                                                 m.bodies[0].meetings.reset();
                                             }));
        CHECK(kinds_of(d) == std::vector<std::string>{"meetings.removed", "meetings.changed"});
        CHECK(d.changes[0].before == opt(R"({"target": 4, "tolerance": 1})"));
        CHECK(d.changes[1].pointer == "/bodies/items/1/meetings");
        CHECK(d.changes[1].before == opt(R"({"maximum": 8})"));
        CHECK(d.changes[1].after == opt(R"({"maximum": 10})"));
    }
    SECTION("organisations renamed, added, removed; parties") {
        const auto d =
            mandat::diff_mandates(M(), edited([](mandate& m) {
                                      m.organisations[3].name = "KS i Trøndelag";
                                      m.organisations.push_back({"uni", "NTNU", std::nullopt, true, std::nullopt, std::nullopt});
                                      m.parties.organisation_ids.push_back("uni");
                                  }));
        CHECK(kinds_of(d) == std::vector<std::string>{"organisation.added", "party.added", "organisation.renamed"});
        const auto& renamed = only(d, "organisation.renamed");
        CHECK(renamed.clause == "roller.ks");
        CHECK(renamed.pointer == "/organisations/3/name");
        CHECK(renamed.before == opt("KS Trøndelag"));
        CHECK(renamed.after == opt("KS i Trøndelag"));
        CHECK(only(d, "organisation.added").after == opt("uni: NTNU"));
        CHECK(only(d, "party.added").pointer == "/parties/organisation_ids/4");
        const auto removed = mandat::diff_mandates(M(), edited([](mandate& m) { m.organisations.pop_back(); }));
        CHECK(kinds_of(removed) == std::vector<std::string>{"organisation.removed"});
        CHECK(removed.changes[0].before == opt("kdu: kommunedirektørutvalget i KS Trøndelag"));
    }
    SECTION("the rotation's order, first year and roles; the secretary rule") {
        const auto d = mandat::diff_mandates(M(), edited([](mandate& m) {
                                                 m.rotation.order = {"ks", "tfk"};
                                                 m.rotation.first_year = 2023;
                                                 m.rotation.roles.pop_back();
                                                 m.secretary.reset();
                                             }));
        CHECK(kinds_of(d) ==
              std::vector<std::string>{"rotation.order", "rotation.first_year", "rotation.role.removed", "secretary.removed"});
        CHECK(d.changes[0].before == opt("tfk, ks"));
        CHECK(d.changes[0].after == opt("ks, tfk"));
        CHECK(d.changes[0].clause == "ledelse");
        CHECK(d.changes[2].before == opt("coordinator: arbeidsutvalget"));
        CHECK(d.changes[3].clause == "arbeidsutvalget");
    }
    SECTION("attendance and preparation rules") {
        const auto d = mandat::diff_mandates(M(), edited([](mandate& m) {
                                                 m.attendance.clear();
                                                 m.preparation.clear();
                                             }));
        CHECK(kinds_of(d) == std::vector<std::string>{"attendance.removed", "preparation.removed"});
        CHECK(d.changes[0].before == opt("arbeidsutvalget -> styringsgruppen"));
        CHECK(d.changes[0].clause == "organisering");
        CHECK(d.changes[1].clause == "arbeidsutvalget");
    }
}

TEST_CASE("diff: a new title belongs to the clause that quotes it, before or after") {
    const auto d = mandat::diff_mandates(M(), edited([](mandate& m) { m.title = "Mandat for partnerskapet"; }));
    REQUIRE(kinds_of(d) == std::vector<std::string>{"title"});
    CHECK(d.changes[0].clause == "tittel");
    CHECK(d.changes[0].pointer == "/title");
    CHECK(d.changes[0].after == opt("Mandat for partnerskapet"));
}

TEST_CASE("diff: clauses added, removed, re-headed and reordered") {
    const auto d = mandat::diff_mandates(
        M(), edited([](mandate& m) {
            std::swap(m.clauses[1], m.clauses[2]);  // mal before innledning
            m.clauses[3].heading = "Deltakelse:";   // deltakelse
            m.clauses.pop_back();                   // signatur
            m.clauses.push_back(
                {"evaluering", std::string("Evaluering:"), mandat::clause_kind::information, {}, "", {"Ny tekst."}, {}});
        }));
    CHECK(kinds_of(d) == std::vector<std::string>{"order", "clause.heading", "clause.added", "clause.removed"});
    const auto& order = only(d, "order");
    CHECK(order.pointer == "/clauses");
    CHECK_THAT(*order.before, Catch::StartsWith("tittel, innledning, mal,"));
    CHECK_THAT(*order.after, Catch::StartsWith("tittel, mal, innledning,"));
    const auto& heading = only(d, "clause.heading");
    CHECK(heading.clause == "deltakelse");
    CHECK(heading.words ==
          std::vector<word_op>{{word_op_kind::removed, "Deltakelse og sammensetning:"}, {word_op_kind::added, "Deltakelse:"}});
    CHECK(only(d, "clause.added").after == opt("Evaluering:\nNy tekst."));
    CHECK(only(d, "clause.removed").pointer == "/clauses/15");
}

TEST_CASE("diff: empty exactly when the mandates are equal") {
    const std::vector<std::function<void(mandate&)>> edits = {
        [](mandate& m) { m.title = "Mandat"; },  // the clause quoting the title before: tittel
        [](mandate& m) { m.language = "en"; },
        [](mandate& m) { m.organisations[4].parent_id.reset(); },
        [](mandate& m) { m.organisations[0].party = false; },
        [](mandate& m) { m.organisations[0].role_clause = "roller"; },
        [](mandate& m) { m.organisations[0].organisation_number = "974760673"; },
        [](mandate& m) { std::swap(m.organisations[0], m.organisations[1]); },
        [](mandate& m) { std::swap(m.parties.organisation_ids[0], m.parties.organisation_ids[1]); },
        [](mandate& m) { m.parties.cite.rule = "R0"; },
        [](mandate& m) { m.bodies_cite.source = "En styringsgruppe."; },
        [](mandate& m) { m.bodies[0].name_en = "board"; },
        [](mandate& m) { m.bodies[0].established.rule = "R0"; },
        [](mandate& m) { m.bodies[0].quota_cite.clause = "organisering"; },
        [](mandate& m) { std::swap(m.bodies[0].quotas[0], m.bodies[0].quotas[1]); },
        [](mandate& m) { std::swap(m.bodies[0], m.bodies[1]); },
        [](mandate& m) { m.bodies[0].meetings->tolerance = 2; },
        [](mandate& m) { m.bodies[1].meetings->tolerance = 2; },  // a tolerance without a target
        [](mandate& m) { m.bodies[0].meetings->cite.rule = "R3"; },
        [](mandate& m) { m.attendance[0].cite.source = "Arbeidsutvalgets medlemmer deltar."; },
        [](mandate& m) {
            m.attendance.push_back({"styringsgruppen", "arbeidsutvalget", {}});
        },
        [](mandate& m) { m.preparation[0].cite.rule = ""; },
        [](mandate& m) { m.rotation.roles[0].cite.rule = "R6"; },
        [](mandate& m) { std::swap(m.rotation.roles[0], m.rotation.roles[1]); },
        [](mandate& m) { m.rotation.cite.rule = "R7"; },
        [](mandate& m) { m.secretary->cite.rule = "R9"; },
        [](mandate& m) { m.validity.cite.rule = "R1"; },
        [](mandate& m) { m.signature.signed_on = mandat::partial_date(2022, 3); },
        [](mandate& m) { m.signature.place = "Trondheim"; },
        [](mandate& m) { m.signature.signatory_ids.pop_back(); },
        [](mandate& m) { m.signature.cite.source = "februar 2022,"; },
        [](mandate& m) { m.clauses[0].kind = mandat::clause_kind::rule; },
        [](mandate& m) { m.clauses[3].rules = {}; },
        [](mandate& m) { m.clauses[3].summary_en = std::string(200, 'x'); },
        [](mandate& m) { m.clauses[2].target_year.reset(); },
        [](mandate& m) { m.clauses[1].heading.reset(); },
        [](mandate& m) { m.provenance = mandat::provenance{}; },
        [](mandate& m) {
            m.provenance = mandat::provenance{};
            m.provenance->note = std::string(300, 'n');
        },
        [](mandate& m) {
            m.provenance = mandat::provenance{};
            m.provenance->amends = "x";
            m.provenance->decided_on = mandat::partial_date(2022, 2);
            m.provenance->decided_by = {"tfk"};
        },
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        INFO("edit " << i);
        const mandate after = edited(edits[i]);
        REQUIRE(after != M());
        const auto d = mandat::diff_mandates(M(), after);
        CHECK_FALSE(d.empty());
        CHECK(mandat::diff_mandates(after, M()).changes.size() == d.changes.size());
        CHECK(mandat::diff_mandates(after, after).empty());
        for (const auto& c : d.changes) {
            INFO(c.kind << " " << c.pointer);
            CHECK(!c.pointer.empty());
            CHECK((c.before || c.after));
            // Every kind has its words in the catalogue, and every placeholder is filled.
            const std::string en = mandat::format_diff(d, language::en);
            if (c.kind.find('.') != std::string::npos) CHECK(en.find(c.kind + " [") == std::string::npos);
            CHECK(en.find("{what}") == std::string::npos);
            CHECK(en.find("{where}") == std::string::npos);
        }
    }
}

TEST_CASE("diff: broken mandates and duplicates are compared, never thrown on") {
    mandate broken = M();
    broken.organisations.push_back(broken.organisations[0]);
    broken.bodies[0].quotas.push_back(broken.bodies[0].quotas[0]);
    broken.clauses.push_back(broken.clauses[0]);
    broken.rotation.order.clear();
    broken.validity.in_force = mandat::period(D("2026-01-01"), D("2022-01-01"));
    mandat::mandate_diff d;
    REQUIRE_NOTHROW(d = mandat::diff_mandates(M(), broken));
    CHECK(only(d, "organisation.added").pointer == "/organisations/5");
    CHECK(only(d, "quota.added").pointer == "/bodies/items/0/quotas/seats/5");
    CHECK(only(d, "clause.added").pointer == "/clauses/16");
    CHECK(only(d, "rotation.order").after == opt(""));
    CHECK(only(d, "period").after == opt("2026-01-01..2021-12-31"));
    CHECK_NOTHROW(mandat::diff_mandates(mandate{}, M()));
    CHECK_NOTHROW(mandat::diff_mandates(M(), mandate{}));
    CHECK(mandat::diff_mandates(mandate{}, mandate{}).empty());
}

TEST_CASE("diff: the JSON contract mandat.diff/1 and back") {
    const auto d = mandat::diff_mandates(M(), edited([](mandate& m) {
                                             m.id = "neste";
                                             clause_of(m, "varighet").text = {"1.1.2026 til 1.1.2030."};
                                         }));
    const auto j = mandat::to_json(d);
    CHECK(j["format"] == "mandat.diff/1");
    CHECK(j["before"] == "trondelag-foui-2022");
    CHECK(j["after"] == "neste");
    CHECK(j["same"] == false);
    REQUIRE(j["changes"].size() == 2);
    CHECK(j["changes"][0].dump() ==
          R"({"after":"neste","before":"trondelag-foui-2022","clause":null,"kind":"id","pointer":"/id","words":null})");
    CHECK(j["changes"][1]["clause"] == "varighet");
    CHECK(j["changes"][1]["words"][0].dump() == R"({"op":"removed","text":"1.1.2022"})");
    CHECK(mandat::mandate_diff_from_json(j) == d);
    CHECK(mandat::mandate_diff_from_json(mandat::parse_json(j.dump())) == d);

    auto bad = j;
    bad["same"] = true;
    CHECK_THROWS_WITH(mandat::mandate_diff_from_json(bad), Catch::Contains("\"same\" is true but changes are listed"));
    bad = j;
    bad["changes"][1]["words"][0]["op"] = "moved";
    try {
        mandat::mandate_diff_from_json(bad);
        FAIL("accepted");
    } catch (const mandat::document_error& e) {
        CHECK(e.pointer() == "/changes/1/words/0/op");
    }
    bad = j;
    bad["format"] = "mandat.diff/2";
    CHECK_THROWS_AS(mandat::mandate_diff_from_json(bad), mandat::document_error);
}
