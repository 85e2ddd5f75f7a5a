// Quote details on hover and click, and the filters. Reads only the page's
// own data-* attributes (made from counters, never from the input) and
// toggles classes: it never writes HTML.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var cards = {}, pieces = {}, listed = {};
  document.querySelectorAll(".card").forEach(function (c) { cards[c.dataset.q] = c; });
  text.querySelectorAll(".q").forEach(function (p) { (pieces[p.dataset.q] = pieces[p.dataset.q] || []).push(p); });
  document.querySelectorAll("[data-list-q]").forEach(function (li) { (listed[li.dataset.listQ] = listed[li.dataset.listQ] || []).push(li); });
  var shown = null, pinned = false;

  function place(card, piece, x, y) {
    var rects = piece.getClientRects(), r = rects[0];
    for (var i = 0; i < rects.length; i++) {
      if (y !== undefined && y >= rects[i].top && y <= rects[i].bottom) { r = rects[i]; break; }
    }
    var left = (x !== undefined ? x - 40 : r.left) + window.scrollX;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8;
    card.style.left = Math.max(8, Math.min(left, maxLeft)) + "px";
    // below the line, or above it where the window has no room below
    var below = r.bottom + 8, above = r.top - card.offsetHeight - 8;
    var top = below + card.offsetHeight > document.documentElement.clientHeight && above > 0 ? above : below;
    card.style.top = (top + window.scrollY) + "px";
  }
  function show(q, piece, x, y) {
    if (shown === q) { return; }
    hide();
    var card = cards[q];
    if (!card) { return; }
    card.hidden = false;
    place(card, piece, x, y);
    (pieces[q] || []).forEach(function (p) { p.classList.add("hot"); });
    shown = q;
  }
  function hide() {
    if (shown === null) { return; }
    cards[shown].hidden = true;
    (pieces[shown] || []).forEach(function (p) { p.classList.remove("hot"); });
    shown = null; pinned = false;
  }
  function pieceOf(target) {
    // the innermost quote shown: a filtered-out quote gives way to its parent
    var piece = target.closest ? target.closest(".q") : null;
    while (piece && piece.classList.contains("off")) {
      piece = piece.parentElement ? piece.parentElement.closest(".q") : null;
    }
    return piece;
  }
  text.addEventListener("mouseover", function (e) {
    if (pinned) { return; }
    var piece = pieceOf(e.target);
    if (piece) { show(piece.dataset.q, piece, e.clientX, e.clientY); } else { hide(); }
  });
  text.addEventListener("mouseleave", function () { if (!pinned) { hide(); } });
  document.addEventListener("click", function (e) {
    if (e.target.closest(".card .close")) { hide(); return; }
    if (e.target.closest(".card")) { return; }
    var piece = text.contains(e.target) ? pieceOf(e.target) : null;
    if (!piece) { hide(); return; }
    if (pinned && shown === piece.dataset.q) { hide(); return; }
    pinned = false;
    show(piece.dataset.q, piece, e.clientX, e.clientY);
    pinned = true;
  });
  text.addEventListener("keydown", function (e) {
    var piece = pieceOf(e.target);
    if (piece && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault(); pinned = false; show(piece.dataset.q, piece); pinned = true;
    }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });

  // filters
  var form = document.getElementById("filters");
  var speaker = form.elements.speaker, confidence = form.elements.confidence;
  var confidenceShown = document.getElementById("confidence-value");
  var count = document.getElementById("shown-count");
  function apply() {
    var types = {};
    form.querySelectorAll("input[name=type]").forEach(function (b) { types[b.value] = b.checked; });
    var min = parseFloat(confidence.value), on = {}, n = 0, total = 0;
    confidenceShown.textContent = min.toFixed(2);
    Object.keys(cards).forEach(function (q) {
      var c = cards[q];
      var visible = (!speaker.value || c.dataset.speaker === speaker.value) &&
        types[c.dataset.type] && parseFloat(c.dataset.conf) >= min;
      on[q] = visible; total += 1; n += visible ? 1 : 0;
      (pieces[q] || []).forEach(function (p) { p.classList.toggle("off", !visible); });
      (listed[q] || []).forEach(function (li) { li.hidden = !visible; });
    });
    text.querySelectorAll(".cue, .mention, .relay").forEach(function (el) {
      var any = el.dataset.of.split(" ").some(function (q) { return on[q]; });
      el.classList.toggle("off", !any);
    });
    document.querySelectorAll(".speaker").forEach(function (s) {
      s.hidden = !!speaker.value && s.dataset.speaker !== speaker.value;
    });
    if (shown !== null && !on[shown]) { hide(); }
    count.textContent = "showing " + n + " of " + total + " quotes";
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.querySelectorAll(".speaker .who").forEach(function (who) {
    who.addEventListener("click", function () {
      var key = who.closest(".speaker").dataset.speaker;
      speaker.value = speaker.value === key ? "" : key;
      apply();
    });
  });
  document.querySelectorAll("a[data-goto]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault(); e.stopPropagation();
      var q = a.dataset.goto, piece = (pieces[q] || [])[0];
      if (!piece) { return; }
      piece.scrollIntoView({ block: "center" });
      pinned = false; show(q, piece); pinned = true;
    });
  });
  apply();
})();
