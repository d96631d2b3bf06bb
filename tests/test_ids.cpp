// One registry of ids. Every error id is a constant of mandat::errors, listed in errors::all
// and in the table of error ids of docs/bad-input.md; every finding code of the compliance
// check is a constant of mandat::codes, listed in codes::all and in the table of
// docs/findings.md; every lint code a constant of mandat::lint_codes, listed in
// lint_codes::all and in the table of docs/lint-and-diff.md. Each is checked both ways, and no
// throw site of the library or the bindings spells an error id as a literal.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "mandat/mandat.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_source(const std::string& relative) {
    std::ifstream in(std::string(MANDAT_SOURCE_DIR) + "/" + relative, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct constant {
    std::string name;  // errors::document_cycle is "document_cycle"
    std::string id;    // its value, "document.cycle"
};

// The constants declared in namespace `ns` of `header`: the lines
// `inline constexpr const char* name = "id";` between `namespace ns {` and its end.
std::vector<constant> declared(const std::string& header, const std::string& ns) {
    const std::string text = read_source(header);
    const auto begin = text.find("namespace " + ns + " {");
    REQUIRE(begin != std::string::npos);
    const auto end = text.find("}  // namespace " + ns, begin);
    REQUIRE(end != std::string::npos);
    const std::string body = text.substr(begin, end - begin);
    static const std::regex decl(R"re(inline constexpr const char\* (\w+) = "([^"]*)";)re");
    std::vector<constant> out;
    for (std::sregex_iterator it(body.begin(), body.end(), decl), last; it != last; ++it) out.push_back({(*it)[1], (*it)[2]});
    return out;
}

template <std::size_t N>
std::vector<std::string> listed(const char* const (&all)[N]) {
    return std::vector<std::string>(std::begin(all), std::end(all));
}

// The ids in the first column of the one table of the section `heading` of a Markdown file
// (rows "| `id` | ..."), up to the next heading of the same or a higher level.
std::vector<std::string> table(const std::string& doc, const std::string& heading) {
    std::istringstream in(read_source(doc));
    const std::size_t level = heading.find_first_not_of('#');
    std::string line;
    bool inside = false;
    int tables = 0;
    std::vector<std::string> ids;
    static const std::regex row(R"re(^\| `([^`]+)` \|)re");
    while (std::getline(in, line)) {
        if (!inside) {
            inside = line == heading;
            continue;
        }
        if (line.rfind('#', 0) == 0 && line.find_first_not_of('#') <= level) break;
        if (line.rfind("|---", 0) == 0) ++tables;
        std::smatch m;
        if (std::regex_search(line, m, row)) ids.push_back(m[1]);
    }
    INFO(doc << ", " << heading);
    REQUIRE(inside);
    CHECK(tables == 1);  // the one table of the section
    return ids;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

bool unique(std::vector<std::string> v) {
    v = sorted(std::move(v));
    return std::adjacent_find(v.begin(), v.end()) == v.end();
}

// The constants of a namespace, its list and its table of the docs are one set: each constant
// is listed once, each listed id is a constant, the table has each once, and a constant's name
// is its id with "_" for "." (after `prefix`).
void one_registry(const std::vector<constant>& constants, const std::vector<std::string>& list,
                  const std::vector<std::string>& documented, const std::string& prefix) {
    std::vector<std::string> ids;
    for (const auto& c : constants) {
        INFO(c.name << " = " << c.id);
        std::string spelled = c.id;
        std::replace(spelled.begin(), spelled.end(), '.', '_');
        CHECK(prefix + c.name == spelled);
        CHECK(std::regex_match(c.id, std::regex("[a-z]+\\.[a-z_]+")));
        ids.push_back(c.id);
    }
    CHECK(unique(ids));
    CHECK(unique(list));
    CHECK(unique(documented));
    CHECK(sorted(ids) == sorted(list));         // a constant is in the list, and the list has nothing else
    CHECK(sorted(list) == sorted(documented));  // and in the table of the docs, which has nothing else
    for (const auto& id : list) {
        INFO(id);
        CHECK(std::find(documented.begin(), documented.end(), id) != documented.end());
    }
    for (const auto& id : documented) {
        INFO(id);
        CHECK(std::find(list.begin(), list.end(), id) != list.end());
    }
}

// Every .cpp, .hpp and .in file under the source tree's `folder`, as (path, text).
std::vector<std::pair<std::string, std::string>> sources(const std::string& folder) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(MANDAT_SOURCE_DIR) / folder)) {
        const auto ext = e.path().extension().string();
        if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp" && ext != ".in")) continue;
        const std::string relative = fs::relative(e.path(), MANDAT_SOURCE_DIR).generic_string();
        out.emplace_back(relative, read_source(relative));
    }
    REQUIRE(!out.empty());
    return out;
}

}  // namespace

