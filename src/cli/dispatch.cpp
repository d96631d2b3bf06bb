// Runs a parsed command line (spec.hpp), whichever parser made it: loads the mandate or the
// history, runs the command, writes --output atomically and maps failures to exit codes.
#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <limits>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/spec.hpp"

namespace mandat::cli {

date parse_date_arg(const std::string& what, const std::string& text) {
    auto d = parse_date(text);
    if (!d)
        throw usage_error(what + ": \"" + excerpt(text) +
                          "\" is not a valid date (expected YYYY-MM-DD, a real day from 1400-01-01 to 9999-12-31)");
    return *d;
}

nlohmann::json citation_json(const citation& c) {
    return {{"clause", c.clause}, {"rule", c.rule.empty() ? nlohmann::json() : nlohmann::json(c.rule)}, {"source", c.source}};
}

void print_json(std::ostream& out, const nlohmann::json& j) { out << j.dump(2) << '\n'; }

std::string invocation::text(arg_id id) const {
    const auto it = values.find(arg_name(id));
    return it == values.end() || it->second.empty() ? std::string() : it->second.front();
}

std::optional<int> invocation::integer(arg_id id) const {
    if (!has(id)) return std::nullopt;
    const std::string& name = arg_name(id);
    const std::string t = text(id);
    // Decimal digits with an optional sign: no hex ("0x7E7"), no spaces, no fraction.
    const std::size_t first = !t.empty() && (t[0] == '-' || t[0] == '+') ? 1 : 0;
    if (t.size() == first || t.find_first_not_of("0123456789", first) != std::string::npos)
        throw usage_error(name + ": \"" + excerpt(t) + "\" is not a whole number");
    long long value = 0;
    try {
        value = std::stoll(t);
    } catch (const std::out_of_range&) {
        value = t[0] == '-' ? std::numeric_limits<long long>::min() : std::numeric_limits<long long>::max();
    }
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        throw usage_error(name + ": " + excerpt(t) + " is too large (at most " + std::to_string(std::numeric_limits<int>::max()) +
                          " in size)");
    return static_cast<int>(value);
}

std::vector<std::string> invocation::list(arg_id id) const {
    const auto it = values.find(arg_name(id));
    return it == values.end() ? std::vector<std::string>() : it->second;
}

namespace {

const command_spec& command_of(const invocation& inv) {
    std::string known;
    for (const auto& c : commands()) {
        if (c.name == inv.command) return c;
        known += (known.empty() ? "" : ", ") + c.name;
    }
    throw usage_error("unknown command \"" + inv.command + "\" (expected one of: " + known + ")");
}

// What a front end may have left unchecked: every argument is known and given as its kind
// wants, the required ones are there, values are among the choices, no excluded pair.
void check_arguments(const invocation& inv, const command_spec& cmd) {
    auto find = [&](const std::string& name) -> const arg_spec* {
        for (const auto* group : {&global_options(), &cmd.args})
            for (const auto& a : *group)
                if (a.name == name) return &a;
        return nullptr;
    };
    for (const auto& [name, vals] : inv.values) {
        const arg_spec* a = find(name);
        if (!a) throw usage_error("the command " + cmd.name + " takes no argument " + name);
        const std::size_t want = a->kind == arg_kind::flag ? 0 : 1;
        if (a->kind != arg_kind::list && vals.size() != want)
            throw usage_error(name + (want == 0 ? " takes no value" : " takes one value"));
        if (want == 1 && vals.front().empty()) throw usage_error("the option " + name + " was given an empty value");
        if (!a->choices.empty()) {
            std::string all;
            for (const auto& ch : a->choices) all += (all.empty() ? "" : ", ") + ch;
            if (std::find(a->choices.begin(), a->choices.end(), vals.front()) == a->choices.end())
                throw usage_error(name + ": \"" + vals.front() + "\" is not one of " + all);
        }
        if (a->excludes && inv.has(*a->excludes)) throw usage_error(name + " excludes " + arg_name(*a->excludes));
        if (a->kind == arg_kind::integer) (void)inv.integer(a->id);
    }
    for (const auto& a : cmd.args)
        if (a.required && !inv.has(a.id) && !(a.id == arg_id::roster && inv.roster_given))
            throw usage_error(a.name + " is required");
}

}  // namespace

namespace {

// An error as the command line prints it, with its id after the first line. Each problem is
// one field (printable), so that a value quoted in a message (a name, an id, an argument)
// cannot forge a line; a spreadsheet's list of problems gives one line each.
std::string error_text(const mandat::error& e) {
    const auto* list = dynamic_cast<const spreadsheet_error_list*>(&e);
    if (!list) return "mandat: " + printable(e.what()) + " [" + e.id() + "]\n";
    const auto& all = list->problems();
    std::string out = "mandat: " + printable(all.front().what()) + " [" + e.id() + "]\n";
    out += render_message("sheet.more_problems", language::en, {{"count", std::to_string(all.size() - 1)}}) + "\n";
    for (std::size_t i = 1; i < all.size(); ++i) out += "  " + printable(all[i].what()) + " [" + all[i].id() + "]\n";
    if (list->stopped())
        out += render_message("sheet.stopped", language::en, {{"limit", std::to_string(max_spreadsheet_problems)}}) + "\n";
    return out;
}

}  // namespace

int dispatch(const invocation& inv, std::ostream& out, std::ostream& err) {
    // With --output the command writes into a buffer that replaces FILE in one rename, so an
    // interrupted run never leaves a truncated file.
    const std::string output = inv.text(arg_id::output);
    std::ostringstream buffer;
    bool output_taken = false;  // the command wrote a folder of its own at --output
    auto finish = [&](int code) {
        if (output.empty() || output_taken) return code;
        try {
            // The output never replaces one of the command's own input files.
            write_file_atomic(output, buffer.str(), input_files(inv));
        } catch (const mandat::error& e) {
            err << error_text(e);
            return exit_usage;
        }
        return code;
    };
    try {
        const command_spec& cmd = command_of(inv);
        check_arguments(inv, cmd);
        const bool linting = cmd.name == "lint";
        context c;
        c.as_json = inv.has(arg_id::json);
        c.out = output.empty() ? &out : &buffer;
        c.output = output;
        c.output_taken = &output_taken;
        c.lang = *parse_language(inv.has(arg_id::lang) ? inv.text(arg_id::lang) : "en");
        const std::string today = inv.text(arg_id::today);
        c.today = !today.empty() ? parse_date_arg(arg_name(arg_id::today), today) : boost::gregorian::day_clock::local_day();
        if (!inv.text(arg_id::history).empty()) {
            c.h.emplace(load_history_file(inv.text(arg_id::history)));
            if (!linting)
                for (const auto& v : c.h->versions()) lint_on_load(v.m, err, c.lang);
            // Commands about one mandate take the version in force today, or the latest.
            c.m = &c.h->version_for(c.today).m;
        } else if (inv.text(arg_id::mandate).empty()) {
            c.m = &trondelag_2022();
        } else {
            c.loaded = load_mandate_file(inv.text(arg_id::mandate));
            c.m = &c.loaded;
            if (!linting) lint_on_load(c.loaded, err, c.lang);
        }
        return finish(cmd.run(c, inv));
    } catch (const usage_error& e) {
        err << "mandat: " << printable(e.what()) << "\n" << usage_hint();
        return exit_usage;
    } catch (const mandat::error& e) {
        err << error_text(e);
        return exit_usage;
    } catch (const std::exception& e) {
        err << "mandat: unexpected failure: " << e.what() << "\n";
        return exit_usage;
    }
}

}  // namespace mandat::cli
