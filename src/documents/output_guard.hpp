// What every writer of an output shares (private to the library's sources): the inputs a write
// must never replace, compared by device and inode, and the words of its refusals
// (write_file_atomic in files.cpp, write_tree_atomic in tree.cpp; mandat/io.hpp).
#pragma once

#include <sys/stat.h>

#include <string>
#include <vector>

namespace mandat::detail {

// An input of the command, as the file system knows it.
struct input_identity {
    std::string path;  // as the caller named it
    dev_t dev;
    ino_t ino;
};

// The inputs that exist, each with its device and inode (links followed: the file itself).
std::vector<input_identity> identities_of(const std::vector<std::string>& inputs);

// The input that the file `st` describes is, or nullptr.
const input_identity* input_that_is(const struct stat& st, const std::vector<input_identity>& inputs);

// Refuses (io.overwrites_input) to write `path`, which is the input `input`.
[[noreturn]] void refuse_input(const std::string& path, const std::string& input);

// What a path is, in words, for a refusal: "a symbolic link", "a directory", ...
const char* kind_of(mode_t mode);

// The folder a path's file lives in ("." for a bare name).
std::string folder_of(const std::string& path);

// Refuses (io.write_failed) after `errno_value` from creating a temporary `what` ("file",
// "folder") in `folder`; says plainly when the folder does not let the user create one while
// the target exists (an output is only replaced through a new one and a rename).
[[noreturn]] void refuse_temporary(const std::string& where, const std::string& folder, const char* what, int errno_value,
                                   bool exists);

}  // namespace mandat::detail
