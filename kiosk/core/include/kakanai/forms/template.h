#pragma once
// A form template ("kakanai-form/1"): paper, questions for the resident, and pages of items placed in
// millimetres from the top-left corner. The JSON format is specified by forms/schema/ and described in
// docs/form-templates.md; this is its in-memory model, produced by loadTemplate().

#include "kakanai/dates/date.h"
#include "kakanai/dates/wareki.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kakanai {

// Per-language strings: "ja", "ja-easy" (やさしい日本語), "en", "zh-Hans", "ko", "vi", "pt".
using I18nText = std::map<std::string, std::string>;
// The languages every template must translate; others are optional.
inline constexpr const char* kRequiredLanguages[] = {"ja", "ja-easy", "en"};
std::string pick(const I18nText& text, const std::string& language); // falls back to "ja"

struct Rect {
    double x = 0, y = 0, w = 0, h = 0; // mm, from the top-left of the paper
    double right() const { return x + w; }
    double bottom() const { return y + h; }
    bool intersects(const Rect& o, double tolerance = 0.05) const {
        return x + tolerance < o.right() && o.x + tolerance < right() && y + tolerance < o.bottom() &&
               o.y + tolerance < bottom();
    }
};

enum class Align { Left, Center, Right };
enum class VAlign { Top, Middle, Bottom };

// ---- questions (the UI is generated from these) -------------------------------------------

struct Choice {
    std::string value;
    I18nText label;
};

// A condition on an earlier answer: {"question": "purpose", "equals": "other"} or {"in": [...]}.
struct AnswerCondition {
    std::string question;
    std::vector<std::string>
        values; // matches when the answer (or any element of a multi answer) is one of these
};

struct Question {
    enum class Type { Count, Choice, Multi, Text, Date, Bool };
    std::string id;
    Type type = Type::Text;
    I18nText label;
    I18nText help;
    std::vector<Choice> choices; // Choice, Multi
    std::variant<std::monostate, long, std::string, std::vector<std::string>, bool> defaultValue;
    long min = 0, max = 99;     // Count
    int maxLength = 40;         // Text (code points)
    std::string input = "text"; // Text: "text", "kana", "digits", "phone"
    bool required = true;
    std::optional<AnswerCondition> showIf;
};

// ---- bindings ------------------------------------------------------------------------------

// Where a bound item's value comes from, and how to format it for print.
// Paths: person.<field>, person.address_parts.<part>, household.head.<field>, row.<field>,
//        answers.<question>, config.<key>, today, form.id, form.version, form.title, session.id_method.
struct Binding {
    std::string path;
    std::vector<std::string> format;     // named formatters applied in order (see formatters.h)
    std::optional<AnswerCondition> when; // leave blank unless the condition holds
    bool empty() const { return path.empty(); }
};

// Why an area is never filled by the kiosk; printed blank with a cue.
enum class Handwritten { No, Signature, MyNumber, Principal, Other };

// ---- items ---------------------------------------------------------------------------------

struct TextStyle {
    double size = 10.5; // pt
    std::string font;   // font role; empty = the template's default
    Align align = Align::Left;
    VAlign valign = VAlign::Middle;
    double gray = 0.0; // 0 black … 1 white
};

struct StaticText {
    Rect box;         // w/h 0 = unbounded (single line from x,y)
    std::string text; // may contain "\n"
    TextStyle style;
    bool vertical = false; // one character per line, top to bottom (narrow row headers)
};

struct LineItem {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.2; // mm
    bool dash = false;
};

struct BoxItem {
    Rect box;
    double width = 0.2;
    std::optional<double> fill; // gray level
};

struct GridItem {
    double x = 0, y = 0;
    std::vector<double> cols, rows; // widths and heights in mm
    double width = 0.2;
    Rect bounds() const;
};

