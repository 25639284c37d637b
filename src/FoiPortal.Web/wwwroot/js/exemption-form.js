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
  // Rule 7: only the chosen provision's paragraphs are offered; a ticked qualified part (s.40(2) with (3B)) needs the public interest test.
  let qualifiedPart = false
  const details = fieldset.querySelector('[data-paragraphs]')
  if (details !== null) {
    let any = false
    for (const group of details.querySelectorAll('[data-paragraphs-for]')) {
      const matches = chosen && group.dataset.paragraphsFor === option.value
      show(group, matches)
      any = any || matches
      if (matches) {
        qualifiedPart = group.querySelector('input[data-qualified="true"]:checked') !== null
      }
    }
    details.hidden = !any && !hasError(details)
  }
  for (const part of fieldset.querySelectorAll('[data-when]')) {
    const when = part.dataset.when
    const needed = chosen && (when === 'chosen' || option.dataset[when] === 'true' || (when === 'qualified' && qualifiedPart))
    show(part, needed || hasError(part))
  }
}

// Slots after the first two appear once the one before is in use, so a short decision keeps a short form.
function inUse (fieldset) {
  const select = fieldset.querySelector('select')
  return (select !== null && select.value !== '') || hasError(fieldset)
}

function update () {
  const checked = form.querySelector('input[name="Data.Outcome"]:checked')
  const needed = checked !== null && reliesOnExemptions.includes(checked.value)
  show(section, needed || hasError(section))
  if (!section.hidden) {
    const fieldsets = [...section.querySelectorAll('[data-citation]')]
    fieldsets.forEach((fieldset, i) => {
      const visible = i < 2 || inUse(fieldset) || inUse(fieldsets[i - 1])
      fieldset.hidden = !visible
      if (visible) {
        updateCitation(fieldset)
      }
    })
  }
}

if (form !== null && section !== null) {
  form.addEventListener('change', update)
  update()
}
