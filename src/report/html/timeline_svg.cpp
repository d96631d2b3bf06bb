// A body's timeline as SVG (the values timeline.mustache draws): the leading organisation's
// band per year, one lane per organisation's seats with a bar per tenure, the meetings row,
// the breaches shaded over the lanes they concern, and the axis. Every mark has a <title>.
// The colours and labels are those of mandat/timeline.hpp, defined at the end of this file.
#include <algorithm>
#include <map>

#include "report/html/engine.hpp"

namespace mandat::html {
namespace {

// The drawing's grid, in SVG user units. The plot's width is fixed, so one day is
// plot_width / (days in the interval) wherever the page is shown or printed.
constexpr double label_width = 200, plot_width = 1000, right_margin = 12;
constexpr double band_y = 4, band_height = 18, lanes_top = 28;
constexpr double row_height = 16, bar_height = 12, lane_padding = 4, meetings_height = 22;

class drawing {
public:
    drawing(const mandate& m, const report& rep, const body_timeline& bt, language lang)
        : m_(m), rep_(rep), bt_(bt), lang_(lang), days_(static_cast<double>((rep.to - rep.from).days() + 1)) {}

    data build() {
        data d;
        d["body_id"] = data(bt_.body_id);
        d["from"] = data(format_date(rep_.from));
        d["to"] = data(format_date(rep_.to));
        const body* b = m_.find_body(bt_.body_id);
        d["caption"] = data(bt_.name + (b && lang_ == language::en && !b->name_en.empty() ? " (" + b->name_en + ")" : ""));
        d.set("title", data(say("html.timeline_title",
                                {{"body_name", bt_.name}, {"from", format_date(rep_.from)}, {"to", format_date(rep_.to)}})));
        const double width = label_width + plot_width + right_margin;
        d["width"] = data(num(width));
        d["lane_width"] = data(num(width));
        d["plot_left"] = data(num(label_width));
        d["plot_right"] = data(num(label_width + plot_width));

        double y = lanes_top;
        data lanes = list();
        for (std::size_t i = 0; i < bt_.lanes.size(); ++i) {
            const lane& l = bt_.lanes[i];
            const double h = l.rows * row_height + 2 * lane_padding;
            lane_y_.push_back(y);
            lane_h_.push_back(h);
            append(lanes, lane_data(l, i, y, h));
            y += h;
        }
        const double lanes_bottom = std::max(y, lanes_top + 1);
        const double meetings_y = lanes_bottom + 4;
        const double axis_y = meetings_y + meetings_height + 4;
        d["lanes"] = std::move(lanes);
        d["meetings_y"] = data(num(meetings_y));
        d["meetings_h"] = data(num(meetings_height));
        d["meetings_label_y"] = data(num(meetings_y + 15));
        d["meetings_label"] = data(meetings_label(lang_));
        d.set("meetings_title", data(say("html.meetings_row_title", {{"count", std::to_string(bt_.meetings.size())},
                                                                     {"body_name", bt_.name},
                                                                     {"from", format_date(rep_.from)},
                                                                     {"to", format_date(rep_.to)}})));
        data meetings = list();
        for (const auto& mk : bt_.meetings) {
            data x;
            x["date"] = data(format_date(mk.day));
            x["x"] = data(num((x_of(mk.day) + x_after(mk.day)) / 2));
            x["y1"] = data(num(meetings_y + 3));
            x["y2"] = data(num(meetings_y + meetings_height - 3));
            const message_facts facts{{"body_name", bt_.name},
                                      {"date", format_date(mk.day)},
                                      {"title", mk.title.value_or("")},
                                      {"count", std::to_string(mk.attendees)}};
            x["title"] = data(say(mk.title ? "html.meeting_title" : "html.meeting_title_plain", facts));
            append(meetings, std::move(x));
        }
        d["meetings"] = std::move(meetings);
        d["breaches"] = breaches(lanes_bottom, meetings_y);
        d["axis_y"] = data(num(axis_y));
        axis(d, axis_y);
        d["height"] = data(num(axis_y + 20));
        return d;
    }

private:
    std::string say(std::string_view id, const message_facts& facts = {}) const { return render_message(id, lang_, facts); }

    // Where day `d` begins on the axis, and where it ends (without computing the next day,
    // which 9999-12-31 does not have).
    double x_of(date d) const { return label_width + static_cast<double>((d - rep_.from).days()) * plot_width / days_; }
    double x_after(date d) const { return x_of(d) + plot_width / days_; }

    // x and width of the days first..last (inclusive).
    void span(data& d, date first, date last) const {
        const double x0 = x_of(first), x1 = x_after(last);
        d["x"] = data(num(x0));
        d["w"] = data(num(x1 - x0));
        d["start"] = data(format_date(first));
        d["end"] = data(format_date(last));
    }

