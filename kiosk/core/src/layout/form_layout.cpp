#include "kakanai/layout/form_layout.h"

#include "kakanai/base/utf8.h"
#include "kakanai/layout/sample_fill.h"
#include "kakanai/layout/text_fit.h"

#include <qrencode.h>

#include <algorithm>
#include <cmath>

namespace kakanai {
namespace {

constexpr Color kProof{0.85, 0.1, 0.1};
constexpr double kCueGray = 0.62;
constexpr double kPadX = 0.8; // mm inside field boxes
constexpr double kPadY = 0.3;

std::string defaultCue(Handwritten hw) {
    switch (hw) {
    case Handwritten::Signature:
        return "ご本人が署名してください";
    case Handwritten::MyNumber:
        return "個人番号はご自身でご記入ください";
    case Handwritten::Principal:
        return "委任者ご本人がご記入ください";
    default:
        return "ご記入ください";
    }
}

// Draws text into a page and keeps the field report.
class Layouter {
public:
    Layouter(const FormTemplate& form, const FillContext& ctx, FontProvider& fonts,
             const LayoutOptions& options, FilledForm& out)
        : m_form(form), m_ctx(ctx), m_fonts(fonts), m_options(options), m_out(out) {}

    void run() {
        for (const auto& [role, files] : m_form.fonts)
            (void)m_fonts.defineRole(role, files);
        // Rows of each repeat item, and how many copies of its page they need.
        std::vector<std::vector<int>> chunksPerPage;
        int totalPages = 0;
        for (const auto& page : m_form.pages) {
            int copies = 1;
            for (const auto& item : page.items)
                if (const auto* r = std::get_if<std::shared_ptr<RepeatItem>>(&item)) {
                    const auto n = static_cast<int>(rowsFor(**r).size());
                    copies = std::max(copies, (n + (*r)->maxRows - 1) / (*r)->maxRows);
                }
            chunksPerPage.push_back({copies});
            totalPages += copies;
        }
        int pageNo = 0;
        for (std::size_t p = 0; p < m_form.pages.size(); ++p) {
            const int copies = chunksPerPage[p][0];
            for (int k = 0; k < copies; ++k)
                layoutPage(p, k, copies, pageNo++, totalPages);
        }
    }

private:
    const FormTemplate& m_form;
    const FillContext& m_ctx;
    FontProvider& m_fonts;
    const LayoutOptions& m_options;
    FilledForm& m_out;
    Page* m_page = nullptr;
    int m_pageIndex = 0;
    // Drawing an empty row of a repeat item: its frame (boxes, labels, era choices) but no values and no
    // cues — a row answer or a "write here" cue in a row nobody fills would mislead.
    bool m_frameOnly = false;
    int m_rowNumber = 0; // 1-based number of the repeat row being laid out, 0 outside a repeat

    BoundValue bound(const Binding& b, const FillContext& ctx) const {
        if (m_frameOnly) return BoundValue{};
        return resolveBinding(b, ctx);
    }

    std::string role(const TextStyle& s) const { return s.font.empty() ? m_form.defaultFont : s.font; }

    static bool hasFlags(const Person& p, const std::vector<std::string>& flags) {
        return std::all_of(flags.begin(), flags.end(), [&](const std::string& f) {
            return std::find(p.flags.begin(), p.flags.end(), f) != p.flags.end();
        });
    }

    std::vector<const Person*> rowsFor(const RepeatItem& r) const {
        std::vector<const Person*> rows;
        if (!m_ctx.person) return rows;
        if (r.includeSelf && (!r.filterSelf || hasFlags(*m_ctx.person, r.filter.flags)))
            rows.push_back(m_ctx.person);
        for (const auto& m : m_ctx.person->household) {
            const auto& rf = r.filter.relationships;
            if (!rf.empty() &&
                (!m.relationship || std::find(rf.begin(), rf.end(), m.relationship->value) == rf.end()))
                continue;
            if (hasFlags(m, r.filter.flags)) rows.push_back(&m);
        }
        return rows;
    }

