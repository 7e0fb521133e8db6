/**
 * The republish page's embed code generator: the graphic and the width chosen write the codes
 * (with the site's absolute addresses, as the reader's browser sees them) and load the preview,
 * which sizes itself by the same pym.js message a host page's pym would read; copy buttons copy.
 */
import { embedCode } from '../lib/graphics/embed-code.ts';
import { embedPath } from '../lib/graphics/paths.ts';

const form = document.querySelector<HTMLFormElement>('[data-generator]');

if (form) {
  const select = form.querySelector<HTMLSelectElement>('select[name="graphic"]')!;
  const code = form.querySelector<HTMLTextAreaElement>('#generator-code')!;
  const plain = form.querySelector<HTMLTextAreaElement>('#generator-plain')!;
  const preview = form.querySelector<HTMLIFrameElement>('#generator-preview')!;
  const frameBox = form.querySelector<HTMLElement>('.generator__frame')!;
  const status = form.querySelector<HTMLElement>('.generator__status')!;
  const base = form.dataset.base!;

  const update = () => {
    const option = select.selectedOptions[0]!;
    const width = form.querySelector<HTMLInputElement>('input[name="width"]:checked')?.value ?? '100%';
    const src = new URL(`${base}${embedPath(option.value)}`, location.href).href;
    const codes = embedCode(src, option.dataset.title!, Number(option.dataset.height), width, new URL(form.dataset.pym!, location.href).href);
    code.value = codes.pym;
    plain.value = codes.plain;
    frameBox.style.width = width;
    preview.title = option.dataset.title!;
    const next = `${base}${embedPath(option.value)}?childId=preview`;
    if (!preview.src.endsWith(next)) preview.src = next;
  };
  form.addEventListener('change', update);
  // a link from the story to a graphic's entry picks that graphic
  const fromHash = () => {
    const id = /^#graphic-(.+)$/.exec(location.hash)?.[1];
    if (id && [...select.options].some((o) => o.value === id)) select.value = id;
  };
  fromHash();
  window.addEventListener('hashchange', () => {
    fromHash();
    update();
  });
  update();

  // the preview reports its height as a pym child does
  window.addEventListener('message', (e) => {
    if (e.source !== preview.contentWindow || typeof e.data !== 'string') return;
    const m = /^pymxPYMxpreviewxPYMxheightxPYMx(\d+)$/.exec(e.data);
    if (m) preview.style.height = `${m[1]}px`;
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
    const status = document.querySelector<HTMLElement>('.generator__status');
    const say = (text: string | undefined) => {
      if (status && text) status.textContent = text;
    };
    try {
      await navigator.clipboard.writeText(area.value);
      say(form?.dataset.copied);
    } catch {
      area.select();
      say(form?.dataset.copyFailed);
    }
  });
}
