// Mirrors a kakanai-form/1 template (forms/juminhyo.json) as a pdfme template, item by item at the same
// millimetre positions, and fills it the way kakanai does (same bindings, formatters, 和暦 and answers
// defaults), so both benchmarks print the same labels and values for the same fictional people.
//
// pdfme equivalents: static text → readOnly `text`; box, grid, cell and staff area frames → `rectangle`
// (grid rules as 0.3 mm filled rectangles); bound field → `text` with dynamicFontSize; per-character
// cells → one `text` per cell; date → era/year/month/day `text` plus `circleMark` for a printed era choice;
// check choices → `checkbox`; circled choices → `circleMark`; QR → `qrcode` (bwip-js, embedded as PNG).
// Anything else in the template is an error: the comparison must not silently drop part of the form.

const PT_TO_MM = 25.4 / 72;
const LINE_SPACING = 1.2; // kakanai's kLineSpacing
const PAD_X = 0.8; // kakanai's padding inside field boxes (mm)
const PAD_Y = 0.3;

const ERAS = [
  { id: 'meiji', name: '明治', short: '明', from: '1873-01-01', base: 1868 },
  { id: 'taisho', name: '大正', short: '大', from: '1912-07-30', base: 1912 },
  { id: 'showa', name: '昭和', short: '昭', from: '1926-12-25', base: 1926 },
  { id: 'heisei', name: '平成', short: '平', from: '1989-01-08', base: 1989 },
  { id: 'reiwa', name: '令和', short: '令', from: '2019-05-01', base: 2019 },
];

const ID_METHODS = {
  'mynumber-card': 'マイナンバーカード（IC読取）',
  'driver-license-card': '運転免許証（IC読取）',
  'ocr:mynumber-card': 'マイナンバーカード（画像読取）',
  'ocr:driver-license': '運転免許証（画像読取）',
  'ocr:residence-card': '在留カード（画像読取）',
  manual: '職員による入力',
};

const grayHex = (g = 0) => {
  const v = Math.round(Math.min(1, Math.max(0, g)) * 255).toString(16).padStart(2, '0');
  return `#${v}${v}${v}`;
};

export function toWareki(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  for (let i = ERAS.length - 1; i >= 0; i -= 1)
    if (iso >= ERAS[i].from) return { era: ERAS[i], year: y - ERAS[i].base + 1, month: mo, day: d, gregorian: y };
  return { era: null, year: y, month: mo, day: d, gregorian: y };
}

const yearText = (n) => (n === 1 ? '元' : String(n));

// Generous width estimate (1 em for Japanese, 0.6 em for ASCII) of one line of text, in mm.
const mayOverflow = (text, size, w) => [...text].reduce((em, c) => em + (c <= '\x7f' ? 0.6 : 1), 0) * size * PT_TO_MM > w;

// ---- the template ----------------------------------------------------------------------------------------

class TemplateBuilder {
  constructor(form) {
    this.form = form;
    this.schemas = [];
    this.count = { labels: 0, boxes: 0, fields: 0, marks: 0, qr: 0 };
    this.fillers = []; // (ctx, input) => void, one per bound item, in template order
    this.n = 0;
  }

  add(schema, kind) {
    this.schemas.push({ name: schema.name ?? `static${(this.n += 1)}`, ...schema });
    this.count[kind] += 1;
  }

  label(text, x, y, w, h, size, opts = {}) {
    this.add(
      {
        type: 'text',
        readOnly: true,
        content: text,
        position: { x, y },
        // Without a width kakanai draws one line from the top-left corner, unfitted.
        width: w > 0 ? w : 210 - x - 2,
        height: w > 0 && h > 0 ? h : size * PT_TO_MM * LINE_SPACING + 0.4,
        fontSize: size,
        alignment: opts.align ?? 'left',
        verticalAlignment: w > 0 && h > 0 ? (opts.valign ?? 'middle') : 'top',
        lineHeight: LINE_SPACING,
        characterSpacing: 0,
        fontColor: grayHex(opts.gray),
        // Shrink-to-fit only where a label may not fit at its size, as a pdfme template designer would do
        // (it costs pdfme several text measurements per label and form).
        ...(w > 0 && mayOverflow(text, size, w) ? { dynamicFontSize: { min: opts.min ?? size * 0.7, max: size, fit: 'horizontal' } } : {}),
      },
      'labels',
    );
  }