    // ---- drawing primitives -------------------------------------------------------------

    void op(DrawOp o) { m_page->ops.push_back(std::move(o)); }

    // Emits one line of shaped text as runs per font.
    void emitLine(const Shaped& s, const LineSpan& line, double x, double baseline, double size,
                  double hscale, Color color) {
        const double sizeMm = size * kPtToMm;
        std::size_t k = line.begin;
        while (k < line.end) {
            TextOp t;
            t.x = x, t.y = baseline, t.size = size, t.hscale = hscale, t.font = s.chars[k].font,
            t.color = color;
            while (k < line.end && s.chars[k].font == t.font) {
                utf8::append(t.text, s.chars[k].cp);
                if (s.chars[k].vs) utf8::append(t.text, s.chars[k].vs);
                x += s.chars[k].advance * sizeMm * hscale;
                ++k;
            }
            op(std::move(t));
        }
    }

    double ascentOf(const Shaped& s) { return s.chars.empty() ? 0.88 : m_fonts.ascent(s.chars.front().font); }

    // Draws a fitted block of lines inside `box`.
    void drawFit(const Shaped& s, const Fit& fit, const Rect& box, Align align, VAlign valign, Color color) {
        const double sizeMm = fit.size * kPtToMm;
        const auto n = static_cast<double>(fit.lines.size());
        const double blockH = sizeMm * (1.0 + kLineSpacing * (n - 1));
        double top = box.y + (box.h - blockH) / 2.0;
        if (valign == VAlign::Top)
            top = box.y;
        else if (valign == VAlign::Bottom)
            top = box.bottom() - blockH;
        const double asc = ascentOf(s);
        for (std::size_t i = 0; i < fit.lines.size(); ++i) {
            const auto& line = fit.lines[i];
            const double w = line.width * sizeMm * fit.hscale;
            double x = box.x;
            if (align == Align::Center)
                x = box.x + (box.w - w) / 2.0;
            else if (align == Align::Right)
                x = box.right() - w;
            const double baseline = top + static_cast<double>(i) * kLineSpacing * sizeMm + asc * sizeMm;
            emitLine(s, line, x, baseline, fit.size, fit.hscale, color);
        }
    }

    // Faint instruction text in an area left for handwriting.
    void cue(const Rect& box, const std::string& text) {
        if (m_frameOnly) return;
        const Shaped s = shapeText(text, "gothic", m_fonts);
        const double size = std::min(7.0, std::max(4.0, box.h / kPtToMm * 0.55));
        const Fit fit = fitText(s, box.w - 1.0, box.h, size, 4.0, 2, 0.6);
        drawFit(s, fit, box, Align::Center, VAlign::Middle, Color::gray(kCueGray));
    }

    void proofOutline(const Rect& box, const std::string& name) {
        if (!m_options.proof) return;
        op(RectOp{box, 0.15, kProof, std::nullopt, true});
        const Shaped s = shapeText(name, "gothic", m_fonts);
        LineSpan all{0, s.chars.size(), 0};
        for (const auto& c : s.chars)
            all.width += c.advance;
        emitLine(s, all, box.x + 0.3, box.y + 1.6, 4.5, 1.0, kProof);
    }

    void report(FilledField f) { m_out.fields.push_back(std::move(f)); }

    // A field's report entry before it is filled: empty, on the current page.
    FilledField record(std::string name, const Binding& b, const Rect& box, const std::string& at) const {
        FilledField f;
        f.name = std::move(name);
        f.page = m_pageIndex;
        f.sourcePath = b.path;
        f.box = box;
        f.templatePointer = at;
        return f;
    }

    // ---- pages and items -----------------------------------------------------------------

