// Live preview of the statutory due date on the "log a request" form, from the public deadlines API.
// Progressive enhancement only: without JavaScript the check page shows the same date before saving.
const preview = document.getElementById('due-date-preview')
const day = document.getElementById('Data_ReceivedOn')
const month = document.getElementById('Data_ReceivedOn_Month')
const year = document.getElementById('Data_ReceivedOn_Year')

function isoDate () {
  const d = Number(day.value)
  const m = Number(month.value)
  const y = Number(year.value)
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || y < 1990 || y > 2100) {
    return null
  }
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null
  }
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

// GOV.UK style, "Thursday 21 January 2027": built from parts, since browsers differ on commas.
function inWords (iso) {
  const date = new Date(`${iso}T12:00:00Z`)
  const part = (options) => date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' })
  return `${part({ weekday: 'long' })} ${part({ day: 'numeric' })} ${part({ month: 'long' })} ${part({ year: 'numeric' })}`
}

let latest = 0
async function update () {
  const received = isoDate()
  if (!received) {
    preview.hidden = true
    return
  }
  const ask = ++latest
  try {
    const response = await fetch(`/api/v1/deadlines?received=${received}&regime=foia`, { headers: { Accept: 'application/json' } })
    if (!response.ok || ask !== latest) {
      return
    }
    const deadline = await response.json()
    const skipped = deadline.skipped.length === 0 ? '' : ` Not counted: ${deadline.skipped.map(s => s.reason).join(', ')}.`
    preview.textContent = `Due by ${inWords(deadline.dueOn)} under FOIA (${deadline.workingDays} working days).${skipped}`
    preview.hidden = false
  } catch {
    preview.hidden = true
  }
}

if (preview && day && month && year) {
  for (const input of [day, month, year]) {
    input.addEventListener('input', update)
  }
  update()
}
