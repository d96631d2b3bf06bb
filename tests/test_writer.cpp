// One guarded writer for every sink (mandat/io.hpp): write_tree_atomic puts a folder of files
// in place as a whole or not at all, never through a link, never over an input or a folder of
// files mandat did not write; the command line lists every file it read (input_files) and no
// output, file or folder, replaces one of them. The OParl export's file names never collide and
// its base URL is an http or https URL. Tagged [io]: run again as an unprivileged user when
// the tests run as root (tests/run-unprivileged.sh).
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "cli/spec.hpp"
#include "cli_run.hpp"
#include "mandat/mandat.hpp"
#include "mandat/oparl.hpp"
#include "support.hpp"
#include "tree_files.hpp"

namespace fs = std::filesystem;
using mandat::testing::run_cli;

using mandat::testing::bytes_of;
using mandat::testing::put;
using mandat::testing::snapshot;

namespace {

const std::string example = mandat::testing::example_roster_path;

fs::path fresh_dir(const std::string& name) {
    // One folder per user, so the unprivileged run does not meet root's leftovers.
    const auto dir = fs::temp_directory_path() / ("mandat-test-writer-" + name + "-" + std::to_string(::geteuid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// The names in `dir` (not below it).
std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string id_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const mandat::error& e) {
        return e.id();
    }
    return "no failure";
}

// Runs the command line in a child whose files may not grow past `max_bytes` (RLIMIT_FSIZE): a
// write that fails half-way. Returns the child's exit code.
int run_cli_with_file_limit(const std::vector<std::string>& args, rlim_t max_bytes) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{max_bytes, max_bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::_exit(run_cli(args).code);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A small roster: one person, one membership.
const char* const small_roster = R"({"format": "mandat.roster/1", "persons": [{"id": "p1", "name": "Kari"}],
  "memberships": [{"id": "m1", "person_id": "p1", "organization_id": "styringsgruppen", "on_behalf_of_id": "ks",
                   "role": "member", "start_date": "2022-01-01"}]})";

}  // namespace

TEST_CASE("write_tree_atomic writes a new folder with its manifest", "[writer][io]") {
    const auto dir = fresh_dir("new");
    mandat::write_tree_atomic((dir / "out" / "tree").string(), {{"a.txt", "A"}, {"sub/b.txt", "B"}});
    CHECK(snapshot(dir / "out" / "tree") ==
          std::map<std::string, std::string>{
              {".mandat-tree", "mandat-tree 1\na.txt\nsub/b.txt\n"}, {"a.txt", "A"}, {"sub", "folder"}, {"sub/b.txt", "B"}});
    CHECK(
        (fs::status(dir / "out" / "tree").permissions() & fs::perms::all) ==
        (fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec));
    CHECK(names_in(dir / "out") == std::vector<std::string>{"tree"});  // no temporary folder left
    fs::remove_all(dir);
}

TEST_CASE("write_tree_atomic: a stale file of an earlier write is gone, the folder keeps its mode", "[writer][io]") {
    const auto dir = fresh_dir("stale");
    const auto tree = dir / "tree";
    mandat::write_tree_atomic(tree.string(), {{"old.txt", "old"}, {"keep.txt", "1"}});
    fs::permissions(tree, fs::perms::owner_all);
    mandat::write_tree_atomic(tree.string(), {{"keep.txt", "2"}});
    CHECK(snapshot(tree) == std::map<std::string, std::string>{{".mandat-tree", "mandat-tree 1\nkeep.txt\n"}, {"keep.txt", "2"}});
    CHECK((fs::status(tree).permissions() & fs::perms::all) == fs::perms::owner_all);
    CHECK(names_in(dir) == std::vector<std::string>{"tree"});
    // An empty folder is taken as it is.
    fs::create_directories(dir / "empty");
    mandat::write_tree_atomic((dir / "empty").string(), {{"x", "x"}});
    CHECK(bytes_of(dir / "empty" / "x") == "x");
    fs::remove_all(dir);
}

