// Reading and writing files (mandat/io.hpp): read_file refuses what is not a bounded regular
// file; write_file_atomic never leaves a truncated file, even when the writer is killed, and
// never destroys what is not a regular file or is one of the inputs. The tests tagged [io] run
// twice in CTest: as the user running the tests and, when that is root, again as an
// unprivileged user (tests/run-unprivileged.sh), since root may do what others may not.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "mandat/mandat.hpp"

namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const char* name) {
    // One folder per user, so the unprivileged run does not meet root's leftovers.
    const auto dir = fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::geteuid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string id_of_failure(const std::string& path, const std::string& content, const std::vector<std::string>& inputs = {}) {
    try {
        mandat::write_file_atomic(path, content, inputs);
    } catch (const mandat::io_error& e) {
        return e.id();
    }
    return "no failure";
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("read_file refuses devices, directories and files over the limit", "[io]") {
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

TEST_CASE("write_file_atomic: a directory is refused and no temporary file is left", "[io]") {
    const auto dir = fresh_dir("mandat-test-write");
    fs::create_directories(dir / "target");  // a directory where the file should go
    CHECK_THROWS_AS(mandat::write_file_atomic((dir / "target").string(), "x"), mandat::io_error);
    CHECK_THROWS_WITH(
        mandat::write_file_atomic((dir / "target").string(), "x"),
        "cannot write " + (dir / "target").string() + ": it is a directory, and only a regular file is ever replaced");
    CHECK(fs::is_directory(dir / "target"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic: a writer killed mid-write leaves the old file whole", "[io]") {
    const auto dir = fresh_dir("mandat-test-kill");
    const std::string path = (dir / "report.txt").string();
    const std::string old_content = "the old report\n";
    mandat::write_file_atomic(path, old_content);
    const std::string big(256u << 20, 'x');  // 256 MiB: long enough to be caught writing
    int interrupted = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            mandat::write_file_atomic(path, big);
            _exit(0);
        }
        // Wait until the temporary file has some but not all of the bytes, then kill: the kill
        // is known to land in the middle of the write (no sleep guesses the moment).
        fs::path temporary;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (temporary.empty() && std::chrono::steady_clock::now() < deadline) {
            for (const auto& e : fs::directory_iterator(dir)) {
                std::error_code ec;
                const auto size = fs::file_size(e.path(), ec);
                if (e.path().filename() != "report.txt" && !ec && size > 0 && size < big.size()) temporary = e.path();
            }
        }
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        std::error_code ec;
        if (!temporary.empty() && fs::exists(temporary, ec) && fs::file_size(temporary, ec) < big.size()) {
            ++interrupted;  // the kill left a part-written temporary file: the write was cut
            fs::remove(temporary);
        }
        // Whatever the moment of the kill: the old content or the whole new one, never a part.
        const std::string now = mandat::read_file(path, big.size());
        CHECK((now == old_content || now == big));
        if (now == big) mandat::write_file_atomic(path, old_content);
    }
    CHECK(interrupted >= 1);
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic refuses links, FIFOs, sockets and devices and leaves them as they were", "[io]") {
    const auto dir = fresh_dir("mandat-test-special");
    // A symbolic link is not followed: neither the link nor what it points to changes.
    const auto target = dir / "real.txt";
    mandat::write_file_atomic(target.string(), "real\n");
    fs::create_symlink(target, dir / "link.txt");
    CHECK(id_of_failure((dir / "link.txt").string(), "x") == "io.not_a_file");
    CHECK_THROWS_WITH(mandat::write_file_atomic((dir / "link.txt").string(), "x"),
                      "cannot write " + (dir / "link.txt").string() +
                          ": it is a symbolic link; links are not followed: name the file it points to");
    CHECK(fs::is_symlink(dir / "link.txt"));
    CHECK(mandat::read_file(target.string()) == "real\n");
    // A dangling link is refused too (writing would create a file elsewhere).
    fs::create_symlink(dir / "nowhere.txt", dir / "dangling.txt");
    CHECK(id_of_failure((dir / "dangling.txt").string(), "x") == "io.not_a_file");
    CHECK_FALSE(fs::exists(dir / "nowhere.txt"));

    const auto fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_THROWS_WITH(mandat::write_file_atomic(fifo.string(), "x"),
                      "cannot write " + fifo.string() + ": it is a FIFO (named pipe), and only a regular file is ever replaced");
    CHECK(fs::is_fifo(fifo));

    const auto sock_path = dir / "sock";
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(sock >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    REQUIRE(sock_path.string().size() < sizeof addr.sun_path);
    std::strcpy(addr.sun_path, sock_path.c_str());
    REQUIRE(::bind(sock, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0);
    CHECK(id_of_failure(sock_path.string(), "x") == "io.not_a_file");
    CHECK(fs::is_socket(sock_path));
    ::close(sock);

    // A device: root makes one of its own in the folder (a copy of /dev/null's numbers), so a
    // regression could never replace the real one; others cannot create files in /dev anyway.
    fs::path device = "/dev/null";
    if (::geteuid() == 0) {
        device = dir / "null";
        REQUIRE(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    }
    CHECK_THROWS_WITH(mandat::write_file_atomic(device.string(), "x"),
                      "cannot write " + device.string() + ": it is a device, and only a regular file is ever replaced");
    CHECK(fs::is_character_file(device));
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic refuses to replace one of its inputs, however it is named", "[io]") {
    const auto dir = fresh_dir("mandat-test-inputs");
    const auto roster = dir / "roster.json";
    mandat::write_file_atomic(roster.string(), "{}\n");
    fs::create_symlink(roster, dir / "alias.json");
    const std::string same_by_another_path = (dir / "." / "roster.json").string();
    CHECK(id_of_failure(roster.string(), "x", {roster.string()}) == "io.overwrites_input");
    CHECK(id_of_failure(same_by_another_path, "x", {roster.string()}) == "io.overwrites_input");
    CHECK(id_of_failure(roster.string(), "x", {(dir / "alias.json").string()}) == "io.overwrites_input");
    CHECK_THROWS_WITH(
        mandat::write_file_atomic(roster.string(), "x", {"missing.json", roster.string()}),
        "cannot write " + roster.string() + ": it is the input " + roster.string() + "; write the output to another file");
    CHECK(mandat::read_file(roster.string()) == "{}\n");
    // Another file is written as usual.
    mandat::write_file_atomic((dir / "report.txt").string(), "ok\n", {roster.string()});
    CHECK(mandat::read_file((dir / "report.txt").string()) == "ok\n");
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic keeps an existing file's mode and owner", "[io]") {
    const auto dir = fresh_dir("mandat-test-mode");
    const auto path = dir / "report.txt";
    mandat::write_file_atomic(path.string(), "one\n");
    CHECK((fs::status(path).permissions() & fs::perms::mask) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));
    for (const auto mode : {0600, 0640, 0755}) {
        REQUIRE(::chmod(path.c_str(), static_cast<mode_t>(mode)) == 0);
        mandat::write_file_atomic(path.string(), "two\n");
        struct stat st {};
        REQUIRE(::stat(path.c_str(), &st) == 0);
        CHECK((st.st_mode & 07777) == static_cast<mode_t>(mode));
        CHECK(mandat::read_file(path.string()) == "two\n");
    }
    if (::geteuid() == 0) {  // only root may give a file away; it is kept
        REQUIRE(::chown(path.c_str(), 4242, 4343) == 0);
        mandat::write_file_atomic(path.string(), "three\n");
        struct stat st {};
        REQUIRE(::stat(path.c_str(), &st) == 0);
        CHECK(st.st_uid == 4242u);
        CHECK(st.st_gid == 4343u);
    }
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic writes names as long as the file system allows", "[io]") {
    const auto dir = fresh_dir("mandat-test-long");
    const auto path = dir / std::string(255, 'r');  // NAME_MAX on Linux file systems
    mandat::write_file_atomic(path.string(), "first\n");
    mandat::write_file_atomic(path.string(), "second\n");
    CHECK(mandat::read_file(path.string()) == "second\n");
    CHECK(entries(dir) == 1);
    CHECK(id_of_failure((dir / std::string(256, 'r')).string(), "x") == "io.write_failed");
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomic in a folder the user cannot create files in", "[io]") {
    const auto dir = fresh_dir("mandat-test-locked");
    const auto path = dir / "report.txt";
    mandat::write_file_atomic(path.string(), "old\n");
    REQUIRE(::chmod(path.c_str(), 0666) == 0);
    REQUIRE(::chmod(dir.c_str(), 0555) == 0);
    if (::geteuid() == 0) {
        // Root may create files anywhere: the write goes through.
        mandat::write_file_atomic(path.string(), "new\n");
        CHECK(mandat::read_file(path.string()) == "new\n");
    } else {
        // Everyone else is told why the writable file is not rewritten in place.
        CHECK_THROWS_WITH(mandat::write_file_atomic(path.string(), "new\n"),
                          Catch::StartsWith("cannot write " + path.string() + ": the folder " + dir.string() +
                                            " does not let this user create a file (Permission denied), and a file is "
                                            "only replaced through a new file and a rename"));
        CHECK(mandat::read_file(path.string()) == "old\n");
    }
    REQUIRE(::chmod(dir.c_str(), 0755) == 0);
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}
