// Progressive enhancement for the exemption decision form: only the fields the chosen outcome and exemptions need
// are shown. Hidden fields are disabled so they are not posted. Without JavaScript every field is shown and the
// server's rules say what to fill in or remove. A part showing a server error is never hidden.
const form = document.getElementById('record-decision')
const section = document.getElementById('citations-section')
const reliesOnExemptions = ['Withheld', 'PartlyDisclosed', 'NeitherConfirmNorDeny']

function hasError (element) {
  return element.querySelector('.govuk-form-group--error') !== null
}

function show (element, visible) {
  element.hidden = !visible
  for (const field of element.querySelectorAll('input, select, textarea')) {
    field.disabled = !visible
  }
}

function updateCitation (fieldset) {
  const select = fieldset.querySelector('select')
  const option = select.options[select.selectedIndex]
  const chosen = option !== undefined && option.value !== ''
  for (const part of fieldset.querySelectorAll('[data-when]')) {
    const when = part.dataset.when
    const needed = chosen && (when === 'chosen' || option.dataset[when] === 'true')
    show(part, needed || hasError(part))
  }
}

function update () {
  const checked = form.querySelector('input[name="Data.Outcome"]:checked')
  const needed = checked !== null && reliesOnExemptions.includes(checked.value)
  show(section, needed || hasError(section))
  if (!section.hidden) {
    for (const fieldset of section.querySelectorAll('[data-citation]')) {
      updateCitation(fieldset)
    }
  }
}

if (form !== null && section !== null) {
  form.addEventListener('change', update)
  update()
}