  rect(x, y, w, h, width, fill) {
    this.add(
      {
        type: 'rectangle',
        readOnly: true,
        position: { x, y },
        width: w,
        height: h,
        borderWidth: width ?? 0,
        borderColor: width ? '#000000' : '',
        color: fill === undefined ? '' : grayHex(fill),
      },
      'boxes',
    );
  }

  // A rule as a thin filled rectangle centred on the line.
  rule(x1, y1, x2, y2, width) {
    if (y1 === y2) this.rect(Math.min(x1, x2), y1 - width / 2, Math.abs(x2 - x1), width, 0, 0);
    else if (x1 === x2) this.rect(x1 - width / 2, Math.min(y1, y2), width, Math.abs(y2 - y1), 0, 0);
    else throw new Error('pdfme mirror: only horizontal and vertical lines are supported');
  }

  textField(name, x, y, w, h, size, opts = {}) {
    this.add(
      {
        name,
        type: 'text',
        position: { x, y },
        width: w,
        height: h,
        fontSize: size,
        alignment: opts.align ?? 'left',
        verticalAlignment: opts.valign ?? 'middle',
        lineHeight: LINE_SPACING,
        characterSpacing: 0,
        fontColor: grayHex(opts.gray),
        padding: opts.pad ? { top: PAD_Y, right: PAD_X, bottom: PAD_Y, left: PAD_X } : { top: 0, right: 0, bottom: 0, left: 0 },
        dynamicFontSize: { min: opts.min ?? 4, max: size, fit: opts.lines > 1 ? 'vertical' : 'horizontal' },
      },
      'fields',
    );
  }

  mark(type, name, x, y, w, h) {
    const common = { name, position: { x, y }, width: w, height: h, color: '#000000' };
    this.add(type === 'circle' ? { type: 'circleMark', borderWidth: 0.25, ...common } : { type: 'checkbox', ...common }, 'marks');
  }

  // ---- items ----

  item(it, dy, prefix) {
    const y = (it.y ?? 0) + dy;
    const style = { align: it.align, valign: it.valign, gray: it.gray };
    switch (it.type) {
      case 'text':
        if (it.vertical) throw new Error('pdfme mirror: vertical text is not supported');
        return this.label(it.text, it.x, y, it.w ?? 0, it.h ?? 0, it.size, style);
      case 'box':
        return this.rect(it.x, y, it.w, it.h, it.width ?? 0.3, it.fill);
      case 'line':
        return this.rule(it.x1, it.y1 + dy, it.x2, it.y2 + dy, it.width ?? 0.3);
      case 'grid':
        return this.grid(it, y);
      case 'field':
        return this.field(it, y, prefix);
      case 'cells':
        return this.cells(it, y, prefix);
      case 'date':
        return this.date(it, y, prefix);
      case 'choice':
        return this.choice(it, dy, prefix);
      case 'qr':
        this.add({ name: 'qr', type: 'qrcode', position: { x: it.x, y }, width: it.size, height: it.size, backgroundColor: '#ffffff', barColor: '#000000' }, 'qr');
        return this.fillers.push((ctx, input) => (input.qr = ctx.qrPayload));
      case 'staff_area': {
        const band = 5;
        this.rect(it.x, y, it.w, band, 0.2, 0.88);
        this.rect(it.x, y, it.w, it.h, 0.3);
        return this.label(it.title, it.x + 1, y, it.w - 2, band, 8, { min: 4 });
      }
      case 'repeat':
        return this.repeat(it);
      default:
        throw new Error(`pdfme mirror: item type "${it.type}" is not supported`);
    }
  }

