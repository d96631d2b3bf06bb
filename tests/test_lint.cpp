// lint(): the consistency proof and the quotes read against the data. Every failure class on
// a copy of the embedded mandate broken in code, with its exact code, body, organisation and
// witness; odd quotes never throw.
#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "mandat/mandat.hpp"

using mandat::finding;
using mandat::language;
namespace lc = mandat::lint_codes;

namespace {

mandat::date D(const char* s) { return *mandat::parse_date(s); }

std::vector<finding> lint_edited(const std::function<void(mandat::mandate&)>& edit, language lang = language::en) {
    mandat::mandate m = mandat::trondelag_2022();
    edit(m);
    std::vector<finding> out;
    REQUIRE_NOTHROW(out = mandat::lint(m, lang));
    for (const auto& f : out) {
        INFO(f.message_id);
        CHECK(f.message.find('{') == std::string::npos);      // every placeholder filled
        CHECK(mandat::render_message(f, lang) == f.message);  // re-wordable from its facts
        CHECK(mandat::render_message(f, language::nb).find('{') == std::string::npos);
    }
    return out;
}

std::vector<finding> with_code(const std::vector<finding>& fs, const std::string& code) {
    std::vector<finding> out;
    for (const auto& f : fs)
        if (f.code == code) out.push_back(f);
    return out;
}

std::vector<std::string> codes_of(const std::vector<finding>& fs) {
    std::vector<std::string> out;
    out.reserve(fs.size());
    for (const auto& f : fs) out.push_back(f.code);
    return out;
}

}  // namespace

TEST_CASE("lint: the embedded mandate can be obeyed and its quotes agree with its data") {
    CHECK(mandat::lint(mandat::trondelag_2022()).empty());
    CHECK(mandat::lint(mandat::trondelag_2022(), language::nb).empty());
}

TEST_CASE("lint: a body whose quotas need more seats than its size allows (R9)", "[R9]") {
    const auto fs = lint_edited([](mandat::mandate& m) {
        auto& q = m.bodies[1].quotas;  // arbeidsutvalget: tfk, ks, sf, nfr
        q[0].max = 0;                  // tfk 1..0
        q[1].max = 1;
        q[1].source = "1 representant fra KS Trøndelag";
        q[2].max = 1;
        q[2].source = "1 representant fra Statsforvalteren i Trøndelag";
    });
    const auto body = with_code(fs, lc::body_infeasible);
    REQUIRE(body.size() == 1);
    CHECK(body[0].severity == mandat::severity::error);
    CHECK(body[0].body == "arbeidsutvalget");
    CHECK(body[0].organisation.empty());
    CHECK(body[0].clause == "arbeidsutvalget");
    CHECK(body[0].rule == "R9");
    CHECK(body[0].source == "Arbeidsutvalget består av:");
    CHECK(body[0].message == "arbeidsutvalget: the quotas need at least 4 seats but the size is at most 3.");

    const auto quota = with_code(fs, lc::quota_infeasible);
    REQUIRE(quota.size() == 1);
    CHECK(quota[0].organisation == "tfk");
    CHECK(quota[0].body == "arbeidsutvalget");
    CHECK(quota[0].source == "1-2 representanter fra Trøndelag fylkeskommune");
    CHECK(quota[0].message ==
          "arbeidsutvalget: the quota of Trøndelag fylkeskommune needs at least 1 seat but allows at most 0.");

    // tfk has no seat left there, yet the rotation makes it coordinator in 2022.
    const auto role = with_code(fs, lc::role_without_seat);
    REQUIRE(role.size() == 1);
    CHECK(role[0].organisation == "tfk");
    CHECK(role[0].message ==
          "arbeidsutvalget: in 2022 the rotation makes Trøndelag fylkeskommune (tfk) coordinator, but it holds no seat there.");

    // The quote of tfk still says 1-2.
    const auto quote = with_code(fs, lc::quote_disagrees);
    REQUIRE(quote.size() == 1);
    CHECK(quote[0].organisation == "tfk");
    CHECK(fs.size() == 4);
}

TEST_CASE("lint: a quota of at most 0 seats is no seat (R5)", "[R5]") {
    const auto fs = lint_edited([](mandat::mandate& m) {
        auto& kdu = m.bodies[0].quotas[4];
        kdu.min = 0;
        kdu.max = 0;
        kdu.source = "0 representanter fra kommunedirektørutvalget i KS Trøndelag";
    });
    REQUIRE(codes_of(fs) == std::vector<std::string>{lc::quota_infeasible});
    CHECK(fs[0].body == "styringsgruppen");
    CHECK(fs[0].organisation == "kdu");
    CHECK(fs[0].rule == "R5");
    CHECK(fs[0].message ==
          "styringsgruppen: the quota of kommunedirektørutvalget i KS Trøndelag allows at most 0 seats, so it is no seat.");
}

