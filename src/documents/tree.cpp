// Writing a folder of files as a whole: built beside the target, put in place by rename
// (write_tree_atomic, mandat/io.hpp).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>
#include <sstream>

#include "documents/output_guard.hpp"
#include "mandat/error.hpp"
#include "mandat/io.hpp"

namespace mandat {

namespace {

namespace fs = std::filesystem;

const std::string manifest_first_line = "mandat-tree 1";

// Every file is on disk before the tree is renamed into place. Linux flushes the file system
// once for the whole tree (syncfs: 12,000 files in 3 s, not a minute of fsync calls); elsewhere
// each file is flushed.
#ifdef __linux__
constexpr bool sync_each_file = false;
#else
constexpr bool sync_each_file = true;
#endif

// Refuses a relative path that could leave the tree or name nothing: empty, absolute, with an
// empty, "." or ".." part or a control character, or the manifest itself.
void check_relative(const std::string& folder, const std::string& path) {
    const std::string where = "cannot write " + folder + "/" + excerpt(path) + ": ";
    auto refuse = [&](const char* why) { throw io_error(errors::io_write_failed, where + why); };
    if (path.empty() || path.front() == '/') refuse("a path in a folder must be relative and not empty");
    for (char ch : path)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) refuse("a path may not hold a control character");
    std::size_t begin = 0;
    while (begin <= path.size()) {
        const std::size_t end = std::min(path.find('/', begin), path.size());
        const std::string part = path.substr(begin, end - begin);
        if (part.empty() || part == "." || part == "..") refuse("a path may not have an empty, \".\" or \"..\" part");
        begin = end + 1;
    }
    if (path == tree_manifest) refuse("the name is that of the folder's manifest");
}

// What an existing target folder holds that forbids replacing it: one of the inputs, or a file
// that its manifest does not list (links are not followed; folders are walked into).
void check_old_tree(const std::string& folder, const std::vector<std::string>& inputs) {
    const auto ids = detail::identities_of(inputs);
    std::set<std::string> listed;
    bool has_manifest = false;
    struct stat st {};
    const std::string manifest = folder + "/" + tree_manifest;
    if (::lstat(manifest.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        std::istringstream lines(read_file(manifest));
        std::string line;
        has_manifest = std::getline(lines, line) && line == manifest_first_line;
        while (has_manifest && std::getline(lines, line)) listed.insert(line);
    }
    std::map<const detail::input_identity*, std::string> found;  // input -> where in the folder
    std::set<std::string> foreign;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string relative = it->path().lexically_relative(folder).generic_string();
        if (::lstat(it->path().c_str(), &st) != 0) continue;  // gone meanwhile
        if (S_ISREG(st.st_mode))
            if (const auto* input = detail::input_that_is(st, ids)) found.emplace(input, it->path().string());
        if (!S_ISDIR(st.st_mode) && relative != tree_manifest && !(has_manifest && listed.count(relative)))
            foreign.insert(relative);
    }
    if (ec) throw io_error(errors::io_write_failed, "cannot write " + folder + ": cannot read it: " + ec.message());
    for (const auto& input : ids)  // the first input, in the order given
        for (const auto& [which, path] : found)
            if (which->path == input.path) detail::refuse_input(path, input.path);
    if (!foreign.empty())
        throw io_error(errors::io_folder_not_ours,
                       "cannot write " + folder + ": it holds files mandat did not write (" + folder + "/" + *foreign.begin() +
                           (foreign.size() > 1 ? " and " + std::to_string(foreign.size() - 1) + " more" : "") +
                           "), and the folder is replaced as a whole; choose an empty or new folder");
}

// Writes `content` to the new file `path` (never through a link, never over a file).
// `shown` is the file's path in the target, which errors name (not the temporary folder's).
void write_new_file(const std::string& path, const std::string& shown, const std::string& content) {
    const std::string where = "cannot write " + shown + ": ";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) throw io_error(errors::io_write_failed, where + std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            throw io_error(errors::io_write_failed, where + "write failed: " + std::strerror(saved));
        }
        done += static_cast<std::size_t>(n);
    }
    const bool synced = ::fchmod(fd, 0644) == 0 && (!sync_each_file || ::fsync(fd) == 0);
    const int saved = errno;
    if (::close(fd) != 0 || !synced)
        throw io_error(errors::io_write_failed, where + "write failed: " + std::strerror(synced ? errno : saved));
}

