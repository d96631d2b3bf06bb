// Reading and writing files (mandat/io.hpp): read_file refuses what is not a bounded regular
// file; write_file_atomic never leaves a truncated file, even when the writer is killed.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "mandat/mandat.hpp"

namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const char* name) {
    const auto dir = fs::temp_directory_path() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
}  // namespace

TEST_CASE("read_file refuses devices, directories and files over the limit") {
    CHECK_THROWS_WITH(mandat::read_file("/dev/zero"), "cannot read /dev/zero: not a regular file");
    CHECK_THROWS_WITH(mandat::read_file("/"), "cannot read /: it is a directory");
    const auto dir = fresh_dir("mandat-test-read");
    const std::string path = (dir / "big.json").string();
    mandat::write_file_atomic(path, std::string(1000, ' '));
    CHECK(mandat::read_file(path, 1000).size() == 1000);
    CHECK_THROWS_AS(mandat::read_file(path, 999), mandat::io_error);
    CHECK_THROWS_WITH(mandat::read_file(path, 999), Catch::Contains("1000 bytes, more than the limit of 999"));
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic: a failed rename leaves the target and no temporary file") {
    const auto dir = fresh_dir("mandat-test-write");
    fs::create_directories(dir / "target");  // a directory where the file should go
    CHECK_THROWS_AS(mandat::write_file_atomic((dir / "target").string(), "x"), mandat::io_error);
    CHECK(fs::is_directory(dir / "target"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic: a writer killed mid-write leaves the old file whole") {
    const auto dir = fresh_dir("mandat-test-kill");
    const std::string path = (dir / "report.txt").string();
    const std::string old_content = "the old report\n";
    mandat::write_file_atomic(path, old_content);
    const std::string big(64u << 20, 'x');  // 64 MiB: long enough to be interrupted
    for (int attempt = 0; attempt < 5; ++attempt) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            mandat::write_file_atomic(path, big);
            _exit(0);
        }
        usleep(static_cast<useconds_t>(2000 + 4000 * attempt));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        // Whatever the moment of the kill: the old content or the whole new one, never a part.
        const std::string now = mandat::read_file(path);
        CHECK((now == old_content || now == big));
        if (now == big) mandat::write_file_atomic(path, old_content);
    }
    fs::remove_all(dir);
}
