// The layout's "JavaScript is on" marker for pages served from the output cache (no inline script there: a cached
// page cannot carry the current request's CSP nonce). Same effect as the inline script on other pages.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
