// The finding builder (see mandat/finding_builder.hpp): the one place a finding's message is
// rendered when it is made.
#include "mandat/finding_builder.hpp"

namespace mandat {

finding finding_builder::build(language lang) {
    f_.message = render_message(f_.message_id, lang, f_.facts);
    return std::move(f_);
}

}  // namespace mandat