// Builds the tree and its manifest under the new, empty folder `root`.
void build_tree(const std::string& root, const std::string& target, const std::map<std::string, std::string>& files) {
    std::string manifest = manifest_first_line + "\n";
    std::set<std::string> made;
    for (const auto& [relative, content] : files) {
        for (auto slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', slash + 1)) {
            const std::string dir = root + "/" + relative.substr(0, slash);
            if (made.insert(dir).second && ::mkdir(dir.c_str(), 0755) != 0)
                throw io_error(errors::io_write_failed, "cannot create the folder " + target + "/" + relative.substr(0, slash) +
                                                            ": " + std::strerror(errno));
        }
        write_new_file(root + "/" + relative, target + "/" + relative, content);
        manifest += relative + "\n";
    }
    write_new_file(root + "/" + tree_manifest, target + "/" + tree_manifest, manifest);
#ifdef __linux__
    const int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::syncfs(fd) == 0;
    const int saved = errno;
    if (fd >= 0) ::close(fd);
    if (!synced) throw io_error(errors::io_write_failed, "cannot write " + root + ": sync failed: " + std::strerror(saved));
#endif
}

// A new folder beside `target`, by mkdtemp; its name is returned.
std::string temporary_folder(const std::string& parent, const std::string& where, const char* kind, bool exists) {
    std::string tmpl = parent + "/.mandat-" + kind + "-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    if (::mkdtemp(name.data()) == nullptr) detail::refuse_temporary(where, parent, "folder", errno, exists);
    return name.data();
}

// Puts the built folder `fresh` in place of `folder`, which exists when `exists`: the old one is
// renamed aside, the new one into place, then the old one removed. Throws with both unchanged.
void put_in_place(const std::string& fresh, const std::string& folder, const std::string& parent, bool exists,
                  const std::string& where) {
    auto refuse_rename = [&](int saved) {
        throw io_error(errors::io_write_failed, where + "rename failed: " + std::strerror(saved));
    };
    if (!exists) {
        if (::rename(fresh.c_str(), folder.c_str()) != 0) refuse_rename(errno);
        return;
    }
    const std::string aside = temporary_folder(parent, where, "old", exists);
    if (::rename(folder.c_str(), aside.c_str()) != 0) {
        const int saved = errno;
        ::rmdir(aside.c_str());
        refuse_rename(saved);
    }
    if (::rename(fresh.c_str(), folder.c_str()) != 0) {
        const int saved = errno;
        ::rename(aside.c_str(), folder.c_str());
        refuse_rename(saved);
    }
    std::error_code ec;
    fs::remove_all(aside, ec);  // links inside are removed, not followed
}

}  // namespace

void write_tree_atomic(const std::string& target, const std::map<std::string, std::string>& files,
                       const std::vector<std::string>& inputs) {
    std::string folder = target;
    while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
    const std::string where = "cannot write " + folder + ": ";
    const std::string name = fs::path(folder).filename().string();
    if (folder.empty() || name.empty() || name == "." || name == "..")
        throw io_error(errors::io_write_failed, "cannot write the folder \"" + excerpt(target) +
                                                    "\": a folder is put in place by renaming it; name it (e.g. ../out)");
    for (const auto& entry : files) check_relative(folder, entry.first);
    struct stat old {};
    bool exists = true;
    if (::lstat(folder.c_str(), &old) != 0) {
        if (errno != ENOENT) throw io_error(errors::io_write_failed, where + std::strerror(errno));
        exists = false;
    }
    if (exists && !S_ISDIR(old.st_mode))
        throw io_error(errors::io_not_a_file, where + "it is " + detail::kind_of(old.st_mode) +
                                                  (S_ISLNK(old.st_mode) ? "; links are not followed: name the folder it points to"
                                                                        : ", and a folder of files is only written as a folder"));
    if (exists) check_old_tree(folder, inputs);
    const std::string parent = detail::folder_of(folder);
    std::error_code ec;
    if (!exists && !fs::is_directory(parent, ec) && !fs::create_directories(parent, ec) && ec)
        throw io_error(errors::io_write_failed, "cannot create the folder " + parent + ": " + ec.message());
    const std::string fresh = temporary_folder(parent, where, "new", exists);
    try {
        build_tree(fresh, folder, files);
        if (::chmod(fresh.c_str(), exists ? (old.st_mode & 07777) : 0755) != 0)
            throw io_error(errors::io_write_failed, where + "chmod failed: " + std::strerror(errno));
        put_in_place(fresh, folder, parent, exists, where);
    } catch (...) {
        fs::remove_all(fresh, ec);
        throw;
    }
}

}  // namespace mandat