    data lane_data(const lane& l, std::size_t index, double y, double h) const {
        data d;
        d["y"] = data(num(y));
        d["h"] = data(num(h));
        d["odd"] = data(index % 2 == 1);
        d["kind"] = data(std::string(to_string(l.kind)));
        d["organisation"] = data(l.organisation_id);
        d["rows"] = data(std::to_string(l.rows));
        std::string title;
        if (l.kind == lane_kind::secretary) {
            title = say("html.lane_title_secretary", {{"body_name", bt_.name}});
        } else {
            const std::string name = m_.organisation_name(l.organisation_id);
            if (l.quota_min) {
                title = say("html.lane_title_quota", {{"organisation_name", name},
                                                      {"quota", quota_range_text(*l.quota_min, *l.quota_max, lang_)},
                                                      {"max", std::to_string(*l.quota_max)},
                                                      {"body_name", bt_.name}});
            } else {
                title = say("html.lane_title_no_quota", {{"organisation_name", name}, {"body_name", bt_.name}});
            }
        }
        d["label"] = data(lane_label(m_, l, lang_));
        d["label_y"] = data(num(y + h / 2 + 4));
        d["title"] = data(title);
        data bars = list();
        for (const auto& t : l.tenures) append(bars, bar(l, t, y));
        d["bars"] = std::move(bars);
        return d;
    }

    data bar(const lane& l, const tenure& t, double lane_y) const {
        data d;
        span(d, t.start_date, t.end_date);
        const double y = lane_y + lane_padding + t.row * row_height + (row_height - bar_height) / 2;
        d["y"] = data(num(y));
        d["h"] = data(num(bar_height));
        d["row"] = data(std::to_string(t.row));
        const timeline_colour c = organisation_colour(m_, t.organisation_id);
        d["fill"] = data(std::string(c.fill));
        d["dark"] = data(c.dark);
        d["person"] = data(t.person_id);
        d["overflow"] = data(l.overflow > 0 && t.row + 1 == max_lane_rows);
        const std::string who = t.label(lang_);
        message_facts facts{
            {"who", who}, {"organisation_name", m_.organisation_name(t.organisation_id)}, {"first", format_date(t.first_day)}};
        if (t.last_day) facts.emplace_back("last", format_date(*t.last_day));
        d["title"] = data(say(t.last_day ? "html.bar_title" : "html.bar_title_open", facts));
        data roles = list();
        for (const auto& s : t.roles) {
            data r;
            span(r, s.start_date, s.end_date);
            r["y"] = data(num(y + bar_height - 4));
            r["h"] = data(num(4));
            r["role"] = data(std::string(to_string(s.role)));
            r.set("title", data(say("html.role_title", {{"role", std::string(to_string(s.role))},
                                                        {"body_name", bt_.name},
                                                        {"first", format_date(s.start_date)},
                                                        {"last", format_date(s.end_date)}})));
            append(roles, std::move(r));
        }
        d["roles"] = std::move(roles);
        // The person's label on the bar, where it fits (about 5.2 units a character at 9px).
        const double w = x_after(t.end_date) - x_of(t.start_date);
        const bool fits = w >= static_cast<double>(length(who)) * 5.2 + 6;
        d["text"] = fits ? data(who) : data(false);
        d["text_x"] = data(num(x_of(t.start_date) + 3));
        d["text_y"] = data(num(y + 8.5));
        return d;
    }

    data breaches(double lanes_bottom, double meetings_y) const {
        data out = list();
        std::map<double, double> label_free_from;  // a row's y -> where its next label may start
        for (const auto& b : bt_.breaches) {
            const finding& f = rep_.findings[b.finding];
            data d;
            span(d, b.start_date, b.end_date);
            double y = lanes_top, h = lanes_bottom - lanes_top;
            if (b.place == breach_place::lane) {
                y = lane_y_[b.lane];
                h = lane_h_[b.lane];
            } else if (b.place == breach_place::meetings) {
                y = meetings_y;
                h = meetings_height;
            }
            d["y"] = data(num(y));
            d["h"] = data(num(h));
            d["code"] = data(f.code);
            d["severity"] = data(std::string(to_string(f.severity)));
            d["fill"] = data(std::string(breach_colour(f.severity)));
            d["place"] = data(std::string(to_string(b.place)));
            message_facts facts{{"code", f.code},
                                {"severity", severity_word(f.severity, lang_)},
                                {"first", format_date(*f.start_date)},
                                {"message", render_message(f, lang_)}};
            if (f.end_date) facts.emplace_back("last", format_date(*f.end_date));
            d["title"] = data(say(f.end_date ? "html.breach_title" : "html.breach_title_open", facts));
            // The code is written where it does not run into the previous label of the same row,
            // nor past the plot: dense breaches keep their code in their <title>.
            const double label_x = x_of(b.start_date) + 2, label_end = label_x + static_cast<double>(length(f.code)) * 5.3;
            double& free_from = label_free_from[y];
            const bool labelled = label_x >= free_from && label_end <= label_width + plot_width;
            if (labelled) free_from = label_end + 4;
            d["labelled"] = data(labelled);
            d["label_x"] = data(num(label_x));
            d["label_y"] = data(num(y + 10));
            append(out, std::move(d));
        }
        return out;
    }

