// The story editor's safety net: every keystroke is copied to localStorage, so text typed while the connection
// is down (or before a crash) survives a reload; and the server is re-sent the fields when the network returns.
const fieldSelector = "[data-backup]";

function readFields(form) {
  const values = {};
  for (const field of form.querySelectorAll(fieldSelector)) {
    values[field.name] = field.value;
  }
  return values;
}

// Each keystroke sends the whole field to the server, twice over, in one circuit message of 128 KB at most (see
// CircuitLimits): an insertion that would make a field larger than this is refused here, with a note, instead of
// dropping the circuit. Anything up to it reaches the server, which says when a part is over its limit.
const maxFieldBytes = 62 * 1024;
const encoder = new TextEncoder();

function refuseOversizeInsert(event) {
  const field = event.target;
  if (!field.matches?.(fieldSelector) || !event.inputType?.startsWith("insert")) {
    return;
  }

  const inserted = event.data ?? event.dataTransfer?.getData("text/plain") ?? "";
  const note = document.getElementById(field.dataset.sizeNote ?? "");
  // Three bytes a character at most: below this the text cannot be too large, so nothing is encoded.
  if ((field.value.length + inserted.length) * 3 > maxFieldBytes) {
    const next = field.value.slice(0, field.selectionStart) + inserted + field.value.slice(field.selectionEnd);
    const bytes = encoder.encode(next).length;
    if (bytes > maxFieldBytes) {
      event.preventDefault();
      if (note) {
        note.textContent = `That paste was not added: it would make this part ${Math.ceil(bytes / 1024)} KB, more than can be sent at once. Paste a shorter part.`;
      }
      return;
    }
  }

  if (note) {
    note.textContent = "";
  }
}

export function attach(form, key, userId) {
  const state = { form, key, userId, persisted: readFields(form) };

  const onInput = () => {
    try {
      localStorage.setItem(key, JSON.stringify({ userId, at: new Date().toISOString(), values: readFields(form) }));
    } catch {
      // Storage full or disabled: the server-side draft is still there.
    }
  };

  // After an outage the circuit reconnects, but the server has not seen what was typed meanwhile: send it again.
  const resend = () => {
    for (const field of form.querySelectorAll(fieldSelector)) {
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
  };
  const onOnline = () => {
    setTimeout(resend, 1500);
    setTimeout(resend, 5000);
  };

  form.addEventListener("beforeinput", refuseOversizeInsert);
  form.addEventListener("input", onInput);
  window.addEventListener("online", onOnline);
  state.dispose = () => {
    form.removeEventListener("beforeinput", refuseOversizeInsert);
    form.removeEventListener("input", onInput);
    window.removeEventListener("online", onOnline);
  };
  return state;
}

// The copy goes back to the server in one circuit message (128 KB at most, see CircuitLimits): a larger one is
// skipped rather than dropping the circuit, and the server-side draft stands in for it.
const maxBackupBytes = 100 * 1024;

export function readBackup(key, userId) {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null || new TextEncoder().encode(raw).length > maxBackupBytes) {
      return null;
    }

    const backup = JSON.parse(raw);
    return backup && backup.userId === userId ? backup : null;
  } catch {
    return null;
  }
}

export function clearBackup(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

export function detach(state) {
  state?.dispose?.();
}