TEST_CASE("write_tree_atomic refuses a folder of files it did not write and leaves it untouched", "[writer][io]") {
    const auto dir = fresh_dir("foreign");
    const auto tree = dir / "tree";
    put(tree / "notes.txt", "mine");
    const auto before = snapshot(tree);
    const std::string where = "cannot write " + tree.string() + ": it holds files mandat did not write (" +
                              (tree / "notes.txt").string() +
                              "), and the folder is replaced as a whole; choose an empty or new folder";
    CHECK_THROWS_WITH(mandat::write_tree_atomic(tree.string(), {{"a", "a"}}), where);
    CHECK(id_of([&] { mandat::write_tree_atomic(tree.string(), {{"a", "a"}}); }) == "io.folder_not_ours");
    CHECK(snapshot(tree) == before);
    // A file added to an earlier tree is not the tree's: refused too, and kept.
    mandat::write_tree_atomic((dir / "ours").string(), {{"a", "a"}});
    put(dir / "ours" / "sub" / "added.txt", "mine");
    put(dir / "ours" / "more.txt", "mine");
    const auto ours = snapshot(dir / "ours");
    CHECK_THROWS_WITH(mandat::write_tree_atomic((dir / "ours").string(), {{"a", "b"}}),
                      Catch::Contains("(" + (dir / "ours" / "more.txt").string() + " and 1 more)"));
    CHECK(snapshot(dir / "ours") == ours);
    CHECK(names_in(dir) == std::vector<std::string>{"ours", "tree"});
    fs::remove_all(dir);
}

TEST_CASE("write_tree_atomic refuses a folder holding an input, a link and a file as the folder", "[writer][io]") {
    const auto dir = fresh_dir("inputs");
    const auto tree = dir / "tree";
    mandat::write_tree_atomic(tree.string(), {{"in.json", "input"}});
    const auto before = snapshot(tree);
    // The input by another name: compared by device and inode.
    fs::create_hard_link(tree / "in.json", dir / "alias.json");
    CHECK_THROWS_WITH(mandat::write_tree_atomic(tree.string(), {{"x", "x"}}, {(dir / "alias.json").string()}),
                      "cannot write " + (tree / "in.json").string() + ": it is the input " + (dir / "alias.json").string() +
                          "; write the output to another file");
    CHECK(snapshot(tree) == before);
    fs::create_directory_symlink(tree, dir / "link");
    CHECK(id_of([&] { mandat::write_tree_atomic((dir / "link").string(), {{"x", "x"}}); }) == "io.not_a_file");
    CHECK(id_of([&] { mandat::write_tree_atomic((dir / "alias.json").string(), {{"x", "x"}}); }) == "io.not_a_file");
    CHECK_THROWS_WITH(mandat::write_tree_atomic((dir / "alias.json").string(), {{"x", "x"}}),
                      "cannot write " + (dir / "alias.json").string() +
                          ": it is a regular file, and a folder of files is only written as a folder");
    CHECK(snapshot(tree) == before);
    CHECK(bytes_of(dir / "alias.json") == "input");
    fs::remove_all(dir);
}

TEST_CASE("write_tree_atomic refuses paths that leave the folder", "[writer][io]") {
    const auto dir = fresh_dir("paths");
    for (const std::string bad : {"", "/etc/x", "../x", "a/../../x", "a//b", "./a", "a/", "a\nb", ".mandat-tree"}) {
        INFO(bad);
        CHECK(id_of([&] { mandat::write_tree_atomic((dir / "t").string(), {{bad, "x"}}); }) == "io.write_failed");
    }
    CHECK(id_of([&] { mandat::write_tree_atomic(".", {{"a", "x"}}); }) == "io.write_failed");
    CHECK(names_in(dir).empty());
    fs::remove_all(dir);
}

TEST_CASE("write_tree_atomic: a failure half-way leaves the old folder as it was", "[writer][io]") {
    const auto dir = fresh_dir("halfway");
    const auto tree = dir / "tree";
    mandat::write_tree_atomic(tree.string(), {{"a", "old a"}, {"c", "old c"}});
    const auto before = snapshot(tree);
    // "b" is written as a file, then "b/c" needs it as a folder: the write fails after "a" and "b".
    CHECK_THROWS_WITH(mandat::write_tree_atomic(tree.string(), {{"a", "new a"}, {"b", "x"}, {"b/c", "y"}}),
                      Catch::StartsWith("cannot create the folder "));
    CHECK(snapshot(tree) == before);
    CHECK(names_in(dir) == std::vector<std::string>{"tree"});  // the temporary folder is gone
    fs::remove_all(dir);
}