  grid(g, y0) {
    const w = g.cols.reduce((a, b) => a + b, 0);
    const h = g.rows.reduce((a, b) => a + b, 0);
    const lw = g.width ?? 0.3;
    this.rect(g.x, y0, w, h, lw);
    let x = g.x;
    for (const c of g.cols.slice(0, -1)) this.rule((x += c), y0, x, y0 + h, lw);
    let y = y0;
    for (const r of g.rows.slice(0, -1)) this.rule(g.x, (y += r), g.x + w, y, lw);
  }

  field(f, y, prefix) {
    if (f.handwritten) throw new Error('pdfme mirror: handwritten fields are not supported');
    const name = prefix + f.name;
    this.textField(name, f.x, y, f.w, f.h, f.size, { align: f.align, valign: f.valign, gray: f.gray, min: f.min_size ?? 6, lines: f.lines ?? 1, pad: true });
    this.fillers.push((ctx, input) => (input[name] = resolve(f.bind, ctx)));
  }

  cells(c, y, prefix) {
    const groups = c.groups ?? [c.count];
    const gap = c.group_gap ?? (groups.length > 1 ? (c.separator ? c.cell_w * 0.8 : 1.5) : 0);
    const cellX = (i) => {
      let off = i * c.cell_w;
      let seen = 0;
      for (const g of groups.slice(0, -1)) if (i >= (seen += g)) off += gap;
      return c.x + off;
    };
    const size = Math.min(c.size, (c.cell_h * 0.8) / PT_TO_MM);
    if (c.boxes ?? true) for (let i = 0; i < c.count; i += 1) this.rect(cellX(i), y, c.cell_w, c.cell_h, 0.2);
    if (c.separator) {
      let seen = 0;
      for (const g of groups.slice(0, -1)) {
        seen += g;
        this.label(c.separator, cellX(seen - 1) + c.cell_w, y, gap, c.cell_h, size, { align: 'center' });
      }
    }
    const names = [];
    for (let i = 0; i < c.count; i += 1) {
      names.push(`${prefix}${c.name}[${i}]`);
      this.textField(names[i], cellX(i), y, c.cell_w, c.cell_h, size, { align: 'center', gray: c.gray });
    }
    this.fillers.push((ctx, input) => {
      const chars = [...resolve(c.bind, ctx)];
      if (chars.length > c.count) return; // kakanai leaves it for handwriting
      const first = c.align === 'right' ? c.count - chars.length : 0;
      chars.forEach((ch, k) => (input[names[first + k]] = ch));
    });
  }

  date(d, y, prefix) {
    const name = prefix + d.name;
    const eras = (d.eras ?? []).map((id) => ERAS.find((e) => e.id === id));
    const eraPart = eras.length ? d.era_w * eras.length : d.era_w * 2.2;
    const sizeMm = d.size * PT_TO_MM;
    const labelW = sizeMm * 1.05;
    eras.forEach((e, i) => {
      const sx = d.x + d.era_w * i;
      this.label(e.short, sx, y, d.era_w, d.h, d.size, { align: 'center', min: 4 });
      const r = Math.min(d.era_w, d.h) * 0.46;
      this.mark('circle', `${name}.era.${e.id}`, sx + d.era_w / 2 - r, y + d.h / 2 - r, 2 * r, 2 * r);
    });
    if (!eras.length) this.textField(`${name}.era`, d.x, y, eraPart, d.h, d.size, { align: 'center' });
    let x = d.x + eraPart;
    for (const [part, w, label] of [['year', d.year_w, '年'], ['month', d.month_w, '月'], ['day', d.day_w, '日']]) {
      this.textField(`${name}.${part}`, x, y, w - labelW - 0.3, d.h, d.size, { align: 'right' });
      this.label(label, x + w - labelW, y, labelW, d.h, d.size, { align: 'center', min: 4 });
      x += w;
    }
    this.fillers.push((ctx, input) => {
      const w = toWareki(resolve({ path: typeof d.bind === 'string' ? d.bind : d.bind.path, if: d.bind.if }, ctx));
      if (!w) return;
      let year = '';
      if (!w.era) year = String(w.gregorian);
      else if (!eras.length) input[`${name}.era`] = w.era.name;
      else if (eras.includes(w.era)) input[`${name}.era.${w.era.id}`] = 'true';
      else year = w.era.name;
      if (w.era) year += yearText(w.year);
      input[`${name}.year`] = year;
      input[`${name}.month`] = String(w.month);
      input[`${name}.day`] = String(w.day);
    });
  }