    void layoutPage(std::size_t p, int chunk, int chunks, int pageNo, int totalPages) {
        const auto& tp = m_form.pages[p];
        m_out.document.pages.push_back(Page{m_form.paper.widthMm(), m_form.paper.heightMm(), {}});
        m_page = &m_out.document.pages.back();
        m_pageIndex = pageNo;
        const std::string at = "/pages/" + std::to_string(p) + "/items/";
        for (std::size_t i = 0; i < tp.items.size(); ++i)
            item(tp.items[i], at + std::to_string(i), 0.0, "", m_ctx, chunk);
        // Version (and page) on every page, small, so staff know which edition of the form this is.
        const double H = m_page->height;
        // Defaults stay inside the 5 mm a printer cannot reach.
        const auto [vx, vy] = tp.versionMark.value_or(std::pair<double, double>{8.0, H - 7.5});
        std::string mark = "様式 " + m_form.id + " 版 " + m_form.version;
        if (totalPages > 1) mark += "　" + std::to_string(pageNo + 1) + "/" + std::to_string(totalPages);
        plainText(mark, vx, vy, 6.0, "gothic", Color::gray(0.3));
        if (chunks > 1 && chunk > 0)
            plainText("（続き " + std::to_string(chunk + 1) + "/" + std::to_string(chunks) + "）",
                      m_page->width - 40.0, 5.2, 9.0, "gothic", Color{});
        if (m_options.proof)
            plainText("校正用 PROOF — 印字位置の確認用です。窓口には提出できません", 40.0, 2.5, 7.0, "gothic",
                      kProof);
    }

    // One line at (x, top y), no box.
    void plainText(const std::string& text, double x, double y, double size, const std::string& r,
                   Color color) {
        const Shaped s = shapeText(text, r, m_fonts);
        LineSpan all{0, s.chars.size(), 0};
        emitLine(s, all, x, y + ascentOf(s) * size * kPtToMm, size, 1.0, color);
    }

    void item(const Item& it, const std::string& at, double dy, const std::string& prefix,
              const FillContext& ctx, int chunk) {
        std::visit(
            [&](const auto& i) {
                using T = std::decay_t<decltype(i)>;
                if constexpr (std::is_same_v<T, StaticText>)
                    staticText(i, at, dy);
                else if constexpr (std::is_same_v<T, LineItem>)
                    op(LineOp{i.x1, i.y1 + dy, i.x2, i.y2 + dy, i.width, i.dash, Color{}});
                else if constexpr (std::is_same_v<T, BoxItem>) {
                    Rect r = i.box;
                    r.y += dy;
                    op(RectOp{r, i.width, Color{},
                              i.fill ? std::optional<Color>(Color::gray(*i.fill)) : std::nullopt, false});
                } else if constexpr (std::is_same_v<T, GridItem>)
                    grid(i, dy);
                else if constexpr (std::is_same_v<T, FieldItem>)
                    field(i, at, dy, prefix, ctx);
                else if constexpr (std::is_same_v<T, CellsItem>)
                    cells(i, at, dy, prefix, ctx);
                else if constexpr (std::is_same_v<T, DateItem>)
                    date(i, at, dy, prefix, ctx);
                else if constexpr (std::is_same_v<T, ChoiceItem>)
                    choice(i, at, dy, prefix, ctx);
                else if constexpr (std::is_same_v<T, QrItem>)
                    qr(i);
                else if constexpr (std::is_same_v<T, StaffArea>)
                    staffArea(i);
                else
                    repeat(*i, at, ctx, chunk);
            },
            it);
    }

    void grid(const GridItem& g, double dy) {
        const Rect b = g.bounds();
        const double y0 = g.y + dy;
        op(RectOp{Rect{b.x, y0, b.w, b.h}, g.width, Color{}, std::nullopt, false});
        double x = g.x;
        for (std::size_t c = 0; c + 1 < g.cols.size(); ++c) {
            x += g.cols[c];
            op(LineOp{x, y0, x, y0 + b.h, g.width, false, Color{}});
        }
        double y = y0;
        for (std::size_t r = 0; r + 1 < g.rows.size(); ++r) {
            y += g.rows[r];
            op(LineOp{g.x, y, g.x + b.w, y, g.width, false, Color{}});
        }
    }

