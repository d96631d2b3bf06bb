// Reading documents and writing outputs atomically (see mandat/io.hpp).
#include "mandat/io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "mandat/error.hpp"

namespace mandat {

std::string read_file(const std::string& path, std::size_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw io_error(errors::io_read_failed, "cannot read " + path + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw io_error(errors::io_read_failed, "cannot read " + path + ": it is a directory");
    if (!S_ISREG(st.st_mode)) throw io_error(errors::io_read_failed, "cannot read " + path + ": not a regular file");
    if (static_cast<std::size_t>(st.st_size) > max_bytes)
        throw io_error(errors::io_too_large, "cannot read " + path + ": " + std::to_string(st.st_size) +
                                                 " bytes, more than the limit of " + std::to_string(max_bytes));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error(errors::io_read_failed, "cannot read " + path + ": " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw io_error(errors::io_read_failed, "cannot read " + path + ": read error");
    return ss.str();
}

void write_file_atomic(const std::string& path, const std::string& content) {
    // The temporary file lives in the target's folder, so the rename stays on one file system.
    std::string tmpl = path + ".tmp-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throw io_error(errors::io_write_failed, "cannot write " + path + ": " + std::strerror(errno));
    const std::string tmp(name.data());
    auto fail = [&](const std::string& what) {
        const int saved = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        throw io_error(errors::io_write_failed,
                       "cannot write " + path + ": " + what + (saved ? std::string(": ") + std::strerror(saved) : ""));
    };
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("write failed");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0) fail("chmod failed");
    if (::fsync(fd) != 0) fail("fsync failed");
    if (::close(fd) != 0) {
        ::unlink(tmp.c_str());
        throw io_error(errors::io_write_failed, "cannot write " + path + ": close failed: " + std::strerror(errno));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        ::unlink(tmp.c_str());
        throw io_error(errors::io_write_failed, "cannot write " + path + ": rename failed: " + std::strerror(saved));
    }
}

}  // namespace mandat