TEST_CASE("write_tree_atomic: a link inside an earlier tree is replaced, never followed", "[writer][io]") {
    const auto dir = fresh_dir("link-inside");
    const auto tree = dir / "tree";
    mandat::write_tree_atomic(tree.string(), {{"sub/a.json", "old"}});
    put(dir / "outside.json", "outside");
    fs::remove(tree / "sub" / "a.json");
    fs::create_symlink(dir / "outside.json", tree / "sub" / "a.json");
    fs::create_directory_symlink(dir, tree / "sub" / "up");  // not listed: a link is a file mandat did not write
    CHECK(id_of([&] { mandat::write_tree_atomic(tree.string(), {{"sub/a.json", "new"}}); }) == "io.folder_not_ours");
    fs::remove(tree / "sub" / "up");
    mandat::write_tree_atomic(tree.string(), {{"sub/a.json", "new"}});
    CHECK(bytes_of(dir / "outside.json") == "outside");
    CHECK(!fs::is_symlink(tree / "sub" / "a.json"));
    CHECK(bytes_of(tree / "sub" / "a.json") == "new");
    CHECK(names_in(dir) == std::vector<std::string>{"outside.json", "tree"});
    fs::remove_all(dir);
}

TEST_CASE("cli: an output file is never one of the CSV files of a ROSTER folder", "[writer][io][cli]") {
    const auto dir = fresh_dir("cli-folder-input");
    fs::copy(mandat::testing::source_path("examples/roster-csv"), dir / "roster");
    const auto before = snapshot(dir / "roster");
    for (const auto& file : {"persons.csv", "memberships.csv", "meetings.csv", "document.csv"}) {
        const std::string out = (dir / "roster" / file).string();
        for (const std::vector<std::string>& args :
             {std::vector<std::string>{"check", (dir / "roster").string(), "--output", out},
              {"roster", (dir / "roster").string(), "--date", "2023-01-01", "--output", out},
              {"export", "--to", "popolo", (dir / "roster").string(), "--output", out}}) {
            INFO(args.front() << " " << file);
            const auto r = run_cli(args);
            CHECK(r.code == 2);
            CHECK(r.err == "mandat: cannot write " + out + ": it is the input " + out +
                               "; write the output to another file [io.overwrites_input]\n");
        }
    }
    CHECK(snapshot(dir / "roster") == before);
    fs::remove_all(dir);
}

TEST_CASE("cli: input_files lists every file an invocation reads", "[writer][cli]") {
    const auto dir = fresh_dir("input-files");
    fs::create_directories(dir / "r");
    mandat::cli::invocation inv;
    inv.command = "check";
    inv.values = {{"ROSTER", {(dir / "r").string()}}, {"--mandate", {"m.json"}}, {"--output", {"o"}}, {"--date", {"x"}}};
    const auto in_r = [&](const char* f) { return (dir / "r" / f).string(); };
    CHECK(mandat::cli::input_files(inv) == std::vector<std::string>{in_r("persons.csv"), in_r("memberships.csv"),
                                                                    in_r("meetings.csv"), in_r("document.csv"), "m.json"});
    inv.command = "diff";
    inv.values = {{"OLD", {"a.json"}}, {"NEW", {"b.json"}}, {"--history", {"h.json"}}};
    CHECK(mandat::cli::input_files(inv) == std::vector<std::string>{"a.json", "b.json", "h.json"});
    inv.command = "plan";
    inv.values = {{"YEAR", {"2027"}}, {"--roster", {"booked.json"}}};
    CHECK(mandat::cli::input_files(inv) == std::vector<std::string>{"booked.json"});
    inv.command = "lint";
    inv.values = {{"FILE", {"m.json"}}};
    CHECK(mandat::cli::input_files(inv) == std::vector<std::string>{"m.json"});
    fs::remove_all(dir);
}

