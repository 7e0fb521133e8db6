// Runs in <head>, before first paint: marks that scripts run and restores the reader's chosen
// mode, so the page is laid out once, in the right mode (no layout shift). Inlined by
// Base.astro; the Content-Security-Policy allows it by its hash (src/lib/site/security.ts).
(function (d) {
  d.dataset.js = '';
  var mode = 'scroll';
  try {
    if (localStorage.getItem('border-lines:mode') === 'article') mode = 'article';
  } catch (e) {}
  d.dataset.mode = mode;
})(document.documentElement);