    void staticText(const StaticText& t, const std::string& at, double dy) {
        // "{row}" in a repeat's static text is the row's number, counted on across continuation pages.
        std::string text = t.text;
        if (m_rowNumber > 0)
            for (auto pos = text.find("{row}"); pos != std::string::npos; pos = text.find("{row}", pos))
                text.replace(pos, 5, std::to_string(m_rowNumber));
        const Shaped s = shapeText(text, role(t.style), m_fonts);
        const Color color = Color::gray(t.style.gray);
        if (!s.missing.empty())
            m_out.notes.push_back(
                makeError("form.glyph", "static text has a character no installed font can draw", at));
        Rect box = t.box;
        box.y += dy;
        if (t.vertical) {
            const double sizeMm = t.style.size * kPtToMm;
            const double step = sizeMm * 1.05;
            const double total = step * static_cast<double>(s.chars.size());
            double y = box.y + (box.h > 0 ? (box.h - total) / 2.0 : 0.0);
            const double asc = ascentOf(s);
            for (std::size_t k = 0; k < s.chars.size(); ++k) {
                const double w = s.chars[k].advance * sizeMm;
                const double x = box.x + (box.w > 0 ? (box.w - w) / 2.0 : 0.0);
                emitLine(s, LineSpan{k, k + 1, s.chars[k].advance}, x,
                         y + (step - sizeMm) / 2.0 + asc * sizeMm, t.style.size, 1.0, color);
                y += step;
            }
            if (box.h > 0 && total > box.h + 0.1)
                m_out.notes.push_back(makeError("form.overflow", "vertical text is taller than its box", at));
            return;
        }
        if (box.w <= 0) {
            LineSpan all{0, s.chars.size(), 0};
            for (const auto& c : s.chars)
                all.width += c.advance;
            std::vector<LineSpan> lines = breakLines(s, 1e9);
            const double sizeMm = t.style.size * kPtToMm;
            for (std::size_t i = 0; i < lines.size(); ++i)
                emitLine(s, lines[i], box.x,
                         box.y + ascentOf(s) * sizeMm + static_cast<double>(i) * kLineSpacing * sizeMm,
                         t.style.size, 1.0, color);
            return;
        }
        const double h = box.h > 0 ? box.h : 1000.0;
        const Fit fit = fitText(s, box.w, h, t.style.size, t.style.size * 0.7, 200, 0.8);
        if (!fit.fits)
            m_out.notes.push_back(makeError("form.overflow", "static text does not fit its box", at));
        drawFit(s, fit, Rect{box.x, box.y, box.w, h}, t.style.align, box.h > 0 ? t.style.valign : VAlign::Top,
                color);
    }

