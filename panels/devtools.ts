/** The devtools page: registers the "Cookies" panel and nothing else. */
chrome.devtools.panels.create('Cookies', 'icons/icon-32.png', 'panel.html', () => {});