TEST_CASE("cli: export --to oparl never writes over an input in its folder", "[writer][io][cli][oparl]") {
    const auto dir = fresh_dir("cli-oparl-inputs");
    const auto mandate = dir / "out" / "mandate.json";
    put(mandate, mandat::read_file(mandat::testing::source_path("data/trondelag-2022.mandate.json")));
    const auto before = snapshot(dir);
    const auto r = run_cli({"export", "--to", "oparl", example, "--mandate", mandate.string(), "--output", (dir / "out").string(),
                            "--base-url", "https://example.org/o/"});
    CHECK(r.code == 2);
    CHECK(r.err == "mandat: cannot write " + mandate.string() + ": it is the input " + mandate.string() +
                       "; write the output to another file [io.overwrites_input]\n");
    CHECK(snapshot(dir) == before);
    // Into a ROSTER folder: its persons.csv is an input.
    fs::copy(mandat::testing::source_path("examples/roster-csv"), dir / "roster");
    const auto roster_before = snapshot(dir / "roster");
    const auto into_roster = run_cli({"export", "--to", "oparl", (dir / "roster").string(), "--output", (dir / "roster").string(),
                                      "--base-url", "https://example.org/o/"});
    CHECK(into_roster.code == 2);
    CHECK_THAT(into_roster.err, Catch::EndsWith("[io.overwrites_input]\n"));
    CHECK(snapshot(dir / "roster") == roster_before);
    // A folder of other files: refused, untouched.
    put(dir / "site" / "index.html", "<p>mine</p>");
    const auto site = run_cli(
        {"export", "--to", "oparl", example, "--output", (dir / "site").string(), "--base-url", "https://example.org/o/"});
    CHECK(site.code == 2);
    CHECK_THAT(site.err, Catch::EndsWith("choose an empty or new folder [io.folder_not_ours]\n"));
    CHECK(names_in(dir / "site") == std::vector<std::string>{"index.html"});
    fs::remove_all(dir);
}

