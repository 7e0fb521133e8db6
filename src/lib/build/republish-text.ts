/**
 * The story's text as clean HTML for republishing: headline, dek, byline and dates, each chapter
 * and step's text, each graphic as its PNG with its title, description and credit, then the
 * corrections and the credit line. No scripts, no styles, no classes; links absolute, so the text
 * works pasted into any system. One fragment, shown on the republish page and published as a file.
 */
import { escapeXml } from '../render/xml.ts';
import { pngPath } from '../graphics/paths.ts';
import { kitCredit } from '../graphics/source-line.ts';
import { PAGE_POLICY } from '../site/page-policy.ts';
import { absolute, type Kit } from './kit.ts';

const strip = (html: string) =>
  html
    .replace(/\s(class|id|style|data-[\w-]+)="[^"]*"/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .trim();

export function republishFragment(kit: Kit): string {
  const { model } = kit;
  const { edition, fmt, story, entries, corrections } = model;
  const { t } = fmt;
  const storyUrl = absolute(kit.base);
  const figures = new Map(kit.files.flatMap((f) => f.graphic.steps.slice(0, 1).map((s) => [s, f] as const)));
  const out: string[] = [];
  out.push(`<h1>${escapeXml(edition.headline)}</h1>`);
  out.push(`<p><strong>${escapeXml(edition.dek)}</strong></p>`);
  out.push(`<p>${escapeXml(edition.byline)}. ${escapeXml(t('intro.published'))} ${escapeXml(fmt.date(edition.published))}; ${escapeXml(t('end.updated'))} ${escapeXml(fmt.date(edition.updated))}.</p>`);
  story.steps.forEach((step, i) => {
    if (step.chapterStart) out.push(`<h2>${escapeXml(t('step.chapter', { n: step.chapter.number }))}. ${escapeXml(step.chapter.title)}</h2>`);
    const f = figures.get(step.id);
    if (f) {
      const png = absolute(`${kit.base}${pngPath(f.graphic.id)}`);
      out.push(
        `<figure><img src="${escapeXml(png)}" alt="${escapeXml(f.graphic.description)}" width="${f.pngSize.width / 2}" height="${f.pngSize.height / 2}"><figcaption>${escapeXml(f.graphic.title)}. ${escapeXml(kitCredit(fmt))}</figcaption></figure>`,
      );
    }
    out.push(`<h3>${escapeXml(step.graphic.title)}</h3>`);
    out.push(strip(entries[i]!.rendered?.html ?? ''));
  });
  out.push(`<h2>${escapeXml(t('end.corrections'))}</h2>`);
  if (corrections.length === 0) out.push(`<p>${escapeXml(t('end.no_corrections'))}</p>`);
  else out.push(`<ul>${corrections.map((c) => `<li>${escapeXml(fmt.date(c.date))}: ${escapeXml(c.text)}</li>`).join('')}</ul>`);
  out.push(`<p><em>${t('republish.text_credit', { site: escapeXml(t('page.site_name')), url: `<a href="${escapeXml(storyUrl)}">${escapeXml(storyUrl)}</a>` })}</em></p>`);
  return out.join('\n');
}

/** The same fragment as a file of its own. */
export function republishDocument(kit: Kit): string {
  const { edition, locale } = kit.model;
  return `<!doctype html>\n<html lang="${locale.tag}">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">\n<title>${escapeXml(edition.headline)}</title>\n</head>\n<body>\n<article>\n${republishFragment(kit)}\n</article>\n</body>\n</html>\n`;
}