  choice(c, dy, prefix) {
    const name = prefix + c.name;
    const circle = c.mark === 'circle';
    const squares = c.squares ?? !circle;
    if (!circle && !squares) throw new Error('pdfme mirror: check marks without squares are not supported');
    for (const o of c.options) {
      const y = o.y + dy;
      if (circle) {
        if (o.label) this.label(o.label, o.x, y, o.w, o.h, c.size, { align: 'center', min: 4 });
        this.mark('circle', `${name}.${o.value}`, o.x + o.w * 0.01, y + o.h * 0.025, o.w * 0.98, o.h * 0.95);
      } else {
        const side = Math.min(o.h * 0.75, 3.6);
        this.mark('check', `${name}.${o.value}`, o.x + 0.3, y + (o.h - side) / 2, side, side);
        const lx = o.x + 0.3 + side + 0.8;
        if (o.label) this.label(o.label, lx, y, o.x + o.w - lx, o.h, c.size, { min: 4 });
      }
    }
    this.fillers.push((ctx, input) => {
      const chosen = resolveRaw(c.bind, ctx);
      for (const o of c.options) input[`${name}.${o.value}`] = chosen.includes(o.value) ? 'true' : 'false';
    });
  }

  repeat(r) {
    for (let i = 0; i < r.max_rows; i += 1) {
      const prefix = `${r.name}[${i}].`;
      const start = this.fillers.length;
      for (const it of r.items) this.item(it, r.pitch * i, prefix);
      const rowFillers = this.fillers.splice(start);
      this.fillers.push((ctx, input) => {
        const rows = repeatRows(r, ctx);
        if (i < rows.length) for (const f of rowFillers) f({ ...ctx, row: rows[i] }, input);
      });
    }
  }
}

// ---- bindings (the subset of kakanai's that forms/juminhyo.json uses) --------------------------------------

const val = (x) => (x !== null && typeof x === 'object' && 'value' in x ? x.value : x);

function personField(p, field) {
  if (!p) return '';
  const v = val(p[field]);
  return v === undefined || v === null ? '' : String(v);
}

function householdHead(p) {
  if (!p) return null;
  if (p.head_of_household) return p;
  return (p.household ?? []).find((m) => m.head_of_household) ?? null;
}

function repeatRows(r, ctx) {
  const rows = r.include_self ? [ctx.person] : [];
  for (const m of ctx.person.household ?? []) {
    const rel = r.filter?.relationships;
    if (rel?.length && !rel.includes(m.relationship)) continue;
    if ((r.filter?.flags ?? []).every((f) => (m.flags ?? []).includes(f))) rows.push(m);
  }
  return rows;
}

function conditionHolds(when, answers) {
  if (!when) return true;
  const a = answers[when.question];
  if (a === undefined) return false;
  const text = Array.isArray(a) ? a.join(',') : String(a);
  if ('equals' in when) return text === String(when.equals);
  if ('in' in when) return when.in.map(String).includes(text);
  throw new Error(`pdfme mirror: unsupported condition ${JSON.stringify(when)}`);
}

function resolveRaw(bind, ctx) {
  const b = typeof bind === 'string' ? { path: bind } : bind;
  if (!conditionHolds(b.if, ctx.answers)) return [];
  if (!b.path.startsWith('answers.')) throw new Error(`pdfme mirror: choice bound to ${b.path}`);
  const a = ctx.answers[b.path.slice(8)];
  return a === undefined ? [] : Array.isArray(a) ? a : [String(a)];
}

