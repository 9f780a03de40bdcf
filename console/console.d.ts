/** console.js as the ingest Worker imports it: its text (a wrangler `[[rules]]` Text module). */
declare const text: string;
export default text;
