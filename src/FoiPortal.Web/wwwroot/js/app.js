// Progressive enhancement only: every journey works without JavaScript.
import { initAll } from '/js/govuk-frontend.min.js'

initAll()
