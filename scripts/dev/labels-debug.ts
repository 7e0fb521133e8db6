/**
 * Prints the labels a step's map gets at a size, from the built page's payload (the first
 * edition's found, or the one of the locale given):
 *   npx tsx scripts/dev/labels-debug.ts <step-id> <width> <height> [locale]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { computeMap } from '../../src/lib/map/compute-map.ts';
import { decodeTopology } from '../../src/lib/map/geo-data.ts';
import { VIEWS } from '../../src/lib/map/views.ts';
import type { ClientPayload } from '../../src/lib/story/build-story.ts';
import { formats } from '../../src/lib/i18n/format.ts';
import { translator } from '../../src/lib/i18n/messages.ts';
import { useGlyphWidths } from '../../src/lib/i18n/measure.ts';

const [id, w, h, tag] = process.argv.slice(2);
const payloads = readdirSync('dist/data').filter((f) => /^story\.\w+\.json$/.test(f)).map((f) => JSON.parse(readFileSync(`dist/data/${f}`, 'utf8')) as ClientPayload);
const payload = payloads.find((p) => !tag || p.locale.tag.startsWith(tag))!;
const fmt = formats(translator(payload.locale.tag, payload.locale.messages));
useGlyphWidths(payload.glyphWidths);
const step = payload.steps.find((s) => s.id === id)!;
const geoOf = (file: string) => decodeTopology(JSON.parse(readFileSync(`public/data/${file}.topo.json`, 'utf8')));
const view = VIEWS[step.state.map.view];
const frame = computeMap(step.state.map, { geo: geoOf(view.file), overview: geoOf('overview'), places: payload.places, events: payload.events, officialKm: payload.officialKm, names: payload.names, fmt }, { width: Number(w), height: Number(h) }, { stamp: step.state.stamp ? fmt.stamp(step.state.stamp) : null, note: step.note });
const o = frame.overlay;
for (const p of o.places) console.log('place', p.id, Math.round(p.x), Math.round(p.y), p.label ? `${p.label.text} @${Math.round(p.label.x)},${Math.round(p.label.y)} ${p.label.anchor}${p.label.leader ? ' leader' : ''}` : 'NO LABEL');
for (const e of o.events) console.log('event', e.id, Math.round(e.x), Math.round(e.y), e.label ? `${e.label.text} @${Math.round(e.label.x)},${Math.round(e.label.y)} ${e.label.anchor}${e.label.leader ? ' leader' : ''}` : 'NO LABEL');
for (const l of [...o.countryLabels, ...o.regionLabels, ...o.enclaveLabels]) console.log('area', l.text, Math.round(l.x), Math.round(l.y));