    void field(const FieldItem& f, const std::string& at, double dy, const std::string& prefix,
               const FillContext& ctx) {
        Rect box = f.box;
        box.y += dy;
        FilledField rec = record(prefix + f.name, f.bind, box, at);
        proofOutline(box, rec.name);
        Handwritten hw = f.handwritten;
        if (f.signature && m_options.signature == SignaturePolicy::Self) hw = Handwritten::Signature;
        if (hw != Handwritten::No) {
            rec.state = FilledField::State::Handwritten;
            cue(box, f.cue.empty() ? defaultCue(hw) : f.cue);
            return report(std::move(rec));
        }
        BoundValue v = bound(f.bind, ctx);
        if (m_options.proof && !m_frameOnly && !f.sample.empty()) v.text = f.sample;
        rec.needsCheck = v.needsCheck;
        if (v.text.empty()) return report(std::move(rec));
        const Shaped s = shapeText(v.text, role(f.style), m_fonts);
        if (!s.missing.empty()) {
            rec.state = FilledField::State::MissingGlyph;
            cue(box, "印字できない文字があるため、手書きでご記入ください");
            return report(std::move(rec));
        }
        const Rect inner{box.x + kPadX, box.y + kPadY, box.w - 2 * kPadX, box.h - 2 * kPadY};
        const Fit fit = fitText(s, inner.w, inner.h, f.style.size, f.minSize, f.lines, f.condense);
        if (!fit.fits) {
            rec.state = FilledField::State::Overflow;
            cue(box, "書ききれないため、手書きでご記入ください");
            return report(std::move(rec));
        }
        drawFit(s, fit, inner, f.style.align, f.style.valign, Color::gray(f.style.gray));
        rec.state = FilledField::State::Filled;
        rec.text = std::move(v.text);
        report(std::move(rec));
    }

    void centredChar(const Shaped& s, std::size_t k, const Rect& cell, double size, Color color) {
        const double sizeMm = size * kPtToMm;
        const double w = s.chars[k].advance * sizeMm;
        const double baseline = cell.y + cell.h / 2.0 + (m_fonts.ascent(s.chars[k].font) - 0.5) * sizeMm;
        emitLine(s, LineSpan{k, k + 1, s.chars[k].advance}, cell.x + (cell.w - w) / 2.0, baseline, size, 1.0,
                 color);
    }

    void cells(const CellsItem& c, const std::string& at, double dy, const std::string& prefix,
               const FillContext& ctx) {
        CellsItem item = c;
        item.y += dy;
        const Rect bounds = item.bounds();
        FilledField rec = record(prefix + c.name, c.bind, bounds, at);
        if (c.boxes)
            for (int i = 0; i < c.count; ++i)
                op(RectOp{item.cell(i), 0.2, Color{}, std::nullopt, false});
        const double size = std::min(c.style.size, c.cellH * 0.8 / kPtToMm);
        if (!c.separator.empty() && !c.groups.empty()) {
            int seen = 0;
            const Shaped sep = shapeText(c.separator, role(c.style), m_fonts);
            for (std::size_t g = 0; g + 1 < c.groups.size() && !sep.chars.empty(); ++g) {
                seen += c.groups[g];
                const Rect left = item.cell(seen - 1);
                centredChar(sep, 0, Rect{left.right(), item.y, c.groupGap, c.cellH}, size, Color{});
            }
        }
        proofOutline(bounds, rec.name);
        Rect cueBox{bounds.x, bounds.y - 2.6, bounds.w, 2.4};
        if (c.cueBox) cueBox = Rect{c.cueBox->x, c.cueBox->y + dy, c.cueBox->w, c.cueBox->h};
        if (c.handwritten != Handwritten::No) {
            rec.state = FilledField::State::Handwritten;
            cue(cueBox, c.cue.empty() ? defaultCue(c.handwritten) : c.cue);
            return report(std::move(rec));
        }
        BoundValue v = bound(c.bind, ctx);
        rec.needsCheck = v.needsCheck;
        if (v.text.empty()) return report(std::move(rec));
        const Shaped s = shapeText(v.text, role(c.style), m_fonts);
        const auto n = static_cast<int>(s.chars.size());
        if (!s.missing.empty() || n > c.count) {
            rec.state = s.missing.empty() ? FilledField::State::Overflow : FilledField::State::MissingGlyph;
            cue(cueBox, "手書きでご記入ください");
            return report(std::move(rec));
        }
        const int first = c.align == Align::Right ? c.count - n : 0;
        for (int k = 0; k < n; ++k)
            centredChar(s, static_cast<std::size_t>(k), item.cell(first + k), size,
                        Color::gray(c.style.gray));
        rec.state = FilledField::State::Filled;
        rec.text = std::move(v.text);
        report(std::move(rec));
    }