TEST_CASE("lint: quotas of one organisation that exclude each other, and duplicates beyond the size (R5)", "[R5]") {
    SECTION("ks needs at least 3 and at most 2") {
        const auto fs = lint_edited([](mandat::mandate& m) {
            m.bodies[0].quotas.push_back({"ks", 3, 3, "3 representanter fra KS"});
        });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::quota_infeasible});
        CHECK(fs[0].organisation == "ks");
        CHECK(fs[0].message ==
              "styringsgruppen: KS Trøndelag has 2 quotas that no count satisfies together (at least 3, at most 2).");
    }
    SECTION("four more kdu quotas raise the size above what the organisations can fill") {
        const auto fs = lint_edited([](mandat::mandate& m) {
            for (int i = 0; i < 4; ++i) m.bodies[0].quotas.push_back(m.bodies[0].quotas[4]);
        });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::body_infeasible});
        CHECK(fs[0].message == "styringsgruppen: the organisations can fill 5 to 8 seats but the size is 9 to 12.");
    }
}

TEST_CASE("lint: a body without any seat (R7, R9)", "[R7][R9]") {
    const auto fs = lint_edited([](mandat::mandate& m) { m.bodies[1].quotas.clear(); });
    REQUIRE(codes_of(fs) == std::vector<std::string>{lc::body_infeasible, lc::role_without_seat, lc::role_without_seat});
    CHECK(fs[0].message == "arbeidsutvalget: no organisation holds a seat, so Arbeidsutvalget can have no members.");
    CHECK(fs[1].organisation == "ks");  // report order: by organisation
    CHECK_THAT(fs[1].message, Catch::Contains("in 2023 the rotation makes KS Trøndelag (ks) coordinator"));
    CHECK(fs[2].organisation == "tfk");
    CHECK_THAT(fs[2].message, Catch::Contains("in 2022"));
}

TEST_CASE("lint: the leading organisation holds no seat in the body of its role (R7)", "[R7]") {
    const auto fs = lint_edited([](mandat::mandate& m) {
        auto& q = m.bodies[0].quotas;  // styringsgruppen: ks first
        q.erase(q.begin());
    });
    REQUIRE(codes_of(fs) == std::vector<std::string>{lc::role_without_seat});
    const finding& f = fs[0];
    CHECK(f.body == "styringsgruppen");
    CHECK(f.organisation == "ks");
    CHECK(f.clause == "ledelse");
    CHECK(f.rule == "R7");
    CHECK_THAT(f.source, Catch::StartsWith("Ledelse av partnerskapet"));
    CHECK(f.message == "styringsgruppen: in 2023 the rotation makes KS Trøndelag (ks) leader, but it holds no seat there.");
    const auto nb = lint_edited([](mandat::mandate& m) { m.bodies[0].quotas.erase(m.bodies[0].quotas.begin()); }, language::nb);
    REQUIRE(nb.size() == 1);
    CHECK(nb[0].message == "styringsgruppen: i 2023 gjør rotasjonen KS Trøndelag (ks) til leder, men den har ingen plass der.");
}

TEST_CASE("lint: an organisation of the rotation that never leads in the period needs no seat (R7)", "[R7]") {
    const auto fs = lint_edited([](mandat::mandate& m) {
        m.validity.in_force = mandat::make_period(D("2022-01-01"), D("2022-12-31"));
        m.validity.cite.source = "1.1.2022 til 1.1.2023.";
        m.bodies[0].quotas.erase(m.bodies[0].quotas.begin());  // ks, whose first turn would be 2023
    });
    CHECK(fs.empty());
}

TEST_CASE("lint: a role in a body the mandate does not set up (R7)", "[R7]") {
    const auto fs = lint_edited([](mandat::mandate& m) { m.rotation.roles[0].body_id = "styret"; });
    REQUIRE(codes_of(fs) == std::vector<std::string>{lc::role_unknown_body});
    CHECK(fs[0].body == "styret");
    CHECK(fs[0].message == "The rotation gives a leader to \"styret\", a body the mandate does not set up.");
}