struct FieldItem {
    std::string name;
    Binding bind;
    Rect box;
    TextStyle style;
    double minSize = 6.0;   // pt: shrink down to this before reporting overflow
    int lines = 1;          // maximum lines (wrapping at characters with 禁則)
    double condense = 0.8;  // minimum horizontal scale (長体) once at minimum size
    std::string sample;     // the longest value the box must hold (validation); empty = built-in sample
    bool signature = false; // a signature/記名 box: the city's signature policy decides
    Handwritten handwritten = Handwritten::No;
    std::string cue; // printed faintly when the area stays blank for handwriting
};

struct CellsItem {
    std::string name;
    Binding bind;
    double x = 0, y = 0;
    double cellW = 5, cellH = 7;
    int count = 1;
    std::vector<int> groups;   // e.g. {3, 4} for 〒; empty = one group
    double groupGap = 0;       // mm between groups
    std::string separator;     // drawn centred in each gap, e.g. "-"
    bool boxes = true;         // draw the cell borders
    Align align = Align::Left; // Right: right-justify (amounts, counts)
    TextStyle style;
    Handwritten handwritten = Handwritten::No;
    std::string cue;
    std::optional<Rect> cueBox; // where the cue goes; default: a 2.4 mm band just above the cells
    Rect bounds() const;
    Rect cell(int index) const;
};

struct DateItem {
    std::string name;
    Binding bind;
    double x = 0, y = 0, h = 7;
    std::vector<Era> eras; // era choices printed as a list; the chosen one is circled
    std::string eraText;   // without eras: pre-printed era (「令和」) shown while the date is blank
    double eraW = 6, yearW = 10, monthW = 8, dayW = 8; // mm
    TextStyle style;
    Handwritten handwritten = Handwritten::No;
    Rect bounds() const;
};

struct ChoiceOption {
    std::string value;
    Rect box;
    std::string label; // printed by the item when non-empty
};

struct ChoiceItem {
    enum class Mark { Check, Circle, Fill };
    std::string name;
    Binding bind;
    std::vector<ChoiceOption> options;
    Mark mark = Mark::Check;
    bool squares = true; // draw a □ before each label (Check/Fill)
    TextStyle style;
    Rect bounds() const;
};

struct QrItem {
    double x = 0, y = 0, size = 25; // mm, square including the quiet zone
};

struct StaffArea {
    Rect box;
    std::string title = "事務処理欄";
};

struct RepeatItem;
using Item = std::variant<StaticText, LineItem, BoxItem, GridItem, FieldItem, CellsItem, DateItem, ChoiceItem,
                          QrItem, StaffArea, std::shared_ptr<RepeatItem>>;

struct RowFilter {
    std::vector<std::string> relationships; // any of these 続柄 (empty: any)
    std::vector<std::string> flags;         // all of these flags (empty: any)
};

// Rows for household members or children: items laid out for row 0, repeated every `pitch` mm.
// More rows than maxRows continue on a copy of the page marked 「続き」.
struct RepeatItem {
    std::string name;
    bool includeSelf = false; // the resident is the first row
    bool filterSelf = false;  // ... only when the resident also carries filter.flags (set by the UI)
    RowFilter filter;
    int maxRows = 1;
    double pitch = 10;       // mm between rows
    std::vector<Item> items; // bindings use row.<field>
    Rect bounds() const;     // of all rows
};

struct TemplatePage {
    std::vector<Item> items;
    std::optional<std::pair<double, double>> versionMark; // x, y of the version line; default bottom-left
};

struct Paper {
    std::string size = "A4";
    bool landscape = false;
    double widthMm() const;
    double heightMm() const;
};

struct FormTemplate {
    std::string sourcePath;
    std::string id;
    std::string version;
    Date validFrom;
    std::optional<Date> validTo;
    I18nText title;
    I18nText description;
    std::vector<std::string>
        categories; // life events: moving, childbirth, certificates, health-insurance, proxy
    Paper paper;
    bool duplex = false;
    std::string defaultFont = "mincho";
    std::map<std::string, std::vector<std::string>> fonts; // role -> font files (validated paths)
    std::vector<Question> questions;
    std::vector<TemplatePage> pages;

    const Question* question(const std::string& id) const;
    bool validOn(const Date& d) const { return d >= validFrom && (!validTo || d <= *validTo); }
};

} // namespace kakanai