TEST_CASE("ids: every error id is a constant of errors::, in errors::all and in docs/bad-input.md, once") {
    const auto constants = declared("include/mandat/error.hpp", "errors");
    CHECK(constants.size() == std::size(mandat::errors::all));
    one_registry(constants, listed(mandat::errors::all), table("docs/bad-input.md", "## Error ids"), "");
    for (const char* id : mandat::errors::all) {
        const std::string family = std::string(id).substr(0, std::string(id).find('.'));
        INFO(id);
        CHECK((family == "document" || family == "query" || family == "io" || family == "spreadsheet" || family == "internal"));
    }
}

TEST_CASE("ids: every finding code is a constant of codes::, in codes::all and in docs/findings.md, once") {
    const auto constants = declared("include/mandat/finding.hpp", "codes");
    CHECK(constants.size() == std::size(mandat::codes::all));
    one_registry(constants, listed(mandat::codes::all), table("docs/findings.md", "# Finding codes"), "");
}

TEST_CASE("ids: every lint code is a constant of lint_codes::, in lint_codes::all and in docs/lint-and-diff.md, once") {
    const auto constants = declared("include/mandat/lint.hpp", "lint_codes");
    CHECK(constants.size() == std::size(mandat::lint_codes::all));
    one_registry(constants, listed(mandat::lint_codes::all), table("docs/lint-and-diff.md", "### Codes"), "lint_");
}

TEST_CASE("ids: finding codes and lint codes are apart, and each has its messages") {
    const auto messages = mandat::message_ids();
    const std::set<std::string> catalogue(messages.begin(), messages.end());
    std::set<std::string> codes;
    for (const char* c : mandat::codes::all) codes.insert(c);
    for (const char* c : mandat::lint_codes::all) {
        INFO(c);
        CHECK(codes.insert(c).second);
    }
    for (const auto& c : codes) {
        INFO(c);
        // the code itself, or its variants ("unknown.person.meeting")
        auto it = catalogue.lower_bound(c);
        CHECK((it != catalogue.end() && (*it == c || it->rfind(c + ".", 0) == 0)));
    }
}

TEST_CASE("ids: no throw site in src/, include/ or bindings/ spells an error id as a literal") {
    std::set<std::string> known;
    for (const char* id : mandat::errors::all) known.insert(id);
    // An id handed to an error's constructor, to a document node's fail() or to the bindings'
    // raise(): a dotted lower-case literal right after the call's opening parenthesis (or
    // after its first argument). Such a literal is never an error id's constant.
    static const std::regex thrown(R"re((_error|\bfail|\braise)\s*\(\s*(\w+\s*,\s*)?"([a-z]+\.[a-z_.]+)")re");
    // Any literal that is a known id, wherever it stands.
    static const std::regex literal(R"re("([a-z]+\.[a-z_]+)")re");
    std::vector<std::string> spelled;
    for (const char* folder : {"src", "include", "bindings"}) {
        for (const auto& [path, text] : sources(folder)) {
            if (path == "include/mandat/error.hpp") continue;  // where the constants are defined
            for (std::sregex_iterator it(text.begin(), text.end(), thrown), last; it != last; ++it)
                spelled.push_back(path + ": " + (*it)[0].str());
            for (std::sregex_iterator it(text.begin(), text.end(), literal), last; it != last; ++it)
                if (known.count((*it)[1])) spelled.push_back(path + ": " + (*it)[0].str());
        }
    }
    INFO("ids spelled as literals instead of mandat::errors constants:\n"
         << [&] {
                std::string all;
                for (const auto& s : spelled) all += "  " + s + "\n";
                return all;
            }());
    CHECK(spelled.empty());
}
