// The Trøndelag mandate's rules, clause by clause (mandat/mandate.hpp):
//   in_force, first_day, last_day, in_force_in_year          (varighet, R11)
//   leading_organisation(year|date), leadership_in            (ledelse, R6/R7; arbeidsutvalget, R10)
//   parties, organisations                                    (deltakelse, R1)
//   quotas, check_composition                                 (styringsgruppen R5, arbeidsutvalget R9)
//   meeting_rule, attendance, preparation                     (organisering R2-R4, arbeidsutvalget R8)
#include <catch2/catch.hpp>

#include "mandat/mandat.hpp"
#include "support.hpp"

using mandat::composition;
using mandat::date;

namespace {
using mandat::testing::M;
}  // namespace

TEST_CASE("varighet R11: in force 2022-01-01 to 2025-12-31, boundary days", "[R11]") {
    CHECK_FALSE(M().in_force(date(2021, 12, 31)));
    CHECK(M().in_force(date(2022, 1, 1)));
    CHECK(M().in_force(date(2023, 7, 15)));
    CHECK(M().in_force(date(2025, 12, 31)));
    CHECK_FALSE(M().in_force(date(2026, 1, 1)));
    CHECK_FALSE(M().in_force(date(2026, 11, 28)));  // the day this was written: expired
    CHECK(M().first_day() == date(2022, 1, 1));
    CHECK(M().last_day() == date(2025, 12, 31));
    CHECK(M().validity.cite.clause == "varighet");
    CHECK(M().validity.cite.rule == "R11");
    CHECK(M().validity.cite.source == "1.1.2022 til 1.1.2026.");
    CHECK_FALSE(M().in_force_in_year(2021));
    CHECK(M().in_force_in_year(2022));
    CHECK(M().in_force_in_year(2025));
    CHECK_FALSE(M().in_force_in_year(2026));
}

TEST_CASE("signatur: signed February 2022, kept apart from the period in force") {
    const auto& s = M().signature;
    CHECK(s.signed_on == mandat::partial_date(2022, 2));
    CHECK(s.signed_on.get_precision() == mandat::partial_date::precision::month);
    CHECK(s.place == "Steinkjer/Trondheim");
    CHECK(s.signatory_ids == std::vector<std::string>{"tfk", "sf", "nfr", "ks"});
    // In force from 1 January, before it was signed.
    CHECK(M().first_day() < s.signed_on.earliest());
}

TEST_CASE("ledelse R6: tfk 2022, ks 2023, tfk 2024, ks 2025", "[R6]") {
    CHECK(M().leading_organisation(2022) == std::optional<std::string>("tfk"));
    CHECK(M().leading_organisation(2023) == std::optional<std::string>("ks"));
    CHECK(M().leading_organisation(2024) == std::optional<std::string>("tfk"));
    CHECK(M().leading_organisation(2025) == std::optional<std::string>("ks"));
    CHECK(M().rotation.cite.clause == "ledelse");
    CHECK(M().rotation.cite.rule == "R6");
}

TEST_CASE("ledelse R6: the turn changes on 1 January", "[R6]") {
    CHECK(M().leading_organisation(date(2022, 1, 1)) == std::optional<std::string>("tfk"));
    CHECK(M().leading_organisation(date(2022, 12, 31)) == std::optional<std::string>("tfk"));
    CHECK(M().leading_organisation(date(2023, 1, 1)) == std::optional<std::string>("ks"));
    CHECK(M().leading_organisation(date(2025, 12, 31)) == std::optional<std::string>("ks"));
}

TEST_CASE("varighet R11: no leader outside the period unless extrapolation is asked for", "[R11]") {
    CHECK_FALSE(M().leading_organisation(2021));
    CHECK_FALSE(M().leading_organisation(2026));
    CHECK_FALSE(M().leading_organisation(date(2021, 12, 31)));
    CHECK_FALSE(M().leading_organisation(date(2026, 1, 1)));
    CHECK_FALSE(M().leadership_in(2026));

    auto in = M().leadership_in(2024);
    REQUIRE(in);
    CHECK(in->organisation_id == "tfk");
    CHECK(in->in_force);
    CHECK_FALSE(in->extrapolated);

    auto y2026 = M().leadership_in(2026, true);
    REQUIRE(y2026);
    CHECK(y2026->organisation_id == "tfk");  // even years: tfk
    CHECK(y2026->extrapolated);
    CHECK_FALSE(y2026->in_force);
    auto y2027 = M().leadership_in(2027, true);
    REQUIRE(y2027);
    CHECK(y2027->organisation_id == "ks");
    auto y2021 = M().leadership_in(2021, true);
    REQUIRE(y2021);
    CHECK(y2021->organisation_id == "ks");  // backwards too: odd years ks
    CHECK(y2021->extrapolated);
    CHECK_THROWS_AS(M().leadership_in(12000, true), mandat::query_error);
}