TEST_CASE("cli: export --to oparl again replaces the tree: stale files gone, links not followed", "[writer][io][cli][oparl]") {
    const auto dir = fresh_dir("cli-oparl-again");
    const auto out = dir / "out";
    REQUIRE(
        run_cli({"export", "--to", "oparl", example, "--output", out.string(), "--base-url", "https://example.org/o/"}).code ==
        0);
    REQUIRE(fs::exists(out / "person" / "p-ks2.json"));
    // A file of the tree replaced by a link to a file outside it.
    put(dir / "outside.json", "outside");
    fs::remove(out / "person" / "p-ks1.json");
    fs::create_symlink(dir / "outside.json", out / "person" / "p-ks1.json");
    put(dir / "small.json", small_roster);
    const auto r = run_cli({"export", "--to", "oparl", (dir / "small.json").string(), "--output", out.string(), "--base-url",
                            "https://example.org/o/"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(bytes_of(dir / "outside.json") == "outside");
    CHECK(!fs::exists(out / "person" / "p-ks2.json"));  // stale: the small roster has no p-ks2
    CHECK(!fs::exists(out / "person" / "p-ks1.json"));
    CHECK(fs::exists(out / "person" / "p1.json"));
    CHECK(names_in(dir) == std::vector<std::string>{"out", "outside.json", "small.json"});
    fs::remove_all(dir);
}

TEST_CASE("cli: an export that fails half-way leaves the earlier folder as it was", "[writer][io][cli]") {
    const auto dir = fresh_dir("cli-halfway");
    put(dir / "small.json", small_roster);
    for (const std::string to : {"oparl", "csv"}) {
        INFO(to);
        const auto out = dir / to;
        std::vector<std::string> args = {"export",   "--to",       to,           (dir / "small.json").string(),
                                         "--output", out.string(), "--base-url", "https://old.example.org/"};
        if (to == "csv") args.resize(6);
        REQUIRE(run_cli(args).code == 0);
        const auto before = snapshot(out);
        // Another roster and base URL: every file differs. The example's files of up to 3,000
        // bytes can be written (the first ones in order of their names), the larger ones cannot.
        args[3] = example;
        if (to == "oparl") args[7] = "https://example.org/o/";
        CHECK(run_cli_with_file_limit(args, 3000) == 2);
        CHECK(snapshot(out) == before);
    }
    CHECK(names_in(dir) == std::vector<std::string>{"csv", "oparl", "small.json"});
    fs::remove_all(dir);
}

TEST_CASE("oparl: an unnamed membership or meeting never shares a file with a named one", "[writer][oparl]") {
    const auto r = mandat::load_roster(R"({"format": "mandat.roster/1",
      "persons": [{"id": "p1", "name": "Kari"}],
      "memberships": [
        {"id": "n2", "person_id": "p1", "organization_id": "styringsgruppen", "on_behalf_of_id": "ks", "role": "member",
         "start_date": "2022-01-01"},
        {"person_id": "p1", "organization_id": "arbeidsutvalget", "on_behalf_of_id": "ks", "role": "member",
         "start_date": "2022-01-01"}],
      "meetings": [{"id": "n2", "organization_id": "styringsgruppen", "date": "2022-03-01", "attendee_ids": []},
                   {"organization_id": "styringsgruppen", "date": "2022-04-01", "attendee_ids": []}]})");
    const auto tree = mandat::oparl_tree(mandat::testing::M(), r, "https://example.org/o/");
    CHECK(tree.at("membership/n2.json")["organization"] == "https://example.org/o/organization/styringsgruppen.json");
    CHECK(tree.at("membership/~n2.json")["organization"] == "https://example.org/o/organization/arbeidsutvalget.json");
    CHECK(tree.at("meeting/n2.json")["start"] == "2022-03-01T00:00:00+01:00");
    CHECK(tree.at("meeting/~n2.json")["start"] == "2022-04-01T00:00:00+02:00");
    const auto& body = tree.at("body/" + mandat::testing::M().id + "/memberships.json");
    CHECK(body["data"].size() == 2);
}

TEST_CASE("oparl: an id at the limit of an id is written in folders whose names fit the file system", "[writer][oparl][io]") {
    // A meeting id of 256 bytes (the limit) and a person id of 128 "é" (256 bytes, 513 characters
    // escaped): each name of the path at most 200 bytes, ".json" on the last.
    const std::string meeting(256, 'm');
    std::string person;
    for (int i = 0; i < 128; ++i) person += "\xc3\xa9";
    mandat::roster r;
    r.persons.push_back({person, "Kari", std::nullopt, std::nullopt, std::nullopt, {}});
    r.meetings.push_back({meeting, "styringsgruppen", mandat::date(2024, 3, 1), {person}, std::nullopt, {}});
    std::string escaped = "~";
    for (int i = 0; i < 128; ++i) escaped += "c3a9";
    const auto dir = fresh_dir("long-ids");
    mandat::write_oparl(mandat::testing::M(), r, (dir / "o").string(), "https://example.org/o/");
    const std::string meeting_file = "meeting/" + meeting.substr(0, 200) + "/" + meeting.substr(200) + ".json";
    const std::string person_file =
        "person/" + escaped.substr(0, 200) + "/" + escaped.substr(200, 200) + "/" + escaped.substr(400) + ".json";
    CHECK(fs::is_regular_file(dir / "o" / meeting_file));
    CHECK(fs::is_regular_file(dir / "o" / person_file));
    const auto m = nlohmann::json::parse(bytes_of(dir / "o" / meeting_file));
    CHECK(m["id"] == "https://example.org/o/" + meeting_file);
    CHECK(m["participant"] == nlohmann::json::array({"https://example.org/o/" + person_file}));
    fs::remove_all(dir);
}

TEST_CASE("oparl: the base URL is an http or https URL with a host", "[writer][oparl]") {
    CHECK(mandat::web_base_url("https://example.org/o") == "https://example.org/o/");
    CHECK(mandat::web_base_url("http://example.org:8080/o/") == "http://example.org:8080/o/");
    CHECK(mandat::web_base_url("HTTPS://[::1]/") == "HTTPS://[::1]/");
    const std::vector<std::string> bad = {"javascript:alert(1)//",
                                          "data:text/html,x",
                                          "file:///etc/",
                                          "//example.org/",
                                          "ftp://example.org/",
                                          "https:///o/",
                                          "https://u@example.org/",
                                          "https://example.org:x/",
                                          "https://example.org/o?x=",
                                          "https://example.org/#",
                                          "https://exa mple.org/",
                                          "https://example.org/\x1b[2J",
                                          "https://example.org/\"><script>"};
    for (const auto& url : bad) {
        INFO(url);
        CHECK(id_of([&] { mandat::web_base_url(url); }) == "query.invalid_url");
    }
    CHECK_THROWS_WITH(mandat::web_base_url("javascript:alert(1)//"),
                      "the base URL \"javascript:alert(1)//\" is not an http or https URL (such as https://example.org/oparl/)");
}

TEST_CASE("cli: export --to oparl refuses a javascript: base URL and writes nothing", "[writer][io][cli][oparl]") {
    const auto dir = fresh_dir("base-url");
    const auto r =
        run_cli({"export", "--to", "oparl", example, "--output", (dir / "o").string(), "--base-url", "javascript:alert(1)//"});
    CHECK(r.code == 2);
    CHECK(r.err ==
          "mandat: the base URL \"javascript:alert(1)//\" is not an http or https URL (such as "
          "https://example.org/oparl/) [query.invalid_url]\n");
    CHECK(names_in(dir).empty());
    fs::remove_all(dir);
}
