// The HTML output's engine (see engine.hpp): rendering the embedded templates, and the small
// formatting helpers every part shares.
#include "report/html/engine.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "mandat/version.hpp"

namespace mandat::html {

std::string render(std::string_view name, const data& d) {
    kainjow::mustache::mustache tmpl{std::string(template_text(name))};
    if (!tmpl.is_valid()) throw std::logic_error("HTML template " + std::string(name) + ": " + tmpl.error_message());
    // The other templates are the partials, each parsed where it is used; they are looked up
    // after the data (no data key is named like a template).
    data partials;
    for (auto partial : template_names())
        partials.set(std::string(partial),
                     data(kainjow::mustache::partial([partial] { return std::string(template_text(partial)); })));
    kainjow::mustache::context<std::string> ctx{&partials};
    ctx.push(&d);
    std::string out = tmpl.render(ctx);
    if (!tmpl.is_valid()) throw std::logic_error("HTML template " + std::string(name) + ": " + tmpl.error_message());
    out.erase(0, out.find_first_not_of('\n'));  // the line a skipped section leaves at the start
    return out;
}

std::string num(double v) {
    if (!std::isfinite(v)) v = 0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

std::string anchor(const std::string& prefix, const std::string& id) {
    std::string out = prefix;
    for (unsigned char c : id) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
            out += static_cast<char>(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, ".%02x", c);
            out += buf;
        }
    }
    return out;
}

std::size_t length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::string shorten(const std::string& s, std::size_t n) {
    if (length(s) <= n) return s;
    std::size_t chars = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (chars == n - 1) break;
            ++chars;
        }
    }
    return s.substr(0, i) + "\u2026";
}

namespace {

// The texts a page shows without facts: every "html.<name>" entry, as t.<name>.
data texts(language lang) {
    data t;
    for (const auto& id : message_ids()) {
        if (id.rfind("html.", 0) != 0) continue;
        t.set(id.substr(5), data(render_message(id, lang)));
    }
    return t;
}

}  // namespace

data page_root(language lang, const std::string& page_title, const html_options& options) {
    data root;
    root.set("standalone", data(options.standalone));
    root.set("compact", data(options.compact));
    root.set("lang", data(std::string(to_string(lang))));
    root.set("version", data(std::string(version)));
    root.set("page_title", data(page_title));
    root.set("t", texts(lang));
    // Every section of the shell is present, so that no name is looked up in an outer scope.
    root.set("report_view", data(false));
    root.set("mandate_view", data(false));
    root.set("finding_view", data(false));
    root.set("history_view", data(false));
    // The legend's swatches, in the timeline's own colours.
    data swatch;
    swatch.set("bar", data(std::string(organisation_palette[0].fill)));
    swatch.set("band", data(std::string(organisation_palette[1].fill)));
    swatch.set("breach", data(std::string(breach_colour(severity::error))));
    root.set("swatch", swatch);
    return root;
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

}  // namespace mandat::html