    // Text fitted on one line in a slot (shrinking if needed); used for date parts.
    void slotText(const std::string& text, const Rect& slot, const TextStyle& st, Align align) {
        if (text.empty()) return;
        const Shaped s = shapeText(text, role(st), m_fonts);
        const Fit fit = fitText(s, slot.w, slot.h, st.size, 4.0, 1, 0.6);
        drawFit(s, fit, slot, align, VAlign::Middle, Color::gray(st.gray));
    }

    void date(const DateItem& d, const std::string& at, double dy, const std::string& prefix,
              const FillContext& ctx) {
        DateItem item = d;
        item.y += dy;
        const Rect bounds = item.bounds();
        FilledField rec = record(prefix + d.name, d.bind, bounds, at);
        proofOutline(bounds, rec.name);

        std::optional<Date> value;
        if (d.handwritten == Handwritten::No) {
            Binding raw = d.bind;
            raw.format.clear(); // a date item formats its parts itself
            BoundValue v = bound(raw, ctx);
            rec.needsCheck = v.needsCheck;
            value = Date::parseIso(v.text);
        } else {
            rec.state = FilledField::State::Handwritten;
        }
        // Plain values rather than optional<Wareki>: GCC 12 warns (falsely) about the optional's payload.
        Wareki wk{Era::Reiwa, 0, 0, 0};
        bool hasWareki = false;
        if (value)
            if (auto t = toWareki(*value)) wk = *t, hasWareki = true;
        const double sizeMm = d.style.size * kPtToMm;
        const double eraPart = d.eras.empty() ? d.eraW * 2.2 : d.eraW * static_cast<double>(d.eras.size());

        // Era choices, printed always; the date's era circled.
        bool eraShown = false;
        for (std::size_t i = 0; i < d.eras.size(); ++i) {
            const Rect slot{item.x + d.eraW * static_cast<double>(i), item.y, d.eraW, item.h};
            slotText(std::string(eraInfo(d.eras[i]).shortName), slot, d.style, Align::Center);
            if (hasWareki && wk.era == d.eras[i]) {
                op(EllipseOp{slot.x + slot.w / 2, slot.y + slot.h / 2, std::min(slot.w, slot.h) * 0.46,
                             std::min(slot.w, slot.h) * 0.46, 0.25, Color{}});
                eraShown = true;
            }
        }
        std::string yearText;
        // A written date (令和＿年＿月＿日): the pre-printed era stays while the date is left blank.
        if (!value && d.eras.empty() && !d.eraText.empty())
            slotText(d.eraText, Rect{item.x, item.y, eraPart, item.h}, d.style, Align::Center);
        if (value) {
            if (!hasWareki)
                yearText = std::to_string(value->year); // before 明治6年: Gregorian
            else if (d.eras.empty())
                slotText(std::string(eraInfo(wk.era).name), Rect{item.x, item.y, eraPart, item.h}, d.style,
                         Align::Center);
            else if (!eraShown)
                yearText = std::string(eraInfo(wk.era).name); // the form has no box for this era
            if (hasWareki) yearText += warekiYearText(wk.year);
        }
        const double labelW = sizeMm * 1.05;
        double x = item.x + eraPart;
        const std::pair<double, const char*> parts[] = {{d.yearW, "年"}, {d.monthW, "月"}, {d.dayW, "日"}};
        const std::string numbers[] = {yearText, value ? std::to_string(value->month) : "",
                                       value ? std::to_string(value->day) : ""};
        for (int i = 0; i < 3; ++i) {
            const double wSlot = parts[i].first;
            slotText(numbers[i], Rect{x, item.y, wSlot - labelW - 0.3, item.h}, d.style, Align::Right);
            slotText(parts[i].second, Rect{x + wSlot - labelW, item.y, labelW, item.h}, d.style,
                     Align::Center);
            x += wSlot;
        }
        if (value) {
            rec.state = FilledField::State::Filled;
            rec.text = formatWareki(*value);
        }
        report(std::move(rec));
    }

