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

  form.addEventListener("input", onInput);
  window.addEventListener("online", onOnline);
  state.dispose = () => {
    form.removeEventListener("input", onInput);
    window.removeEventListener("online", onOnline);
  };
  return state;
}

// The copy goes back to the server in one circuit message (64 KB at most, see CircuitLimits): a larger one is
// skipped rather than dropping the circuit, and the server-side draft stands in for it.
const maxBackupBytes = 48 * 1024;

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