function format(f, s) {
  if (!s) return s;
  switch (f) {
    case 'text':
      return s;
    case 'katakana':
      return [...s].map((c) => { const u = c.codePointAt(0); return (u >= 0x3041 && u <= 0x3096) || u === 0x309d || u === 0x309e ? String.fromCodePoint(u + 0x60) : c; }).join('');
    case 'digits':
      return [...s].map((c) => { const u = c.codePointAt(0); return u >= 0xff10 && u <= 0xff19 ? String.fromCodePoint(u - 0xfee0) : c; }).filter((c) => c >= '0' && c <= '9').join('');
    case 'id-method':
      return ID_METHODS[s] ?? s;
    default:
      throw new Error(`pdfme mirror: formatter "${f}" is not supported`);
  }
}

export function resolve(bind, ctx) {
  const b = typeof bind === 'string' ? { path: bind } : bind;
  if (!conditionHolds(b.if, ctx.answers)) return '';
  const path = b.path;
  let text = '';
  if (path.startsWith('person.')) text = personField(ctx.person, path.slice(7));
  else if (path.startsWith('row.')) {
    text = personField(ctx.row, path.slice(4));
    if (!text && ctx.row === ctx.person && path === 'row.relationship') text = '本人';
  } else if (path.startsWith('household.head.')) text = personField(householdHead(ctx.person), path.slice(15));
  else if (path.startsWith('answers.')) {
    const a = ctx.answers[path.slice(8)];
    text = a === undefined ? '' : Array.isArray(a) ? a.join('、') : String(a);
  } else if (path.startsWith('config.')) text = ctx.config[path.slice(7)] ?? '';
  else if (path === 'today') text = ctx.today;
  else if (path === 'session.id_method') text = ctx.idMethod ?? '';
  else throw new Error(`pdfme mirror: binding path "${path}" is not supported`);
  for (const f of [b.format ?? []].flat()) text = format(f, text);
  return text;
}

// ---- public --------------------------------------------------------------------------------------------

// The form as a pdfme template, plus `fill(ctx)` → pdfme input and the counts of what it draws.
export function mirrorForm(form) {
  if (form.pages.length !== 1) throw new Error('pdfme mirror: one-page forms only');
  if (form.paper?.size !== 'A4' || form.paper?.orientation !== 'portrait') throw new Error('pdfme mirror: A4 portrait only');
  const tb = new TemplateBuilder(form);
  for (const it of form.pages[0].items) tb.item(it, 0, '');
  // kakanai prints the form's id and version small on every page, where the page says or bottom left.
  const mark = form.pages[0].version_mark ?? { x: 8, y: 297 - 6 };
  tb.label(`様式 ${form.id} 版 ${form.version}`, mark.x ?? 0, mark.y ?? 0, 0, 0, 6, { gray: 0.3 });

  const defaults = {};
  for (const q of form.questions ?? []) if (q.default !== undefined) defaults[q.id] = q.default;
  const template = { basePdf: { width: 210, height: 297, padding: [0, 0, 0, 0] }, schemas: [tb.schemas] };
  const staticText = tb.schemas.filter((s) => s.readOnly && s.type === 'text').map((s) => s.content);
  const textFields = new Set(tb.schemas.filter((s) => !s.readOnly && s.type === 'text').map((s) => s.name));

  return {
    template,
    counts: tb.count,
    // ctx: { person, answers?, config, today, idMethod, qrPayload }
    fill(ctx) {
      const full = { ...ctx, answers: { ...defaults, ...(ctx.answers ?? {}) } };
      const input = {};
      for (const f of tb.fillers) f(full, input);
      return input;
    },
    // Characters printed, counted like `kakanai bench forms`: distinct, without spaces and variation selectors.
    distinctChars(input) {
      const seen = new Set();
      const add = (s) => {
        for (const c of s ?? '') {
          const u = c.codePointAt(0);
          if (c === ' ' || u === 0x3000 || (u >= 0xfe00 && u <= 0xfe0f) || (u >= 0xe0100 && u <= 0xe01ef)) continue;
          seen.add(c);
        }
      };
      staticText.forEach(add);
      for (const [k, v] of Object.entries(input)) if (textFields.has(k)) add(v);
      return seen.size;
    },
  };
}
