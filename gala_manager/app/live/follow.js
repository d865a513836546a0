"use strict";
// Shared by the live pages: each defines show(data), sets `labels` from it and calls
// follow(show, pollMs). Pushed events where the browser has them, else polling.
const $ = (id) => document.getElementById(id);
let labels = {};

function online(yes) {
  $("status").textContent = (yes ? labels.live : labels.offline) || "";
  $("status").className = yes ? "" : "offline";
}

function follow(show, pollMs) {
  const shown = (data) => { show(data); online(true); };
  if (window.EventSource) {
    const events = new EventSource("events");
    events.onmessage = (e) => shown(JSON.parse(e.data));
    events.onerror = () => online(false);
    return;
  }
  const poll = () => fetch("data", {cache: "no-cache"})
    .then((r) => r.json()).then(shown)
    .catch(() => online(false))
    .finally(() => setTimeout(poll, pollMs));
  poll();
}
