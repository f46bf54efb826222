// The peer side of tests/bench/compare-pdfme.sh: @pdfme/generator fills the pdfme mirror of a kakanai form
// (pdfme-form.mjs) for the fictional people of `kakanai bench forms`, one PDF per generate() call, many forms
// in one Node process, and prints a last line comparable to kakanai's:
//   pdfme ms_per_form_median=<x> ms_per_form_p95=<y> bytes_mean=<z> cold_ms=<w> bytes_per_char=<v>
//
// node pdfme-bench.mjs [--count N] [--form ID] [--qr-bytes N] [--font TTF] [--source DIR] [--out-dir DIR]
//                      [--batch]
//   --out-dir DIR  also writes one PDF per sample person (DIR/pdfme-<person>.pdf) to look at
//   --batch        also times pdfme's best case: all N forms as inputs of a single generate() call
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mirrorForm } from './pdfme-form.mjs';
import { loadSamplePeople } from './sample-people.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const opts = { count: 200, form: 'juminhyo', qrBytes: 200, font: '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf', source: path.resolve(here, '../..'), outDir: '', batch: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
  const next = () => {
    if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
    return argv[(i += 1)];
  };
  switch (argv[i]) {
    case '--count': opts.count = Number(next()); break;
    case '--form': opts.form = next(); break;
    case '--qr-bytes': opts.qrBytes = Number(next()); break;
    case '--font': opts.font = next(); break;
    case '--source': opts.source = next(); break;
    case '--out-dir': opts.outDir = next(); break;
    case '--batch': opts.batch = true; break;
    default: usage(`unknown argument ${argv[i]}`);
  }
}
if (!(opts.count >= 1) || !(opts.qrBytes >= 40)) usage('--count must be >= 1 and --qr-bytes >= 40');

function usage(msg) {
  console.error(`pdfme-bench: ${msg}\nusage: node pdfme-bench.mjs [--count N] [--form ID] [--qr-bytes N] [--font TTF] [--source DIR] [--out-dir DIR] [--batch]`);
  process.exit(2);
}

// The same synthetic payload as `kakanai bench forms --qr-bytes N` (cmd_bench.cpp, paddedQrPayload).
function qrPayload(formId, version, page, n) {
  const fill = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  let s = `KAKANAI-BENCH:${formId}:${version}:${page}:`;
  for (let i = 0; s.length < n; i += 1) s += fill[i % fill.length];
  return s.slice(0, n);
}

// config/kakanai.toml's [municipality] values, the built-in config `kakanai bench` uses.
function municipalityConfig(file) {
  const toml = fs.readFileSync(file, 'utf8');
  const section = toml.split(/^\[municipality\][^\n]*$/m)[1]?.split(/^\[/m)[0] ?? '';
  const out = {};
  for (const m of section.matchAll(/^(\w+)\s*=\s*"([^"]*)"/gm)) out[`municipality.${m[1]}`] = m[2];
  if (!out['municipality.addressee']) throw new Error(`${file}: no [municipality] addressee`);
  return out;
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
// Same rule as kakanai's percentile(): the element at floor(p·n), clamped.
const percentile = (v, p) => {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(p * s.length)))];
};

const tImport = performance.now();
const { generate } = await import('@pdfme/generator');
const { text, rectangle, barcodes, checkbox, circleMark } = await import('@pdfme/schemas');
const importMs = performance.now() - tImport;
const plugins = { text, rectangle, qrcode: barcodes.qrcode, checkbox, circleMark };
const pdfmeVersion = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/@pdfme/generator/package.json'), 'utf8')).version;

const formJson = JSON.parse(fs.readFileSync(path.join(opts.source, 'forms', `${opts.form}.json`), 'utf8'));
const mirror = mirrorForm(formJson);
const people = loadSamplePeople(opts.source);
const config = municipalityConfig(path.join(opts.source, 'config/kakanai.toml'));
const payload = qrPayload(formJson.id, formJson.version, 1, opts.qrBytes);
// As in fillForms(): without a session's id method, the person record's source is printed.
const context = (person) => ({ person, config, today: '2026-11-23', idMethod: person.source ?? '', qrPayload: payload });

// Cold: the first form, including reading the font file (pdfme parses it again in every generate() call).
const tCold = performance.now();
const font = { IPAexGothic: { data: fs.readFileSync(opts.font), fallback: true, subset: true } };
const ms = [];
let coldMs = 0;
let totalBytes = 0;
let totalChars = 0;
for (let i = 0; i < opts.count; i += 1) {
  const person = people[i % people.length].record;
  const t = i === 0 ? tCold : performance.now();
  const input = mirror.fill(context(person));
  const pdf = await generate({ template: mirror.template, inputs: [input], options: { font }, plugins });
  const elapsed = performance.now() - t;
  if (i === 0) coldMs = elapsed;
  else ms.push(elapsed);
  totalBytes += pdf.length;
  totalChars += mirror.distinctChars(input);
}
if (ms.length === 0) ms.push(coldMs);

if (opts.outDir) {
  fs.mkdirSync(opts.outDir, { recursive: true });
  for (const p of people) {
    const pdf = await generate({ template: mirror.template, inputs: [mirror.fill(context(p.record))], options: { font }, plugins });
    fs.writeFileSync(path.join(opts.outDir, `pdfme-${p.key}.pdf`), pdf);
  }
}

const c = mirror.counts;
console.log(`pdfme: @pdfme/generator ${pdfmeVersion} on node ${process.version}; ${opts.form} mirrored as ${c.labels} labels, ${c.boxes} boxes and rules, ${c.fields} text fields, ${c.marks} check/circle marks, ${c.qr} QR (${opts.qrBytes} bytes); modules imported in ${importMs.toFixed(1)} ms`);
const meanBytes = totalBytes / opts.count;
const meanChars = totalChars / opts.count;
console.log(`${opts.form.padEnd(14)} median ${median(ms).toFixed(2).padStart(6)} ms  ${meanBytes.toFixed(0).padStart(7)} bytes  ${meanChars.toFixed(0).padStart(4)} distinct chars  ${(meanBytes / meanChars).toFixed(1).padStart(5)} bytes/char`);

if (opts.batch) {
  const inputs = Array.from({ length: opts.count }, (_, i) => mirror.fill(context(people[i % people.length].record)));
  const t = performance.now();
  const pdf = await generate({ template: mirror.template, inputs, options: { font }, plugins });
  const total = performance.now() - t;
  console.log(`pdfme batched (best case, not comparable: one ${opts.count}-page PDF, one font parse and one subset): ${(total / opts.count).toFixed(2)} ms/form, ${(pdf.length / opts.count).toFixed(0)} bytes/form`);
}

console.log(`pdfme ms_per_form_median=${median(ms).toFixed(2)} ms_per_form_p95=${percentile(ms, 0.95).toFixed(2)} bytes_mean=${meanBytes.toFixed(0)} cold_ms=${coldMs.toFixed(1)} bytes_per_char=${(meanBytes / meanChars).toFixed(1)}`);
