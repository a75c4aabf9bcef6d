// Starts the app on a prerendered page (scripts/prerender.ts) once the page has painted:
// the page is readable without the JavaScript, so its 130 KB wait until the first frame is on
// screen instead of competing with it. The tag names the entry module, the modules it imports
// at once and config.json, which are all requested together.
(function () {
  var tag = document.currentScript;
  if (!tag) return;
  var entry = tag.getAttribute('data-entry');
  var modules = (tag.getAttribute('data-modules') || '').split(' ').filter(Boolean);
  var documents = (tag.getAttribute('data-fetch') || '').split(' ').filter(Boolean);
  // One insertion into <head> for all the tags: each insertion costs the browser a style pass.
  function link(parent, rel, href, as) {
    var element = document.createElement('link');
    element.rel = rel;
    element.href = href;
    element.crossOrigin = 'anonymous';
    if (as) element.as = as;
    parent.appendChild(element);
  }
  function start() {
    var tags = document.createDocumentFragment();
    documents.forEach(function (href) {
      link(tags, 'preload', href, 'fetch');
    });
    modules.forEach(function (href) {
      link(tags, 'modulepreload', href);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = entry;
    tags.appendChild(script);
    document.head.appendChild(tags);
  }
  var started = false;
  function startOnce() {
    if (started) return;
    started = true;
    start();
  }
  // A tab opened in the background paints nothing: start at once. Otherwise start when the
  // browser reports the first contentful paint (or after a second, should it never report it).
  if (document.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function') return startOnce();
  try {
    var observer = new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      startOnce();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch (error) {
    return startOnce();
  }
  setTimeout(startOnce, 1000);
})();