TEST_CASE("lint: every year of the period has a leading organisation (R6, R10)", "[R6][R10]") {
    SECTION("an empty rotation") {
        const auto fs = lint_edited([](mandat::mandate& m) { m.rotation.order.clear(); });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::rotation_empty});
        // The roles are still checked.
        const auto roles = lint_edited([](mandat::mandate& m) {
            m.rotation.order.clear();
            m.rotation.roles[1].body_id = "styret";
        });
        CHECK(codes_of(roles) == std::vector<std::string>{lc::role_unknown_body, lc::rotation_empty});
        CHECK(fs[0].clause == "ledelse");
        CHECK(fs[0].rule == "R6");
        CHECK(fs[0].message == "The rotation names no organisation, so no organisation leads in 2022.");
    }
    SECTION("an unknown organisation leads, and would provide the secretary") {
        const auto fs = lint_edited([](mandat::mandate& m) { m.rotation.order[1] = "fylket"; });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::rotation_unknown_organisation, lc::secretary_unknown_organisation});
        CHECK(fs[0].organisation == "fylket");
        CHECK(fs[0].message == "The rotation names \"fylket\", which is not an organisation of the mandate.");
        CHECK(fs[1].organisation == "fylket");
        CHECK(fs[1].clause == "arbeidsutvalget");
        CHECK(fs[1].rule == "R10");
        CHECK(fs[1].source == "Den organisasjonen som har ledelsen, stiller med sekretær.");
    }
    SECTION("without a secretary rule only the rotation is reported") {
        const auto fs = lint_edited([](mandat::mandate& m) {
            m.rotation.order[1] = "fylket";
            m.secretary.reset();
        });
        CHECK(codes_of(fs) == std::vector<std::string>{lc::rotation_unknown_organisation});
    }
    SECTION("a rotation starting in an unsupported year") {
        const auto fs = lint_edited([](mandat::mandate& m) { m.rotation.first_year = 0; });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::year_unsupported});
        CHECK(fs[0].message == "The rotation starts in 0, outside the supported years 1400 to 9999.");
    }
    SECTION("an inverted period") {
        const auto fs =
            lint_edited([](mandat::mandate& m) { m.validity.in_force = mandat::period(D("2026-01-01"), D("2022-01-01")); });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::period_invalid});
        CHECK(fs[0].clause == "varighet");
        CHECK(fs[0].rule == "R11");
        CHECK(fs[0].message ==
              "The period in force (2026-01-01 to 2021-12-31) has no day: it needs a first and a last day, in that order.");
    }
    SECTION("a period without dates") {
        const auto fs = lint_edited([](mandat::mandate& m) {
            m.validity.in_force = mandat::period(mandat::date(boost::date_time::not_a_date_time), D("2022-01-01"));
        });
        CHECK(codes_of(fs) == std::vector<std::string>{lc::period_invalid});
    }
}

TEST_CASE("lint: a meeting target above the maximum (R2, R3)", "[R2][R3]") {
    const auto fs = lint_edited([](mandat::mandate& m) { m.bodies[0].meetings->maximum = 3; });
    REQUIRE(codes_of(fs) == std::vector<std::string>{lc::meetings_target_above_max});
    CHECK(fs[0].body == "styringsgruppen");
    CHECK(fs[0].clause == "organisering");
    CHECK(fs[0].rule == "R2");
    CHECK(fs[0].message == "styringsgruppen: the target of about 4 meetings a year is above the maximum of 3.");
}

TEST_CASE("lint: seat quotas read from their quotes (R5)", "[R5]") {
    const auto fs = lint_edited([](mandat::mandate& m) { m.bodies[0].quotas[0].max = 3; });
    REQUIRE(codes_of(fs) == std::vector<std::string>{lc::quote_disagrees});
    CHECK(fs[0].body == "styringsgruppen");
    CHECK(fs[0].organisation == "ks");
    CHECK(fs[0].clause == "styringsgruppen");
    CHECK(fs[0].rule == "R5");
    CHECK(fs[0].source == "1-2 representanter fra KS");
    CHECK(fs[0].message == "styringsgruppen: the quote «1-2 representanter fra KS» gives ks 1-2 seats, but the data says 1-3.");

    // "1 representant" is 1..1.
    const auto nfr = lint_edited([](mandat::mandate& m) { m.bodies[0].quotas[3].max = 2; });
    REQUIRE(nfr.size() == 1);
    CHECK_THAT(nfr[0].message, Catch::Contains("gives nfr 1 seat, but the data says 1-2"));

    // Other spellings of a range, and quotes without a number, are read or left alone.
    CHECK(lint_edited([](mandat::mandate& m) { m.bodies[0].quotas[0].source = "1–2 representanter fra KS"; }).empty());
    CHECK(lint_edited([](mandat::mandate& m) { m.bodies[0].quotas[0].source = "1 til 2 medlemmer fra KS"; }).empty());
    CHECK(lint_edited([](mandat::mandate& m) { m.bodies[0].quotas[0].source = "to representanter fra KS"; }).empty());
    CHECK(lint_edited([](mandat::mandate& m) { m.bodies[0].quotas[0].source = "KS (2022)"; }).empty());
}

