/*
 * Injected as the first script of every page the WebKit smoke test loads. WebKitWebDriver speaks only
 * classic WebDriver, which reports no console messages or uncaught errors, so each page keeps its own
 * record in sessionStorage (it survives navigations) for the test to read.
 */
(() => {
  const KEY = '__engineSmokeErrors';
  const record = (message) => {
    const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
    list.push(`${location.pathname}: ${message}`);
    sessionStorage.setItem(KEY, JSON.stringify(list));
  };
  // Capture phase: a script, style or image that fails to load fires a non-bubbling error on its element.
  addEventListener(
    'error',
    (e) => record(e instanceof ErrorEvent ? `uncaught ${e.message}` : `failed to load ${e.target.src || e.target.href || e.target.tagName}`),
    true,
  );
  addEventListener('unhandledrejection', (e) => record(`unhandled rejection: ${(e.reason && e.reason.message) || e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => record(`CSP blocked ${e.blockedURI || 'inline code'} (${e.violatedDirective})`));
  const error = console.error;
  console.error = (...args) => {
    record(`console.error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
})();
