// `lint` (can the mandate be obeyed; do its quotes agree with its data) and `diff` (what
// changed between two mandates, clause by clause): docs/lint-and-diff.md.
#include "cli/commands.hpp"

namespace mandat::cli {
namespace {

// A mandate named on the command line: a document file, or with --history a version id.
mandate mandate_arg(const context& c, const std::string& what) {
    if (c.h)
        if (const auto* v = c.h->find_version(what)) return v->m;
    return load_mandate_file(what);
}

}  // namespace

int cmd_lint(const context& c, const std::string& file) {
    std::vector<const mandate*> targets;
    mandate loaded;
    if (!file.empty()) {
        loaded = mandate_arg(c, file);
        targets.push_back(&loaded);
    } else if (c.h) {
        for (const auto& v : c.h->versions()) targets.push_back(&v.m);
    } else {
        targets.push_back(c.m);
    }
    std::vector<finding> all;
    for (const mandate* m : targets)
        for (auto& f : lint(*m, c.lang)) {
            if (targets.size() > 1) f.version = m->id;
            all.push_back(std::move(f));
        }
    bool errors = false;
    for (const auto& f : all) errors = errors || f.severity == severity::error;
    if (c.as_json) {
        print_json(*c.out, to_json(all));
    } else {
        if (all.empty()) *c.out << c.say("lint.clean") << "\n";
        for (const auto& f : all) *c.out << format_finding(f, c.lang);
    }
    return errors ? 1 : 0;
}

int cmd_diff(const context& c, const std::string& before, const std::string& after) {
    const mandate_diff d = diff_mandates(mandate_arg(c, before), mandate_arg(c, after));
    if (c.as_json)
        print_json(*c.out, to_json(d));
    else
        *c.out << format_diff(d, c.lang);
    return d.empty() ? 0 : 1;
}

void lint_on_load(const mandate& m, std::ostream& err, language lang) {
    for (const auto& f : lint(m, lang))
        if (f.severity != severity::info)
            err << "mandat: lint " << printable(m.id) << ": " << printable(f.code) << " [" << printable(f.clause)
                << (f.rule.empty() ? "" : " " + printable(f.rule)) << "] " << printable(render_message(f, lang)) << "\n";
}

}  // namespace mandat::cli
