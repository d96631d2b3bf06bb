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

#include "documents/document_file.hpp"
#include "documents/output_guard.hpp"
#include "mandat/error.hpp"

namespace mandat {

namespace detail {

void check_document_file(const std::string& path, std::size_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw io_error(errors::io_read_failed, "cannot read " + path + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw io_error(errors::io_read_failed, "cannot read " + path + ": it is a directory");
    if (!S_ISREG(st.st_mode)) throw io_error(errors::io_read_failed, "cannot read " + path + ": not a regular file");
    if (static_cast<std::size_t>(st.st_size) > max_bytes)
        throw io_error(errors::io_too_large, "cannot read " + path + ": " + std::to_string(st.st_size) +
                                                 " bytes, more than the limit of " + std::to_string(max_bytes));
}

document_file::document_file(const std::string& path, std::size_t max_bytes) : max_bytes_(max_bytes) {
    check_document_file(path, max_bytes);
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) throw io_error(errors::io_read_failed, "cannot read " + path + ": " + std::strerror(errno));
}

document_file::~document_file() { std::fclose(file_); }

document_file::int_type document_file::underflow() {
    if (unusual_) return traits_type::eof();
    const std::size_t n = std::fread(buffer_, 1, sizeof buffer_, file_);
    read_ += n;
    unusual_ = std::ferror(file_) != 0 || read_ > max_bytes_ || std::memchr(buffer_, 0, n) != nullptr;
    if (n == 0 || unusual_) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(buffer_[0]);
}

bool document_file::unusual_anywhere() {
    setg(buffer_, buffer_, buffer_);
    while (underflow() != traits_type::eof()) setg(buffer_, buffer_, buffer_);
    return unusual_;
}

}  // namespace detail

std::string read_file(const std::string& path, std::size_t max_bytes) {
    detail::check_document_file(path, max_bytes);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error(errors::io_read_failed, "cannot read " + path + ": " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw io_error(errors::io_read_failed, "cannot read " + path + ": read error");
    return ss.str();
}

namespace detail {

std::vector<input_identity> identities_of(const std::vector<std::string>& inputs) {
    std::vector<input_identity> out;
    for (const auto& input : inputs) {
        struct stat in {};
        if (::stat(input.c_str(), &in) == 0) out.push_back({input, in.st_dev, in.st_ino});
    }
    return out;
}

const input_identity* input_that_is(const struct stat& st, const std::vector<input_identity>& inputs) {
    for (const auto& in : inputs)
        if (in.dev == st.st_dev && in.ino == st.st_ino) return &in;
    return nullptr;
}

void refuse_input(const std::string& path, const std::string& input) {
    throw io_error(errors::io_overwrites_input,
                   "cannot write " + path + ": it is the input " + input + "; write the output to another file");
}

const char* kind_of(mode_t mode) {
    if (S_ISLNK(mode)) return "a symbolic link";
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISREG(mode)) return "a regular file";
    return "not a regular file";
}

std::string folder_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

void refuse_temporary(const std::string& where, const std::string& folder, const char* what, int errno_value, bool exists) {
    if ((errno_value == EACCES || errno_value == EPERM || errno_value == EROFS) && exists)
        throw io_error(errors::io_write_failed,
                       where + "the folder " + folder + " does not let this user create a " + what + " (" +
                           std::strerror(errno_value) + "), and a " + what + " is only replaced through a new " + what +
                           " and a rename, so that an interrupted write never leaves it truncated; write to a folder "
                           "where you can create files");
    throw io_error(errors::io_write_failed, where + std::strerror(errno_value));
}

}  // namespace detail

namespace {

// The target of a write: whether it exists (then `target` is its lstat), after checking that it is
// a regular file (links are not followed) and none of the inputs.
bool check_target(const std::string& path, const std::string& where, const std::vector<std::string>& inputs,
                  struct stat& target) {
    bool exists = true;
    if (::lstat(path.c_str(), &target) != 0) {
        if (errno != ENOENT) throw io_error(errors::io_write_failed, where + std::strerror(errno));
        exists = false;
    }
    if (exists && !S_ISREG(target.st_mode)) {
        std::string why = where + "it is " + detail::kind_of(target.st_mode);
        if (S_ISLNK(target.st_mode))
            why += "; links are not followed: name the file it points to";
        else
            why += ", and only a regular file is ever replaced";
        throw io_error(errors::io_not_a_file, why);
    }
    if (exists) {
        const auto identities = detail::identities_of(inputs);
        if (const auto* input = detail::input_that_is(target, identities)) detail::refuse_input(path, input->path);
    }
    return exists;
}

// A new temporary file for `path`, open for writing; its name is put in `tmp`.
// The temporary file lives in the target's folder, so the rename stays on one file system;
// its name is short and its own, whatever the length of the target's name.
int create_temporary(const std::string& path, const std::string& where, bool exists, std::string& tmp) {
    const std::string folder = detail::folder_of(path);
    std::string tmpl = folder + "/.mandat-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) detail::refuse_temporary(where, folder, "file", errno, exists);
    tmp = name.data();
    return fd;
}

}  // namespace

void write_file_atomic(const std::string& path, const std::string& content, const std::vector<std::string>& inputs) {
    const std::string where = "cannot write " + path + ": ";
    if (path.empty()) throw io_error(errors::io_write_failed, "cannot write a file with an empty name");
    struct stat target {};
    const bool exists = check_target(path, where, inputs, target);
    std::string tmp;
    const int fd = create_temporary(path, where, exists, tmp);
    auto fail = [&](const std::string& what) {
        const int saved = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        throw io_error(errors::io_write_failed, where + what + (saved ? std::string(": ") + std::strerror(saved) : ""));
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
    // A new file is rw-r--r--; an existing one keeps its permission bits, and its owner and group
    // where this user may set them (a failure there leaves the writer as the owner, as a copy would).
    if (::fchmod(fd, exists ? (target.st_mode & 07777) : 0644) != 0) fail("chmod failed");
    if (exists && (target.st_uid != ::geteuid() || target.st_gid != ::getegid())) {
        // Neither may be set by every user: then the writer owns the new file, as a copy would.
        [[maybe_unused]] const bool kept =
            ::fchown(fd, target.st_uid, target.st_gid) == 0 || ::fchown(fd, static_cast<uid_t>(-1), target.st_gid) == 0;
        // fchown may clear set-user/group-id bits: set the mode again.
        if (::fchmod(fd, target.st_mode & 07777) != 0) fail("chmod failed");
    }
    if (::fsync(fd) != 0) fail("fsync failed");
    if (::close(fd) != 0) {
        const int saved = errno;
        ::unlink(tmp.c_str());
        throw io_error(errors::io_write_failed, where + "close failed: " + std::strerror(saved));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        ::unlink(tmp.c_str());
        throw io_error(errors::io_write_failed, where + "rename failed: " + std::strerror(saved));
    }
}

}  // namespace mandat
