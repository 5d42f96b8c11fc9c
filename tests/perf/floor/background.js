// The floor's worker: keeps which rooms await (the newest row has no "You:") and answers, for each
// room read, whether it awaits; a framework may have replaced a row's element, so each is re-marked.
const awaiting = new Set();
chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  for (const row of msg.rows) {
    if (row.you) awaiting.delete(row.id);
    else awaiting.add(row.id);
  }
  reply(msg.rows.map((row) => [row.id, awaiting.has(row.id)]));
});