TEST_CASE("ledelse R7 and arbeidsutvalget R10: the leading organisation fills leader, coordinator and secretary", "[R7][R10]") {
    REQUIRE(M().rotation.roles.size() == 2);
    CHECK(M().rotation.roles[0].role == "leader");
    CHECK(M().rotation.roles[0].body_id == "styringsgruppen");
    CHECK(M().rotation.roles[1].role == "coordinator");
    CHECK(M().rotation.roles[1].body_id == "arbeidsutvalget");
    CHECK(M().rotation.roles[1].cite.clause == "ledelse");
    CHECK(M().rotation.roles[1].cite.rule == "R7");
    REQUIRE(M().secretary);
    CHECK(M().secretary->cite.clause == "arbeidsutvalget");
    CHECK(M().secretary->cite.rule == "R10");
    CHECK(M().secretary->cite.source == "Den organisasjonen som har ledelsen, stiller med sekretær.");
}

TEST_CASE("deltakelse R1: exactly four parties; kdu belongs to ks and is no party", "[R1]") {
    CHECK(M().parties.organisation_ids == std::vector<std::string>{"sf", "tfk", "nfr", "ks"});
    CHECK(M().parties.cite.clause == "deltakelse");
    CHECK(M().organisations.size() == 5);
    const auto* kdu = M().find_organisation("kdu");
    REQUIRE(kdu);
    CHECK_FALSE(kdu->party);
    CHECK(kdu->parent_id == std::optional<std::string>("ks"));
    CHECK(kdu->name == "kommunedirektørutvalget i KS Trøndelag");
    for (const char* id : {"tfk", "sf", "nfr", "ks"}) {
        const auto* o = M().find_organisation(id);
        REQUIRE(o);
        CHECK(o->party);
    }
    CHECK(M().organisation_name("nfr") == "Forskningsrådet region Trøndelag");
}

namespace {
struct bounds {
    const char* org;
    unsigned min;
    unsigned max;
};
void check_quotas(const std::string& body, std::initializer_list<bounds> expected) {
    const auto& qs = M().quotas(body);
    REQUIRE(qs.size() == expected.size());
    for (const auto& e : expected) {
        const auto* q = M().get_body(body).quota_for(e.org);
        INFO(body << " " << e.org);
        REQUIRE(q);
        CHECK(q->min == e.min);
        CHECK(q->max == e.max);
    }
}
}  // namespace

TEST_CASE("styringsgruppen R5: ks 1-2, tfk 1-2, sf 1-2, nfr 1, kdu 1; size 5-8", "[R5]") {
    check_quotas("styringsgruppen", {{"ks", 1, 2}, {"tfk", 1, 2}, {"sf", 1, 2}, {"nfr", 1, 1}, {"kdu", 1, 1}});
    CHECK(M().get_body("styringsgruppen").min_size() == 5);
    CHECK(M().get_body("styringsgruppen").max_size() == 8);
    CHECK(M().get_body("styringsgruppen").quota_for("ks")->source == "1-2 representanter fra KS");
}

TEST_CASE("arbeidsutvalget R9: tfk 1-2, ks 1-2, sf 1-2, nfr 1; kdu has no seat; size 4-7", "[R9]") {
    check_quotas("arbeidsutvalget", {{"tfk", 1, 2}, {"ks", 1, 2}, {"sf", 1, 2}, {"nfr", 1, 1}});
    CHECK(M().get_body("arbeidsutvalget").quota_for("kdu") == nullptr);
    CHECK(M().get_body("arbeidsutvalget").min_size() == 4);
    CHECK(M().get_body("arbeidsutvalget").max_size() == 7);
}

