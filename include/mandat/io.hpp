// mandat/io.hpp - reading documents and writing outputs without losing data.
#pragma once

#include <cstddef>
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

}  // namespace mandat
