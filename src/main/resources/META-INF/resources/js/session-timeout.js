// The timeout warning (templates/tags/timeoutWarning.html): a progressive enhancement, the pages work without it.
// Another tab of the portal restarts the session too, so every page notes its load time in localStorage and the
// timers count from the latest load of any tab.
(function () {
  'use strict';
  var dialog = document.getElementById('timeout-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var warnAfter = Number(dialog.dataset.warnAfter) * 1000;
  var endAfter = Number(dialog.dataset.endAfter) * 1000;
  var countdown = document.getElementById('timeout-countdown');
  var announce = document.getElementById('timeout-announce');
  var stay = document.getElementById('timeout-stay');
  var KEY = 'iin-last-activity';
  var timers = [];
  var ticking = null;
  var lastAnnounced = null;
  var returnFocus = null;

  function lastActivity() {
    var stored = Number(window.localStorage && localStorage.getItem(KEY));
    return stored > 0 ? stored : Date.now();
  }

  function noteActivity() {
    try { localStorage.setItem(KEY, String(Date.now())); } catch (e) { /* private mode: this tab alone */ }
  }

  function clear() {
    timers.forEach(clearTimeout);
    timers = [];
    if (ticking) { clearInterval(ticking); ticking = null; }
  }

  function schedule() {
    clear();
    var since = Date.now() - lastActivity();
    timers.push(setTimeout(warn, Math.max(0, warnAfter - since)));
    timers.push(setTimeout(end, Math.max(0, endAfter - since)));
  }

  function left() {
    return Math.max(0, Math.ceil((lastActivity() + endAfter - Date.now()) / 1000));
  }

  function words(seconds) {
    if (seconds >= 60) {
      var minutes = Math.ceil(seconds / 60);
      return (minutes === 1 ? dialog.dataset.minute : dialog.dataset.minutes).replace('%d', minutes);
    }
    return (seconds === 1 ? dialog.dataset.second : dialog.dataset.seconds).replace('%d', seconds);
  }

  function update() {
    var seconds = left();
    if (Date.now() - lastActivity() < warnAfter) { // another tab was used meanwhile
      close();
      return;
    }
    countdown.textContent = words(seconds);
    // Screen readers hear the time left each 15 seconds, not every second.
    var bucket = Math.ceil(seconds / 15);
    if (bucket !== lastAnnounced) {
      lastAnnounced = bucket;
      announce.textContent = dialog.querySelector('#timeout-text').textContent;
    }
  }

  function warn() {
    if (Date.now() - lastActivity() < warnAfter) { schedule(); return; }
    returnFocus = document.activeElement;
    update();
    dialog.showModal();
    stay.focus();
    ticking = setInterval(update, 1000);
  }

  function close() {
    if (dialog.open) { dialog.close(); }
    if (returnFocus && returnFocus.focus) { returnFocus.focus(); }
    schedule();
  }

  function end() {
    if (Date.now() - lastActivity() < endAfter - 1000) { schedule(); return; }
    signOut();
  }

  function signOut() {
    clear();
    var form = document.getElementById('timeout-signout');
    if (form) {
      form.submit();
    } else {
      window.location.href = dialog.dataset.timedOut;
    }
  }

  function keepAlive() {
    fetch(dialog.dataset.stay, { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
      .then(function (response) {
        if (response.ok) {
          noteActivity();
          close();
        } else {
          signOut(); // the session had already ended
        }
      })
      .catch(signOut);
  }

  stay.addEventListener('click', keepAlive);
  // Escape means "stay", as closing the warning does in the GOV.UK pattern.
  dialog.addEventListener('cancel', function (event) { event.preventDefault(); keepAlive(); });
  noteActivity();
  schedule();
})();