TEST_CASE("organisering R2/R3: about 4 steering-group meetings, at most 8 working-committee meetings", "[R2][R3]") {
    const auto& sg = M().meeting_rule("styringsgruppen");
    REQUIRE(sg);
    CHECK(sg->target == std::optional<unsigned>(4));
    CHECK(sg->tolerance == 1u);
    CHECK_FALSE(sg->maximum);
    CHECK(sg->cite.rule == "R2");
    CHECK(sg->cite.source == "Styringsgruppen har ca 4 møter i året.");
    const auto& au = M().meeting_rule("arbeidsutvalget");
    REQUIRE(au);
    CHECK_FALSE(au->target);
    CHECK(au->maximum == std::optional<unsigned>(8));
    CHECK(au->cite.rule == "R3");
    CHECK(au->cite.source == "Arbeidsutvalget har inntil 8 møter i året.");
}

TEST_CASE("organisering R4 and arbeidsutvalget R8: attendance and preparation", "[R4][R8]") {
    REQUIRE(M().attendance.size() == 1);
    CHECK(M().attendance[0].members_of == "arbeidsutvalget");
    CHECK(M().attendance[0].attend == "styringsgruppen");
    CHECK(M().attendance[0].cite.source == "Arbeidsutvalgets medlemmer deltar i styringsgruppens møter.");
    REQUIRE(M().preparation.size() == 1);
    CHECK(M().preparation[0].body_id == "arbeidsutvalget");
    CHECK(M().preparation[0].prepares == "styringsgruppen");
    CHECK(M().preparation[0].cite.rule == "R8");
}

namespace {
std::vector<std::string> codes_of(const std::vector<mandat::finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.code + ":" + f.organisation);
    return out;
}
}  // namespace

TEST_CASE("styringsgruppen R5: the smallest and the largest valid compositions", "[R5]") {
    CHECK(M().check_composition("styringsgruppen", {{"ks", 1}, {"tfk", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}}).empty());
    CHECK(M().check_composition("styringsgruppen", {{"ks", 2}, {"tfk", 2}, {"sf", 2}, {"nfr", 1}, {"kdu", 1}}).empty());
}

TEST_CASE("styringsgruppen R5: one above the maximum of each organisation", "[R5]") {
    const composition ok{{"ks", 1}, {"tfk", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}};
    for (const auto& [org, max] :
         std::vector<std::pair<std::string, int>>{{"ks", 2}, {"tfk", 2}, {"sf", 2}, {"nfr", 1}, {"kdu", 1}}) {
        composition c = ok;
        c[org] = max + 1;
        auto fs = M().check_composition("styringsgruppen", c);
        INFO(org);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].code == "quota.above_max");
        CHECK(fs[0].severity == mandat::severity::error);
        CHECK(fs[0].clause == "styringsgruppen");
        CHECK(fs[0].rule == "R5");
        CHECK(fs[0].body == "styringsgruppen");
        CHECK(fs[0].organisation == org);
        CHECK(fs[0].source == M().get_body("styringsgruppen").quota_for(org)->source);
        CHECK_FALSE(fs[0].start_date);
    }
}

TEST_CASE("styringsgruppen R5: one below the minimum of each organisation", "[R5]") {
    for (const char* org : {"ks", "tfk", "sf", "nfr", "kdu"}) {
        composition c{{"ks", 1}, {"tfk", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}};
        c[org] = 0;
        auto fs = M().check_composition("styringsgruppen", c);
        INFO(org);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].code == "quota.below_min");
        CHECK(fs[0].organisation == org);
    }
    // Left out counts as 0: an empty steering group misses all five.
    CHECK(codes_of(M().check_composition("styringsgruppen", {})) ==
          std::vector<std::string>{"quota.below_min:ks", "quota.below_min:tfk", "quota.below_min:sf", "quota.below_min:nfr",
                                   "quota.below_min:kdu"});
}

TEST_CASE("styringsgruppen R5: the message says what and how many, in English and Norwegian", "[R5]") {
    composition c{{"ks", 3}, {"tfk", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}};
    CHECK(M().check_composition("styringsgruppen", c)[0].message ==
          "KS Trøndelag has 3 representatives in Styringsgruppen; the mandate allows at most 2.");
    CHECK(M().check_composition("styringsgruppen", c, mandat::language::nb)[0].message ==
          "KS Trøndelag har 3 representanter i Styringsgruppen; mandatet tillater høyst 2.");
}

