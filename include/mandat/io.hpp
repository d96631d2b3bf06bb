// mandat/io.hpp - reading documents and writing outputs without losing data.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "mandat/limits.hpp"

namespace mandat {

// The whole content of a regular file of at most `max_bytes`; throws io_error naming the
// path and the reason. Devices, FIFOs and directories are refused (a document is a file;
// /dev/zero would never end).
std::string read_file(const std::string& path, std::size_t max_bytes = default_max_document_bytes);

// Writes `content` to `path` through a temporary file in the same folder and an atomic
// rename, so that an interrupted write never leaves a truncated file behind. Throws
// io_error naming the path and the reason. It never destroys what is not a regular file
// (docs/hardening.md, "Writing output"):
//  - a path that is a symbolic link, a directory, a FIFO, a socket or a device is refused
//    (io.not_a_file): links are not followed, so name the link's target instead;
//  - a path that is the same file as one of `inputs` (compared by device and inode, so
//    through links and other spellings too) is refused (io.overwrites_input);
//  - an existing file keeps its permission bits, and its owner and group where the writer
//    may set them (root may; others keep them when they are the owner);
//  - the temporary file has a short name of its own, so a target whose name is as long as
//    the file system allows can be written;
//  - a folder that does not let the user create files is said plainly (io.write_failed):
//    a file is only ever replaced by a rename, never rewritten in place.
void write_file_atomic(const std::string& path, const std::string& content, const std::vector<std::string>& inputs = {});

// The file that marks a folder as written by write_tree_atomic: its first line is
// "mandat-tree 1", each further line the relative path of one file of the tree.
inline constexpr const char* tree_manifest = ".mandat-tree";

// Writes a folder of files (CSV tables, an OParl tree) as a whole: `files` maps each relative
// path ("persons.csv", "person/p1.json") to its content. Either the folder afterwards holds
// exactly these files and the manifest (tree_manifest), or the write fails, an io_error names
// the path and the reason, and the folder is as it was (docs/hardening.md, "Writing output"):
//  - the tree is built in a new folder beside `folder` (same parent, made with mkdtemp; the
//    parent is created when missing), every file created there afresh (O_EXCL, O_NOFOLLOW),
//    then put in place by rename, so nothing is written through a link and a failure half-way
//    leaves only that temporary folder, which is removed;
//  - a relative path that is empty, absolute, has an empty, "." or ".." part, a control
//    character, or is the manifest itself is refused (io.write_failed);
//  - a `folder` that is a symbolic link or not a folder is refused (io.not_a_file);
//  - an existing folder is replaced only when it is empty or was written by this function:
//    every file below it (links are not followed) must be listed in its manifest, else it
//    holds a file mandat did not write and is refused (io.folder_not_ours), never deleted;
//  - an existing folder holding one of `inputs` (compared by device and inode, as
//    write_file_atomic does) is refused (io.overwrites_input);
//  - a replaced folder is renamed aside, the new one renamed into place and the old one then
//    removed (links inside it are removed, never followed): a file of an earlier write that
//    the new `files` do not name (a stale file) is gone afterwards. The new folder keeps the
//    old one's permission bits (a new one is rwxr-xr-x); its files are rw-r--r--.
void write_tree_atomic(const std::string& folder, const std::map<std::string, std::string>& files,
                       const std::vector<std::string>& inputs = {});

}  // namespace mandat
