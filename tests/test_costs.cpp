// Costs that must grow with the input, not faster (docs/decisions.md, bench/bench_scaling.py):
// what the fixes answer, exactly. The times themselves are held by the benchmark, not here.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli_run.hpp"
#include "mandat/mandat.hpp"
#include "model/text_search.hpp"
#include "roster_builders.hpp"
#include "support.hpp"

namespace {

using mandat::testing::A;
using mandat::testing::M;

mandat::date D(const char* s) { return *mandat::parse_date(s); }

std::string person(int i) {
    char id[8];
    std::snprintf(id, sizeof id, "x%04d", i);
    return id;
}

// 25 working-committee members in 2022 (x0000-x0019 for sf, x0020-x0024 for ks) and two
// steering-group meetings: at the first only x0000-x0004 are recorded (and an unknown id, and
// x0000 twice), at the second every ks member.
mandat::roster absent_members() {
    mandat::roster r;
    for (int i = 0; i < 25; ++i) {
        r.persons.push_back({person(i), "Person " + person(i), std::nullopt, std::nullopt, std::nullopt, {}});
        r.appointments.push_back(
            A(person(i), "arbeidsutvalget", i < 20 ? "sf" : "ks", mandat::role::member, "2022-01-01", "2022-12-31"));
    }
    r.meetings.push_back({std::nullopt,
                          "styringsgruppen",
                          D("2022-03-10"),
                          {person(0), person(1), person(2), person(3), person(4), "nobody", person(0)},
                          std::nullopt,
                          {}});
    std::vector<std::string> ks;
    for (int i = 20; i < 25; ++i) ks.push_back(person(i));
    r.meetings.push_back({std::nullopt, "styringsgruppen", D("2022-06-09"), ks, std::nullopt, {}});
    return r;
}

std::vector<mandat::finding> absences(const mandat::check_options& o) {
    mandat::check_options asked = o;
    asked.from = D("2022-01-01");
    asked.to = D("2022-12-31");
    std::vector<mandat::finding> out;
    for (auto& f : mandat::check_compliance(M(), absent_members(), asked).findings)
        if (f.code == mandat::codes::attendance_missing) out.push_back(f);
    return out;
}

std::vector<std::string> persons(int from, int to) {
    std::vector<std::string> out;
    for (int i = from; i < to; ++i) out.push_back(person(i));
    return out;
}

}  // namespace

TEST_CASE("an attendance finding counts every absent member and lists the first ten", "[R4][costs]") {
    const auto fs = absences({});
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].start_date == D("2022-03-10"));
    CHECK(fs[0].person_ids == persons(5, 15));
    CHECK(fs[0].organisation.empty());  // sf and ks members are absent
    CHECK(fs[0].message_id == "attendance.missing.many_listed");
    CHECK(fs[0].message ==
          "20 members of Arbeidsutvalget are not recorded at the Styringsgruppen meeting on 2022-03-10: Person x0005 (x0005), "
          "Person x0006 (x0006), Person x0007 (x0007), Person x0008 (x0008), Person x0009 (x0009), Person x0010 (x0010), "
          "Person x0011 (x0011), Person x0012 (x0012), Person x0013 (x0013), Person x0014 (x0014) and 10 more.");
    CHECK(mandat::render_message(fs[0], mandat::language::nb) ==
          "20 medlemmer av Arbeidsutvalget er ikke registrert på møtet i Styringsgruppen 2022-03-10: Person x0005 (x0005), "
          "Person x0006 (x0006), Person x0007 (x0007), Person x0008 (x0008), Person x0009 (x0009), Person x0010 (x0010), "
          "Person x0011 (x0011), Person x0012 (x0012), Person x0013 (x0013), Person x0014 (x0014) og 10 til.");
    CHECK(fs[1].start_date == D("2022-06-09"));
    CHECK(fs[1].person_ids == persons(0, 10));
    CHECK(fs[1].organisation == "sf");  // every absent member sits for sf
}

TEST_CASE("with every_absent an attendance finding lists every absent member", "[R4][costs]") {
    mandat::check_options o;
    o.every_absent = true;
    const auto fs = absences(o);
    REQUIRE(fs.size() == 2);
    CHECK(fs[0].person_ids == persons(5, 25));
    CHECK(fs[0].organisation.empty());
    CHECK(fs[0].message_id == "attendance.missing.many");
    CHECK(fs[0].message ==
          "20 members of Arbeidsutvalget are not recorded at the Styringsgruppen meeting on 2022-03-10: Person x0005 (x0005), "
          "Person x0006 (x0006), Person x0007 (x0007), Person x0008 (x0008), Person x0009 (x0009), Person x0010 (x0010), "
          "Person x0011 (x0011), Person x0012 (x0012), Person x0013 (x0013), Person x0014 (x0014) and 10 more (every one is "
          "in the finding's person ids).");
    CHECK(fs[1].person_ids == persons(0, 20));
    CHECK(fs[1].organisation == "sf");
}