TEST_CASE("arbeidsutvalget R9: kdu holds no seat; unknown organisations are named (R1)", "[R9][R1]") {
    composition c{{"tfk", 1}, {"ks", 1}, {"sf", 1}, {"nfr", 1}, {"kdu", 1}};
    auto fs = M().check_composition("arbeidsutvalget", c);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == "quota.no_seat");
    CHECK(fs[0].organisation == "kdu");
    CHECK(fs[0].clause == "arbeidsutvalget");
    CHECK(fs[0].rule == "R9");

    c.erase("kdu");
    c["nav"] = 1;
    fs = M().check_composition("arbeidsutvalget", c);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == "unknown.organisation");
    CHECK(fs[0].organisation == "nav");
    CHECK(fs[0].clause == "deltakelse");
    CHECK(fs[0].rule == "R1");

    // An organisation without a quota and 0 representatives is no finding.
    c.erase("nav");
    c["kdu"] = 0;
    CHECK(M().check_composition("arbeidsutvalget", c).empty());
}

TEST_CASE("arbeidsutvalget R9: bounds of every organisation", "[R9]") {
    CHECK(M().check_composition("arbeidsutvalget", {{"tfk", 2}, {"ks", 2}, {"sf", 2}, {"nfr", 1}}).empty());
    CHECK(codes_of(M().check_composition("arbeidsutvalget", {{"tfk", 3}, {"ks", 0}, {"sf", 2}, {"nfr", 2}})) ==
          std::vector<std::string>{"quota.above_max:tfk", "quota.below_min:ks", "quota.above_max:nfr"});
}

TEST_CASE("check_composition rejects misuse with a query_error") {
    CHECK_THROWS_AS(M().check_composition("styret", {}), mandat::query_error);
    CHECK_THROWS_WITH(M().check_composition("styret", {}), "unknown body \"styret\" (known: styringsgruppen, arbeidsutvalget)");
    CHECK_THROWS_AS(M().check_composition("styringsgruppen", {{"ks", -1}}), mandat::query_error);
}

TEST_CASE("composition_checker agrees with check_composition (R5, R9)", "[R5][R9]") {
    const std::vector<std::string> cols = {"ks", "tfk", "sf", "nfr", "kdu", "nav"};
    for (const char* body : {"styringsgruppen", "arbeidsutvalget"}) {
        mandat::composition_checker checker(M(), body, cols);
        // Every combination of 0..3 per column (nav only 0..1): 4^5 * 2 = 2048 compositions.
        std::int64_t row[6];
        for (int code = 0; code < 2048; ++code) {
            composition c;
            int x = code;
            for (std::size_t i = 0; i < 6; ++i) {
                row[i] = i == 5 ? x % 2 : x % 4;
                x = i == 5 ? x / 2 : x / 4;
                c[cols[i]] = row[i];
            }
            bool errors = false;
            for (const auto& f : M().check_composition(body, c)) errors = errors || f.severity == mandat::severity::error;
            INFO(body << " " << code);
            REQUIRE(checker.valid(row) == !errors);
        }
    }
    // A quota with a minimum but no column counts as 0.
    mandat::composition_checker partial(M(), "arbeidsutvalget", {"tfk", "ks", "sf"});
    const std::int64_t three[3] = {1, 1, 1};
    CHECK_FALSE(partial.valid(three));
    // Batch form, with the first negative row reported.
    mandat::composition_checker au(M(), "arbeidsutvalget", {"tfk", "ks", "sf", "nfr"});
    const std::int64_t rows[12] = {1, 1, 1, 1, /**/ 3, 1, 1, 1, /**/ 1, -1, 1, 1};
    std::uint8_t out[3];
    CHECK(au.check(rows, 3, 4, out) == 2);
    CHECK(out[0] == 1);
    CHECK(out[1] == 0);
    CHECK_THROWS_AS(mandat::composition_checker(M(), "arbeidsutvalget", {"ks", "ks"}), mandat::query_error);
    CHECK_THROWS_AS(mandat::composition_checker(M(), "styret", {"ks"}), mandat::query_error);
}
