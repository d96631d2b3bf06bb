// Histories within the limits: what an amendment's JSON Patch builds is held to the limits of
// an input document (mandat/limits.hpp) as it is built, and fails with the operation's pointer;
// which version is the latest and which is the nearest, by time; renewal's derived id and its
// anniversary of 29 February. Expected values are worked out by hand from the example mandate
// (support.hpp) and stated beside each check.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "cli_run.hpp"
#include "mandat/mandat.hpp"
#include "support.hpp"

using mandat::date;
using nlohmann::json;

namespace {

using mandat::testing::M;
date D(const char* s) { return *mandat::parse_date(s); }

// A history of the example mandate and one amendment of it written as `patch`, in force from
// 2023 (the amended version then ends on 2022-12-31).
std::string amended_by(const json& patch) {
    json amendment{{"id", "a1"}, {"amends", M().id}, {"from", "2023-01-01"}, {"patch", patch}};
    json h{{"format", "mandat.history/1"}, {"id", "h"}, {"title", "t"}};
    h["versions"] = json::array({json{{"mandate", json::parse(mandat::dump_mandate(M()))}}, amendment});
    return h.dump();
}

json ops(std::size_t n, const json& op) { return json(std::vector<json>(n, op)); }

mandat::document_error load_error(const std::string& text, const mandat::load_limits& limits = {}) {
    try {
        mandat::load_history(text, limits);
    } catch (const mandat::document_error& e) {
        return e;
    }
    FAIL("accepted");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("a patch that copies a value into itself fails at the operation over the size limit") {
    // Each copy of /clauses into /clauses/- doubles the clauses (about 12 KB written compactly,
    // with the rest of the mandate about 17 KB): after operation k they are about 12 KB * 2^k,
    // so with a limit of 1 MiB operation 6 (12 KB * 2^7 = 1.5 MB) is the first over it. Nothing
    // over the limit is built: the error comes before the copy is made.
    mandat::load_limits limits;
    limits.max_bytes = std::size_t{1} << 20;
    const auto e = load_error(amended_by(ops(12, {{"op", "copy"}, {"from", "/clauses"}, {"path", "/clauses/-"}})), limits);
    CHECK(e.id() == "document.too_large");
    CHECK(e.pointer() == "/versions/1/patch/6");
    CHECK(e.detail() == "the operation would make the amended document larger than the limit of 1048576 bytes");
}

TEST_CASE("forty copies of the clauses into themselves fail within the default limits, not with std::bad_alloc") {
    // The reproduced crash (std::bad_alloc escaping a noexcept destructor, exit 134). With the
    // default limits the history's budget (8 MiB: the document is under 512 KiB, 16 times which
    // is less) comes before the limit of a document (256 MiB): the amended document may grow by
    // 8 MiB, and operation 9 is the first over it (12 KB * 2^10 = 12.3 MB; after operation 8 the
    // clauses are 12 KB * 2^9 = 6.2 MB).
    const auto big = load_error(amended_by(ops(40, {{"op", "copy"}, {"from", "/clauses"}, {"path", "/clauses/-"}})));
    CHECK(big.id() == "document.too_large");
    CHECK(big.pointer() == "/versions/1/patch/9");
    CHECK(big.detail() ==
          "the operation would take what this history's patches add past their budget of 8388608 bytes (16 times the "
          "history document, at least 8388608); write a large version out in full instead of as a patch");
}

TEST_CASE("the budget of what patches build grows with the history document, 16 bytes per byte") {
    // The same copies in a document padded to 1 MiB: the budget is 16 MiB, and operation 10 is
    // the first over it (12 KB * 2^11 = 24.6 MB; after operation 9, 12.3 MB). The amplification
    // of the hostile-input review (a patch of 1.5 KB that built 344 MB) is bounded the same way.
    std::string padded = amended_by(ops(40, {{"op", "copy"}, {"from", "/clauses"}, {"path", "/clauses/-"}}));
    padded.append((std::size_t{1} << 20) - padded.size(), ' ');
    const auto e = load_error(padded);
    CHECK(e.id() == "document.too_large");
    CHECK(e.pointer() == "/versions/1/patch/10");
    CHECK(e.detail().find("past their budget of 16777216 bytes") != std::string::npos);
}

TEST_CASE("what patches add is spent across the history; a long chain that adds nothing is not refused") {
    // The first version's clause 0 gets a line of 60,000 bytes; each amendment (a draft, each
    // amending the one before) copies that line to the end of the clause's text 15 times. A
    // copy adds 60,003 bytes (the string with its quotes and a comma), and over the history the
    // copies add up: copy n (counted from 1 over the whole history) reaches n * 60,003 bytes,
    // over the budget of 8,388,608 bytes first for n = 140 (139 * 60,003 = 8,340,417). Copy 140
    // is operation 4 (from 0) of the tenth amendment, /versions/10 (copies 136 to 150).
    json first = json::parse(mandat::dump_mandate(M()));
    first["clauses"][0]["text"].push_back(std::string(60000, 'x'));
    const std::string last = "/clauses/0/text/" + std::to_string(first["clauses"][0]["text"].size() - 1);
    json h{{"format", "mandat.history/1"}, {"id", "h"}, {"title", "t"}};
    h["versions"] = json::array({json{{"mandate", first}}});
    for (int i = 1; i <= 12; ++i)
        h["versions"].push_back({{"id", "a" + std::to_string(i)},
                                 {"amends", i == 1 ? M().id : "a" + std::to_string(i - 1)},
                                 {"status", "draft"},
                                 {"patch", ops(15, {{"op", "copy"}, {"from", last}, {"path", "/clauses/0/text/-"}})}});
    REQUIRE(h.dump().size() * 16 < (std::size_t{8} << 20));  // the budget is the floor
    const auto e = load_error(h.dump());
    CHECK(e.id() == "document.too_large");
    CHECK(e.pointer() == "/versions/10/patch/4");
    // A chain of 1,000 amendments that add nothing builds 1,000 whole versions (15 MB written
    // compactly in all) and is loaded: only what a patch adds is spent.
    json chain{{"format", "mandat.history/1"}, {"id", "h"}, {"title", "t"}};
    chain["versions"] = json::array({json{{"mandate", json::parse(mandat::dump_mandate(M()))}}});
    for (int i = 1; i <= 1000; ++i)
        chain["versions"].push_back({{"id", "a" + std::to_string(i)},
                                     {"amends", i == 1 ? M().id : "a" + std::to_string(i - 1)},
                                     {"status", "draft"},
                                     {"patch", json::array()}});
    CHECK(mandat::load_history(chain.dump()).versions().size() == 1001);
}

TEST_CASE("copying and removing a large value again and again spends the history's budget of work") {
    // The reviewer's shape: a value made large by a few operations, then copied and removed
    // again and again (the document never grows, so the budget of size never stops it; a 22 KB
    // history ran for 47 s). Every value an operation visits is work: a copy visits its value
    // twice (its depth, then its size), a remove once. /x is the clauses (n values), doubled 8
    // times by copying /x into itself (x values each time, twice); then pairs copy /x to /y and
    // remove /y. The budget is 2^21 values (the document is small, 8 times its size is less);
    // the first check past it names its operation. With n = 160 that is the copy of pair 16,
    // operation 41 (81,920 values for /x, 122,880 for each pair).
    std::size_t n = 0;
    std::function<void(const json&)> walk = [&](const json& v) {
        ++n;
        if (v.is_structured())
            for (const auto& x : v) walk(x);
    };
    walk(json::parse(mandat::dump_mandate(M()))["clauses"]);
    const std::size_t budget = std::size_t{1} << 21;
    json patch = json::array({{{"op", "copy"}, {"from", "/clauses"}, {"path", "/x"}}});
    std::size_t work = 2 * n, x = n;
    for (int i = 0; i < 8; ++i) {
        patch.push_back({{"op", "copy"}, {"from", "/x"}, {"path", "/x/-"}});
        work += 2 * x;
        x *= 2;
    }
    REQUIRE(work <= budget);
    std::size_t op = 0;
    for (std::size_t k = 0; op == 0; ++k) {
        const std::size_t copy = patch.size(), remove = copy + 1;
        patch.push_back({{"op", "copy"}, {"from", "/x"}, {"path", "/y"}});
        patch.push_back({{"op", "remove"}, {"path", "/y"}});
        if (work + x > budget || work + 2 * x > budget)
            op = copy;
        else if (work + 3 * x > budget)
            op = remove;
        work += 3 * x;
    }
    for (int i = 0; i < 10; ++i) patch.push_back(patch[patch.size() - 2]);
    const auto e = load_error(amended_by(patch));
    CHECK(e.id() == "document.too_complex");
    CHECK(e.pointer() == "/versions/1/patch/" + std::to_string(op));
    CHECK(e.detail() ==
          "the operation would take the values this history's patches measure, copy or move past their budget of "
          "2097152 (8 per byte of the history document, at least 2097152)");
}

TEST_CASE("a patch that moves a value deeper each step fails at the operation over the depth limit") {
    // /n0 is [], then for each i: add /ni = [] (operation 2i-1) and move /n(i-1) to /ni/0
    // (operation 2i). /n(i-1) nests i arrays, placed under two tokens: 2 + i levels, over the
    // limit of 32 first for i = 31, operation 62. (Before: 40,000 steps ran for minutes and
    // ended in SIGSEGV.)
    json patch = json::array({{{"op", "add"}, {"path", "/n0"}, {"value", json::array()}}});
    for (int i = 1; i < 200; ++i) {
        patch.push_back({{"op", "add"}, {"path", "/n" + std::to_string(i)}, {"value", json::array()}});
        patch.push_back({{"op", "move"}, {"from", "/n" + std::to_string(i - 1)}, {"path", "/n" + std::to_string(i) + "/0"}});
    }
    const auto e = load_error(amended_by(patch));
    CHECK(e.id() == "document.too_deep");
    CHECK(e.pointer() == "/versions/1/patch/62");
    CHECK(e.detail() == "the operation would nest the amended document deeper than the limit of 32 levels");
    // A value added deeper than the limit fails the same way, as the same value read from text.
    json deep = json::array();
    for (int i = 0; i < 40; ++i) deep = json::array({deep});
    const auto added = load_error(amended_by(json::array({{{"op", "add"}, {"path", "/x"}, {"value", deep}}})));
    CHECK(added.id() == "document.too_deep");
}

TEST_CASE("the size a patch takes away is counted off: copies removed and values moved back and forth stay within") {
    // 300 copies of the clauses, each removed again, would be 300 * 12 KB = 3.6 MB if what a
    // remove takes away were not subtracted; at any moment the document is under 30 KB.
    mandat::load_limits limits;
    limits.max_bytes = std::size_t{1} << 20;
    json patch = json::array();
    for (int i = 0; i < 300; ++i) {
        patch.push_back({{"op", "copy"}, {"from", "/clauses"}, {"path", "/x"}});
        patch.push_back({{"op", "remove"}, {"path", "/x"}});
        patch.push_back({{"op", "move"}, {"from", "/clauses"}, {"path", "/y"}});
        patch.push_back({{"op", "move"}, {"from", "/y"}, {"path", "/clauses"}});
    }
    const auto h = mandat::load_history(amended_by(patch), limits);
    REQUIRE(h.versions().size() == 2);
    CHECK(h.versions()[1].m.clauses == M().clauses);
    CHECK(h.versions()[1].m.id == "a1");
}

TEST_CASE("an operation that does not apply is named as before, and RFC 6902's rules hold") {
    auto fails = [](const json& patch) { return load_error(amended_by(patch)); };
    auto e = fails(json::array({{{"op", "remove"}, {"path", "/no/such/place"}}}));
    CHECK(e.id() == "document.invalid_value");
    CHECK(e.pointer() == "/versions/1/patch");
    CHECK(e.detail() == "the patch does not apply to \"trondelag-foui-2022\": the path \"/no\" does not exist");
    e = fails(json::array({{{"op", "move"}, {"from", "/clauses"}, {"path", "/clauses/0"}}}));
    CHECK(e.detail() ==
          "the patch does not apply to \"trondelag-foui-2022\": a value cannot be moved into itself (\"/clauses\")");
    e = fails(json::array({{{"op", "test"}, {"path", "/id"}, {"value", "other"}}}));
    CHECK(e.detail() ==
          "the patch does not apply to \"trondelag-foui-2022\": the test of \"/id\" failed (the value there differs)");
    e = fails(json::array({{{"op", "merge"}, {"path", "/id"}}}));
    CHECK(e.detail() ==
          "the patch does not apply to \"trondelag-foui-2022\": \"merge\" is not an operation (add, remove, "
          "replace, move, copy or test)");
    // A test that holds, a title replaced and a name copied apply as RFC 6902 says.
    const auto h = mandat::load_history(amended_by(json::array({
        {{"op", "test"}, {"path", "/id"}, {"value", M().id}},
        {{"op", "replace"}, {"path", "/title"}, {"value", "Ny tittel"}},
        {{"op", "copy"}, {"from", "/organisations/0/name"}, {"path", "/organisations/1/name"}},
    })));
    CHECK(h.versions()[1].m.title == "Ny tittel");
    CHECK(h.versions()[1].m.organisations[1].name == M().organisations[0].name);
}

TEST_CASE("the latest version is the latest in time, not the last listed") {
    auto later = mandat::renew(M(), D("2026-01-01"), 4);
    later.status = mandat::mandate_status::adopted;
    // Listed later first: the latest in time is still trondelag-foui-2026 (in force 2026-2029).
    const mandat::history h("h", "t", {{later, std::nullopt, {}}, {M(), std::nullopt, {}}});
    CHECK(h.latest().m.id == "trondelag-foui-2026");
    CHECK(h.version_for(D("2031-01-01")).m.id == "trondelag-foui-2026");
    CHECK(h.version_for(D("2023-01-01")).m.id == "trondelag-foui-2022");
}

TEST_CASE("extrapolating in a gap between versions uses the version in force most recently before the day") {
    // trondelag-foui-2022 in force 2022-2025 (2022 tfk, then ks, tfk, ks); a renewal from 2028
    // whose rotation starts with ks in 2028. 2026-2027 is a gap: the nearest version is the one
    // in force most recently before, trondelag-foui-2022, whose rotation gives 2026 tfk and
    // 2027 ks. (Before: the last version, trondelag-foui-2028, which gives 2026 ks.)
    auto later = mandat::renew(M(), D("2028-01-01"), 4);
    later.status = mandat::mandate_status::adopted;
    later.rotation.first_year = 2028;
    later.rotation.order = {"ks", "tfk"};
    const mandat::history h("h", "t", {{M(), std::nullopt, {}}, {later, std::nullopt, {}}});
    const auto on = h.leadership_on(D("2026-06-01"), true);
    REQUIRE(on);
    CHECK(on->version == "trondelag-foui-2022");
    CHECK(on->leadership.organisation_id == "tfk");
    CHECK(on->leadership.extrapolated);
    const auto in = h.leadership_in(2027, true);
    REQUIRE(in);
    CHECK(in->version == "trondelag-foui-2022");
    CHECK(in->leadership.organisation_id == "ks");
    // Before every version: the first one; after every version: the last in force.
    CHECK(h.leadership_in(2020, true)->version == "trondelag-foui-2022");
    CHECK(h.leadership_in(2033, true)->version == "trondelag-foui-2028");
}

TEST_CASE("renew from 29 February: the term ends on 28 February of a common year") {
    const auto one = mandat::renew(M(), D("2024-02-29"), 1, "x");
    CHECK(one.first_day() == D("2024-02-29"));
    CHECK(one.last_day() == D("2025-02-28"));
    // Four years on is a leap year again: the day before 29 February.
    CHECK(mandat::renew(M(), D("2024-02-29"), 4, "x").last_day() == D("2028-02-28"));
    const auto cli = mandat::testing::run_cli({"renew", "--from", "2024-02-29", "--years", "1"});
    CHECK(cli.code == 0);
    CHECK(mandat::load_mandate(cli.out).last_day() == D("2025-02-28"));
}

TEST_CASE("renew from 1 January of 9999 ends on 9999-12-31; one day later it is refused") {
    const auto last = mandat::renew(M(), D("9999-01-01"), 1, "x");
    CHECK(last.first_day() == D("9999-01-01"));
    CHECK(last.last_day() == D("9999-12-31"));
    CHECK(mandat::renew(M(), D("9996-01-01"), 4, "x").last_day() == D("9999-12-31"));
    CHECK_THROWS_WITH(mandat::renew(M(), D("9999-01-02"), 1, "x"), Catch::Contains("10000"));
    CHECK_THROWS_WITH(mandat::renew(M(), D("9999-01-01"), 2, "x"), Catch::Contains("10000"));
}

TEST_CASE("renew refuses a new id over the limit of an id rather than write a draft that cannot be loaded") {
    mandat::mandate m = M();
    m.id = std::string(256, 'a');  // at the limit; the derived id appends "-2026"
    try {
        (void)mandat::renew(m, D("2026-01-01"), 4);
        FAIL("accepted");
    } catch (const mandat::query_error& e) {
        CHECK(e.id() == "query.out_of_range");
        CHECK(std::string(e.what()).find("has 261 bytes, more than the limit of 256 for an id") != std::string::npos);
    }
    CHECK_THROWS_AS(mandat::renew(M(), D("2026-01-01"), 4, std::string(257, 'b')), mandat::query_error);
    // At the limit it is written and loads back.
    const auto draft = mandat::renew(M(), D("2026-01-01"), 4, std::string(256, 'b'));
    CHECK(mandat::load_mandate(mandat::dump_mandate(draft)).id == std::string(256, 'b'));
}