TEST_CASE("lint: meeting rules read from their quotes, the number next to each body's name (R2, R3)", "[R2][R3]") {
    SECTION("a maximum the quote does not state") {
        const auto fs = lint_edited([](mandat::mandate& m) { m.bodies[1].meetings->maximum = 9; });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::quote_disagrees});
        CHECK(fs[0].body == "arbeidsutvalget");
        CHECK(fs[0].rule == "R3");
        CHECK(fs[0].message ==
              "arbeidsutvalget: the quote «Arbeidsutvalget har inntil 8 møter i året.» allows at most 8 meetings a year, but "
              "the data says 9.");
    }
    SECTION("a target the data lacks") {
        const auto fs = lint_edited([](mandat::mandate& m) {
            m.bodies[0].meetings->target.reset();
            m.bodies[0].meetings->maximum = 6;
        });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::quote_disagrees});
        CHECK_THAT(fs[0].message, Catch::EndsWith("gives about 4 meetings a year, but the data sets no target."));
    }
    SECTION("one sentence quoting both bodies") {
        const std::string both = "Styringsgruppen har ca 4 møter i året, arbeidsutvalget inntil 8 møter i året";
        const auto quote_both = [&](mandat::mandate& m) {
            m.bodies[0].meetings->cite.source = both;
            m.bodies[1].meetings->cite.source = both;
        };
        CHECK(lint_edited(quote_both).empty());
        const auto fs = lint_edited([&](mandat::mandate& m) {
            quote_both(m);
            m.bodies[1].meetings->maximum = 7;
        });
        REQUIRE(codes_of(fs) == std::vector<std::string>{lc::quote_disagrees});
        CHECK(fs[0].body == "arbeidsutvalget");
        CHECK_THAT(fs[0].message, Catch::Contains("allows at most 8 meetings a year, but the data says 7"));
        const auto target = lint_edited([&](mandat::mandate& m) {
            quote_both(m);
            m.bodies[0].meetings->target = 5;
        });
        REQUIRE(target.size() == 1);
        CHECK(target[0].body == "styringsgruppen");
        CHECK_THAT(target[0].message, Catch::Contains("gives about 4 meetings a year, but the data says 5"));
    }
    SECTION("a sentence naming only another body is not read") {
        CHECK(lint_edited([](mandat::mandate& m) {
                  m.bodies[1].meetings->cite.source = "Styringsgruppen har ca 4 møter i året.";
              }).empty());
    }
}

TEST_CASE("lint: the period read from its quote; carried over from the predecessor it is info (R11)", "[R11]") {
    const auto edit = [](mandat::mandate& m) { m.validity.in_force = mandat::make_period(D("2022-01-01"), D("2026-12-31")); };
    const auto fs = lint_edited(edit);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == lc::quote_disagrees);
    CHECK(fs[0].severity == mandat::severity::error);
    CHECK(fs[0].clause == "varighet");
    CHECK(fs[0].rule == "R11");
    CHECK(fs[0].source == "1.1.2022 til 1.1.2026.");
    CHECK_THAT(fs[0].message, Catch::Contains("1.1.2022 til 1.1.2026"));
    CHECK_THAT(fs[0].message, Catch::Contains("2026-12-31"));
    CHECK(fs[0].message ==
          "The quote «1.1.2022 til 1.1.2026.» gives the period 2022-01-01 to 2025-12-31, but the data says 2022-01-01 to "
          "2026-12-31.");

    const auto kept = lint_edited([&](mandat::mandate& m) {
        edit(m);
        m.provenance = mandat::provenance{};
        m.provenance->carried_over = {"varighet"};
    });
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].code == lc::quote_carried_over);
    CHECK(kept[0].severity == mandat::severity::info);
    CHECK(kept[0].clause == "varighet");
    CHECK_THAT(kept[0].message, Catch::Contains("1.1.2022 til 1.1.2026"));
    CHECK_THAT(kept[0].message, Catch::Contains("2026-12-31"));
    CHECK_THAT(kept[0].message, Catch::Contains("carried over from the predecessor, not yet signed for this version"));
    const auto kept_nb = lint_edited(
        [&](mandat::mandate& m) {
            edit(m);
            m.provenance = mandat::provenance{};
            m.provenance->carried_over = {"varighet"};
        },
        language::nb);
    REQUIRE(kept_nb.size() == 1);
    CHECK_THAT(kept_nb[0].message, Catch::Contains("er overført fra forgjengeren"));

    // "til og med" names the last day itself.
    CHECK(lint_edited([](mandat::mandate& m) { m.validity.cite.source = "1.1.2022 til og med 31.12.2025."; }).empty());
    CHECK(lint_edited([](mandat::mandate& m) { m.validity.cite.source = "fra 1.1.2022 t.o.m. 31.12.2025"; }).empty());
    // A carried-over quota quote is info too.
    const auto quota = lint_edited([](mandat::mandate& m) {
        m.bodies[0].quotas[0].max = 3;
        m.provenance = mandat::provenance{};
        m.provenance->carried_over = {"styringsgruppen"};
    });
    CHECK(codes_of(quota) == std::vector<std::string>{lc::quote_carried_over});
}

