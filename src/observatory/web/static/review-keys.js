// Keyboard review for the queue: j/n and k/p move between claims, a accepts, r rejects,
// Enter opens the claim.  Keys typed into a form field are left alone.
(function () {
  "use strict";
  const rows = Array.from(document.querySelectorAll("#pending-claims tr.queue-row"));
  if (!rows.length) return;
  let current = 0;

  function select(index, focus = true) {
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle("selected", i === current));
    if (focus) rows[current].focus();
  }

  function submit(kind) {
    const form = rows[current].querySelector("form.decide-" + kind);
    if (form) form.querySelector("button").click();
  }

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest("input, select, textarea")) return;
    const actions = {
      j: () => select(current + 1), n: () => select(current + 1),
      k: () => select(current - 1), p: () => select(current - 1),
      a: () => submit("accept"), r: () => submit("reject"),
      Enter: () => rows[current].querySelector("a.claim-link").click(),
    };
    const action = actions[event.key];
    if (!action || (event.key === "Enter" && target.closest("button, a"))) return;
    event.preventDefault();
    action();
  });
  rows.forEach((row, i) => row.addEventListener("click", () => select(i, false)));
  select(0, false);
})();
