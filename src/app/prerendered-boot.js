/*
 * The only script a prerendered page names (config/build-pages.ts): it starts the app once the page has painted, so
 * the app's code never competes with the page's stylesheet and fonts for the first paint. The entry and the route's
 * chunks come from this element's data attributes; a hidden tab (which paints nothing) starts at once.
 */
(function () {
  const self = document.currentScript;
  if (!self) return;
  const entry = self.dataset.entry;
  const preloads = (self.dataset.preload || '').split(' ').filter(Boolean);
  let started = false;
  function start() {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  }
  // Once the page is on screen: the first contentful paint reported (its presentation, not merely its frame), or two
  // frames where the browser reports no paints.
  function afterFirstPaint() {
    setTimeout(start, 0);
  }
  if (document.visibilityState === 'hidden') start();
  else {
    let observing = false;
    try {
      if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
        new PerformanceObserver((list, observer) => {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          afterFirstPaint();
        }).observe({ type: 'paint', buffered: true });
        observing = true;
      }
    } catch {
      observing = false;
    }
    if (!observing) requestAnimationFrame(() => requestAnimationFrame(afterFirstPaint));
    // A browser that stops painting (a tab hidden meanwhile) still starts the app.
    document.addEventListener('visibilitychange', start, { once: true });
  }
})();