TEST_CASE("check --every-absent names every absent member, in the JSON report too", "[R4][costs][cli]") {
    const auto file = std::filesystem::temp_directory_path() / "mandat-every-absent.json";
    mandat::roster r = absent_members();
    r.meetings[0].attendee_ids.pop_back();  // a roster document lists an attendee once
    mandat::save_roster_file(r, file.string());
    // The ids of the attendance finding of 2022-03-10 in the JSON report.
    auto ids = [&](std::vector<std::string> extra) {
        std::vector<std::string> args{"check", file.string(), "--from", "2022-01-01", "--to", "2022-12-31", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto run = mandat::testing::run_cli(args);
        INFO(run.err);
        const auto report = nlohmann::json::parse(run.out);
        for (const auto& f : report.at("findings"))
            if (f.at("code") == "attendance.missing" && f.at("start_date") == "2022-03-10")
                return f.at("person_ids").get<std::vector<std::string>>();
        return std::vector<std::string>{};
    };
    CHECK(ids({}) == persons(5, 15));
    CHECK(ids({"--every-absent"}) == persons(5, 25));
    std::filesystem::remove(file);
}

TEST_CASE("find_text finds what std::string_view::find finds", "[costs]") {
    using mandat::detail::find_text;
    for (const auto& [text, pattern] : std::vector<std::pair<std::string, std::string>>{{"", ""},
                                                                                        {"abc", ""},
                                                                                        {"", "a"},
                                                                                        {"abc", "abc"},
                                                                                        {"abc", "abcd"},
                                                                                        {"aabaabaaab", "aaab"},
                                                                                        {"abababac", "ababac"},
                                                                                        {"xyz", "z"},
                                                                                        {"mississippi", "issip"},
                                                                                        {"mississippi", "issipi"}}) {
        for (std::size_t from = 0; from <= text.size() + 1; ++from) {
            INFO(text << " / " << pattern << " from " << from);
            CHECK(find_text(text, pattern, from) == std::string_view(text).find(pattern, from));
        }
    }
}

TEST_CASE("find_text compares at most twice the text and the pattern", "[costs]") {
    // The shape that costs std::string::find text times pattern: "aa...ab" in "aa...a".
    const std::string text(200000, 'a');
    const std::string pattern = std::string(20000, 'a') + "b";
    std::size_t compared = 0;
    CHECK(mandat::detail::find_text(text, pattern, 0, &compared) == std::string_view::npos);
    CHECK(compared <= 2 * (text.size() + pattern.size()));
    compared = 0;
    const std::string found = text + "b";
    CHECK(mandat::detail::find_text(found, pattern, 0, &compared) == text.size() - 20000);
    CHECK(compared <= 2 * (found.size() + pattern.size()));
}

TEST_CASE("find_text_if offers every occurrence in order, overlapping ones too", "[costs]") {
    using mandat::detail::find_text_if;
    // Against the loop it replaces in lint (std::string_view::find from each occurrence on).
    const std::vector<std::pair<std::string, std::string>> cases{
        {"aaaa", "aa"}, {"abababab", "abab"}, {"the body and the bodyguard", "body"}, {"xyz", "xyz"}, {"", "a"}};
    for (const auto& [text, pattern] : cases) {
        const std::string_view t(text);
        for (std::size_t from = 0; from <= text.size(); ++from) {
            std::vector<std::size_t> offered, expected;
            for (std::size_t p = t.find(pattern, from); p != std::string_view::npos; p = t.find(pattern, p + 1))
                expected.push_back(p);
            CHECK(find_text_if(t, pattern, from, [&](std::size_t p) { return offered.push_back(p), false; }) ==
                  std::string_view::npos);
            CHECK(offered == expected);
            if (expected.size() >= 2)
                CHECK(find_text_if(t, pattern, from, [&](std::size_t p) { return p == expected[1]; }) == expected[1]);
        }
    }
}

TEST_CASE("find_text_if reads the text once however many occurrences it refuses", "[costs]") {
    // A body's name inside a long word of the same letters, as lint's find_word refuses it:
    // std::string_view::find from each occurrence on compares text times name.
    const std::string text(200000, 'a');
    const std::string name(4000, 'a');
    std::size_t compared = 0, offered = 0;
    CHECK(mandat::detail::find_text_if(
              text, name, 0, [&](std::size_t) { return ++offered, false; }, &compared) == std::string_view::npos);
    CHECK(offered == text.size() - name.size() + 1);
    CHECK(compared <= 2 * (text.size() + name.size()));
}
