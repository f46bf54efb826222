// The fictional people of `kakanai bench forms`, read from kiosk/core/src/person/sample_people.cpp so the
// peer benchmark fills its forms for exactly the same people, in the same order.
import fs from 'node:fs';

export function loadSamplePeople(sourceDir) {
  const file = `${sourceDir}/kiosk/core/src/person/sample_people.cpp`;
  const src = fs.readFileSync(file, 'utf8');
  const json = new Map();
  for (const m of src.matchAll(/constexpr std::string_view (k\w+) = R"\(([\s\S]*?)\)";/g)) {
    json.set(m[1], m[2]);
  }
  const list = src.match(/samplePeople\(\)\s*\{[\s\S]*?people\{([\s\S]*?)\};/);
  if (!list || json.size === 0) throw new Error(`${file}: cannot find the sample people (did its layout change?)`);
  const people = [];
  for (const m of list[1].matchAll(/\{"([\w-]+)",\s*(k\w+)\}/g)) {
    if (!json.has(m[2])) throw new Error(`${file}: ${m[1]}: no constant ${m[2]}`);
    people.push({ key: m[1], record: JSON.parse(json.get(m[2])) });
  }
  if (people.length === 0) throw new Error(`${file}: the samplePeople() list is empty or unreadable`);
  return people;
}