    // The bands of the leading organisation, the ticks on 1 January, the year labels and the
    // grid (month starts for an interval up to about two years, quarter starts up to twenty).
    // Over a long interval a tick and a label every few years, so that about forty remain.
    void axis(data& d, double axis_y) const {
        data bands = list(), ticks = list(), labels = list(), grid = list();
        const int first_year = static_cast<int>(rep_.from.year()), last_year = static_cast<int>(rep_.to.year());
        const int every = std::max(1, (last_year - first_year + 40) / 40);
        for (int y = first_year; y <= last_year; ++y) {
            const date s = std::max(first_day_of_year(y), rep_.from), e = std::min(last_day_of_year(y), rep_.to);
            const double x0 = x_of(s), w = x_after(e) - x0;
            if ((y > first_year || s == first_day_of_year(y)) && (y - first_year) % every == 0) {
                data t;
                t["date"] = data(format_date(s));
                t["x"] = data(num(x0));
                t["y1"] = data(num(band_y));
                t["y2"] = data(num(axis_y + 4));
                append(ticks, std::move(t));
            }
            if (w >= 28 && (y - first_year) % every == 0) {
                data l;
                l["x"] = data(num(x0 + w / 2));
                l["y"] = data(num(axis_y + 14));
                l["label"] = data(std::to_string(y));
                append(labels, std::move(l));
            }
            for (const auto& ys : rep_.years) {
                if (ys.year != y) continue;
                data b;
                b["year"] = data(std::to_string(y));
                b["organisation"] = data(ys.leading_organisation);
                b["x"] = data(num(x0));
                b["w"] = data(num(w));
                b["y"] = data(num(band_y));
                b["h"] = data(num(band_height));
                b["fill"] = data(std::string(organisation_colour(m_, ys.leading_organisation).fill));
                b.set("label",
                      data(w >= 70 ? band_label(y, ys.leading_organisation) : (w >= 28 ? std::to_string(y) : std::string())));
                b["label_x"] = data(num(x0 + w / 2));
                b["label_y"] = data(num(band_y + 13));
                b.set("title",
                      data(say("html.band_title", {{"year", std::to_string(y)},
                                                   {"organisation_name", m_.organisation_name(ys.leading_organisation)}})));
                append(bands, std::move(b));
            }
        }
        const int step = days_ <= 800 ? 1 : 3;
        for (int y = first_year; days_ <= 7400 && y <= last_year; ++y)
            for (unsigned mo = 2; mo <= 12; ++mo) {
                const date g(static_cast<unsigned short>(y), static_cast<unsigned short>(mo), 1);
                if (g <= rep_.from || g > rep_.to || (mo - 1) % step != 0) continue;
                data x;
                x["x"] = data(num(x_of(g)));
                x["y1"] = data(num(lanes_top));
                x["y2"] = data(num(axis_y));
                append(grid, std::move(x));
            }
        d["bands"] = std::move(bands);
        d["ticks"] = std::move(ticks);
        d["year_labels"] = std::move(labels);
        d["grid"] = std::move(grid);
    }

    const mandate& m_;
    const report& rep_;
    const body_timeline& bt_;
    language lang_;
    double days_;
    std::vector<double> lane_y_, lane_h_;
};

}  // namespace

data timeline_data(const mandate& m, const report& rep, const body_timeline& bt, language lang) {
    return drawing(m, rep, bt, lang).build();
}

}  // namespace mandat::html

namespace mandat {

timeline_colour organisation_colour(const mandate& m, std::string_view organisation_id) {
    constexpr std::size_t colours = sizeof organisation_palette / sizeof *organisation_palette;
    for (std::size_t i = 0; i < m.organisations.size(); ++i)
        if (m.organisations[i].id == organisation_id) return organisation_palette[i % colours];
    return unlisted_organisation_colour;
}

std::string lane_label(const mandate& m, const lane& l, language lang) {
    std::string label;
    if (l.kind == lane_kind::secretary)
        label = render_message("html.lane_secretary", lang);
    else
        label = html::shorten(m.organisation_name(l.organisation_id), 24) + " \u00b7 " +
                (l.quota_min && l.quota_max ? quota_range_text(*l.quota_min, *l.quota_max, lang) : "0");
    if (l.overflow > 0) label += " " + render_message("html.lane_overflow", lang, {{"count", std::to_string(l.overflow)}});
    return label;
}

std::string meetings_label(language lang) { return render_message("html.meetings_lane", lang); }

std::string band_label(int year, const std::string& organisation_id) {
    return std::to_string(year) + " \u00b7 " + organisation_id;
}

}  // namespace mandat
