// Costs that must grow with the input, not faster (docs/decisions.md, bench/bench_scaling.py):
// what the fixes answer, exactly. The times themselves are held by the benchmark, not here.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/text_search.hpp"

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
