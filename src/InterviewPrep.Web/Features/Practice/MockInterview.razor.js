// The mock interview's browser side: the interviewer's voice (speech synthesis) and the candidate's own recording.
// Recordings stay in this tab as blob: URLs; nothing here sends audio anywhere.
const urls = [];
let recorder = null;
let chunks = [];

export function canSpeak() {
  return "speechSynthesis" in window;
}

export function speak(text) {
  if (!("speechSynthesis" in window)) {
    return;
  }
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.95;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking() {
  if ("speechSynthesis" in window) {
    window.speechSynthesis.cancel();
  }
}

export function canRecord() {
  return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder);
}

export async function startRecording() {
  if (!canRecord()) {
    return "unsupported";
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    chunks = [];
    recorder = new MediaRecorder(stream);
    recorder.addEventListener("dataavailable", e => {
      if (e.data.size > 0) {
        chunks.push(e.data);
      }
    });
    recorder.start();
    return "recording";
  } catch {
    return "denied";
  }
}

export function stopRecording() {
  return new Promise(resolve => {
    if (!recorder || recorder.state === "inactive") {
      resolve(null);
      return;
    }
    recorder.addEventListener("stop", () => {
      recorder.stream.getTracks().forEach(t => t.stop());
      const url = URL.createObjectURL(new Blob(chunks, { type: recorder.mimeType || "audio/webm" }));
      urls.push(url);
      recorder = null;
      resolve(url);
    }, { once: true });
    recorder.stop();
  });
}

export function dispose() {
  stopSpeaking();
  if (recorder && recorder.state !== "inactive") {
    recorder.stop();
    recorder.stream.getTracks().forEach(t => t.stop());
  }
  urls.splice(0).forEach(u => URL.revokeObjectURL(u));
}