TEST_CASE("lint: odd quotes are read or ignored, never thrown on") {
    const std::vector<std::string> odd = {
        "",
        "-",
        "1-",
        "-2 representanter",
        "999999999999 representanter",
        "4294967296-4294967297 representanter",
        "31.2.2022 til 1.1.2026",
        "1.1.2022 til",
        "0.0.0000 til 99.99.9999",
        "1.1.1400 til 1.1.1400",
        "1.1.9999 til og med 31.12.9999",
        "ca",
        "ca.",
        "inntil møter",
        "inntil 99999999999 møter",
        "Styringsgruppen",
        "styringsgruppen styringsgruppen arbeidsutvalget",
        std::string("\xff\xfe\xc3", 3),
        std::string("1.1.2022\0til 1.1.2026", 20),
        std::string(100000, '9'),
        std::string(50000, '.') + "1.1.2022",
        "ÆØÅ STYRINGSGRUPPEN HAR CA 4 MØTER",
    };
    for (const auto& s : odd) {
        INFO(s.substr(0, 40));
        mandat::mandate m = mandat::trondelag_2022();
        for (auto& b : m.bodies) {
            for (auto& q : b.quotas) q.source = s;
            if (b.meetings) b.meetings->cite.source = s;
        }
        m.validity.cite.source = s;
        CHECK_NOTHROW(mandat::lint(m));
        CHECK_NOTHROW(mandat::lint(m, language::nb));
    }
    // Short strings from a vocabulary of the readers' own tokens, in every order.
    const std::vector<std::string> tokens = {"1",
                                             "2",
                                             "-",
                                             "–",
                                             "til",
                                             "og",
                                             "med",
                                             "t.o.m.",
                                             ".",
                                             "1.1.2022",
                                             "31.12",
                                             "ca",
                                             "inntil",
                                             "møter",
                                             "representanter",
                                             "styringsgruppen",
                                             "arbeidsutvalget",
                                             " ",
                                             "\xc3",
                                             "2026"};
    std::uint32_t seed = 12345;
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        for (int k = 0; k < 8; ++k) {
            seed = seed * 1664525u + 1013904223u;
            s += tokens[(seed >> 16) % tokens.size()];
        }
        mandat::mandate m = mandat::trondelag_2022();
        m.bodies[0].quotas[0].source = s;
        m.bodies[0].meetings->cite.source = s;
        m.validity.cite.source = s;
        INFO(s);
        REQUIRE_NOTHROW(mandat::lint(m));
    }
}

TEST_CASE("lint: a mandate broken everywhere at once is reported, not thrown on") {
    mandat::mandate m;  // nothing at all
    CHECK_NOTHROW(mandat::lint(m));
    m = mandat::trondelag_2022();
    m.organisations.clear();
    m.rotation.order = {"a", "a", "b"};
    m.rotation.first_year = -2147483647 - 1;
    m.rotation.roles.push_back({"chair", "nowhere", {}});
    m.validity.in_force = mandat::period(D("2030-01-01"), D("2020-01-01"));
    for (auto& b : m.bodies) {
        b.quotas.push_back({"", 4000000000u, 1, ""});
        b.quotas.push_back({"", 4000000000u, 4000000000u, ""});
        b.meetings = mandat::meeting_frequency{5, 9, 4, {}};
    }
    std::vector<finding> fs;
    REQUIRE_NOTHROW(fs = mandat::lint(m));
    CHECK(with_code(fs, lc::rotation_unknown_organisation).size() == 2);  // a and b, once each
    CHECK(with_code(fs, lc::year_unsupported).size() == 1);
    CHECK(with_code(fs, lc::period_invalid).size() == 1);
    CHECK(with_code(fs, lc::role_unknown_body).size() == 1);
    CHECK(with_code(fs, lc::meetings_target_above_max).size() == 2);
    CHECK_FALSE(with_code(fs, lc::quota_infeasible).empty());
}