    void choice(const ChoiceItem& c, const std::string& at, double dy, const std::string& prefix,
                const FillContext& ctx) {
        const BoundValue v = bound(c.bind, ctx);
        Rect bounds = c.bounds();
        bounds.y += dy;
        FilledField rec = record(prefix + c.name, c.bind, bounds, at);
        rec.needsCheck = v.needsCheck;
        std::string chosenText;
        for (const auto& o : c.options) {
            Rect box = o.box;
            box.y += dy;
            proofOutline(box, o.value);
            const bool chosen = std::find(v.raw.begin(), v.raw.end(), o.value) != v.raw.end();
            Rect labelBox = box;
            Rect square{};
            if (c.squares && c.mark != ChoiceItem::Mark::Circle) {
                const double side = std::min(box.h * 0.75, 3.6);
                square = Rect{box.x + 0.3, box.y + (box.h - side) / 2.0, side, side};
                op(RectOp{square, 0.2, Color{}, std::nullopt, false});
                labelBox = Rect{square.right() + 0.8, box.y, box.right() - square.right() - 0.8, box.h};
            }
            if (!o.label.empty())
                slotText(o.label, labelBox, c.style,
                         c.mark == ChoiceItem::Mark::Circle ? Align::Center : Align::Left);
            if (!chosen) continue;
            chosenText += (chosenText.empty() ? "" : "、") + (o.label.empty() ? o.value : o.label);
            if (c.mark == ChoiceItem::Mark::Circle) {
                op(EllipseOp{box.x + box.w / 2, box.y + box.h / 2, box.w / 2 * 0.98, box.h / 2 * 0.95, 0.25,
                             Color{}});
            } else if (c.squares) {
                if (c.mark == ChoiceItem::Mark::Fill)
                    op(RectOp{Rect{square.x + 0.5, square.y + 0.5, square.w - 1.0, square.h - 1.0}, 0.1,
                              std::nullopt, Color{}, false});
                else
                    op(CheckOp{square, 0.35, Color{}});
            } else {
                op(CheckOp{Rect{box.x, box.y + box.h * 0.1, box.h * 0.8, box.h * 0.8}, 0.35, Color{}});
            }
        }
        if (!chosenText.empty()) {
            rec.state = FilledField::State::Filled;
            rec.text = chosenText;
        }
        report(std::move(rec));
    }

    void qr(const QrItem& q) {
        m_out.qrSlots.push_back(QrSlot{m_pageIndex, q.x, q.y, q.size});
        if (m_options.proof) proofOutline(Rect{q.x, q.y, q.size, q.size}, "QR");
    }

    void staffArea(const StaffArea& s) {
        const double band = 5.0;
        op(RectOp{Rect{s.box.x, s.box.y, s.box.w, band}, 0.2, Color{}, Color::gray(0.88), false});
        op(RectOp{s.box, 0.3, Color{}, std::nullopt, false});
        slotText(s.title, Rect{s.box.x + 1, s.box.y, s.box.w - 2, band},
                 TextStyle{8.0, "gothic", Align::Left, VAlign::Middle, 0.0}, Align::Left);
    }

