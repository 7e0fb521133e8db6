/**
 * The boot script every page inlines in its <head>, before first paint: it marks that scripts run
 * and puts the page in its mode (src/lib/client/modes.ts) — the one the address asks for
 * (`?mode=projector`), else the one the reader chose last — so the page is laid out once, in the
 * right mode, without a shift. Written from the mode registry, so the modes are named once; the
 * Content-Security-Policy allows it by its hash (security.ts). Plain ES5: it runs before anything.
 */
import { BY_ADDRESS, MODE_KEY, MODE_PARAM, REMEMBERED } from '../client/modes.ts';

const list = (modes: readonly string[]) => JSON.stringify(modes);

export const BOOT = [
  '(function(d){',
  "d.dataset.js='';",
  "var m='scroll';",
  'try{',
  `var a=new URLSearchParams(location.search).get(${JSON.stringify(MODE_PARAM)}),r=localStorage.getItem(${JSON.stringify(MODE_KEY)});`,
  `if(${list(BY_ADDRESS)}.indexOf(a)>=0)m=a;else if(${list(REMEMBERED)}.indexOf(r)>=0)m=r;`,
  '}catch(e){}',
  'd.dataset.mode=m;',
  '})(document.documentElement);',
].join('');
