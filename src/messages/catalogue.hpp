// The message catalogue's parts (private): each file of src/messages/ holds the entries of one
// area, in English and Norwegian bokmål. The renderer (render.cpp) indexes them all.
#pragma once

#include <cstddef>
#include <vector>

namespace mandat::messages {

struct entry {
    const char* id;
    const char* en;
    const char* nb;
};

struct catalogue_part {
    const entry* entries;
    std::size_t size;
};

catalogue_part findings_part();  // findings.cpp: every finding code and its variants
catalogue_part texts_part();     // texts.cpp: the text report, the command line, histories, words
catalogue_part analysis_part();  // analysis.cpp: lint and diff
catalogue_part html_part();      // html.cpp: the HTML report

inline std::vector<catalogue_part> all_parts() { return {findings_part(), texts_part(), analysis_part(), html_part()}; }

}  // namespace mandat::messages