    void repeat(const RepeatItem& r, const std::string& at, const FillContext& ctx, int chunk) {
        const auto rows = rowsFor(r);
        for (int i = 0; i < r.maxRows; ++i) {
            const int index = chunk * r.maxRows + i;
            FillContext rowCtx = ctx;
            const bool hasRow = index < static_cast<int>(rows.size());
            rowCtx.row = hasRow ? rows[static_cast<std::size_t>(index)] : nullptr;
            const std::string prefix = r.name + "[" + std::to_string(index) + "].";
            m_rowNumber = index + 1;
            const double dy = r.pitch * i;
            for (std::size_t k = 0; k < r.items.size(); ++k) {
                const auto& it = r.items[k];
                // Empty rows keep their printed frame but report nothing.
                if (!hasRow && !std::holds_alternative<StaticText>(it) &&
                    !std::holds_alternative<LineItem>(it) && !std::holds_alternative<BoxItem>(it) &&
                    !std::holds_alternative<GridItem>(it)) {
                    const std::size_t before = m_out.fields.size();
                    m_frameOnly = true;
                    item(it, at + "/items/" + std::to_string(k), dy, prefix, rowCtx, chunk);
                    m_frameOnly = false;
                    m_out.fields.resize(before);
                    continue;
                }
                item(it, at + "/items/" + std::to_string(k), dy, prefix, rowCtx, chunk);
            }
        }
        m_rowNumber = 0;
    }
};

} // namespace

std::string_view toString(FilledField::State s) {
    switch (s) {
    case FilledField::State::Filled:
        return "filled";
    case FilledField::State::Empty:
        return "empty";
    case FilledField::State::Handwritten:
        return "handwritten";
    case FilledField::State::Overflow:
        return "overflow";
    case FilledField::State::MissingGlyph:
        return "missing-glyph";
    }
    return "empty";
}

std::vector<const FilledField*> FilledForm::problems() const {
    std::vector<const FilledField*> out;
    for (const auto& f : fields)
        if (f.state == FilledField::State::Overflow || f.state == FilledField::State::MissingGlyph)
            out.push_back(&f);
    return out;
}

FilledForm layoutForm(const FormTemplate& form, const FillContext& ctx, FontProvider& fonts,
                      const LayoutOptions& options) {
    FilledForm out;
    out.formId = form.id;
    out.version = form.version;
    Layouter(form, ctx, fonts, options, out).run();
    return out;
}

Status placeQr(FilledForm& form, const QrSlot& slot, std::string_view payload) {
    if (slot.page < 0 || slot.page >= static_cast<int>(form.document.pages.size()))
        return makeError("qr.slot", "no such page");
    const std::string data(payload);
    QRcode* code = QRcode_encodeString(data.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return makeError("qr.too-large",
                         "payload of " + std::to_string(payload.size()) + " bytes does not fit a QR code");
    const int n = code->width;
    const double module = slot.size / (n + 8); // 4-module quiet zone on each side
    if (module < 0.3) {
        QRcode_free(code);
        return makeError("qr.too-dense",
                         "payload of " + std::to_string(payload.size()) +
                             " bytes needs modules smaller than 0.3 mm in this QR area; split it");
    }
    QrOp q;
    q.x = slot.x + 4 * module, q.y = slot.y + 4 * module, q.module = module, q.modules = n;
    q.dark.resize(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    for (int i = 0; i < n * n; ++i)
        q.dark[static_cast<std::size_t>(i)] = code->data[i] & 1;
    QRcode_free(code);
    form.document.pages[static_cast<std::size_t>(slot.page)].ops.push_back(std::move(q));
    return {};
}

std::vector<Error> checkTemplateFits(const FormTemplate& form, FontProvider& fonts) {
    auto sample = makeSampleFill(form, Date{2030, 12, 31});
    const FilledForm filled =
        layoutForm(form, sample->context, fonts, LayoutOptions{false, SignaturePolicy::Printed});
    std::vector<Error> out = filled.notes;
    for (const auto& f : filled.fields) {
        if (f.state == FilledField::State::Overflow)
            out.push_back(makeError("form.overflow",
                                    "\"" + f.name + "\": the longest sample value (" + f.sourcePath +
                                        ") does not fit even at the minimum size",
                                    f.templatePointer));
        else if (f.state == FilledField::State::MissingGlyph)
            out.push_back(makeError("form.glyph",
                                    "\"" + f.name + "\": no installed font can draw the sample value",
                                    f.templatePointer));
    }
    return out;
}

} // namespace kakanai
