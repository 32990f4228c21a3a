// JavaScript (Node): JSON.parse, instants re-made by Date.prototype.toISOString() (".000Z"), coordinates from
// Numbers joined by a comma (JavaScript's own number formatting), durations from minutes (a JS duration library's
// "PT150M"), then JSON.stringify — minified, or indented by two spaces.
const fs = require('fs');
const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
for (const p of ['created', 'modified']) doc.metadata[p] = new Date(doc.metadata[p]).toISOString();
if (doc.location.coordinates) doc.location.coordinates = doc.location.coordinates.split(',').map(Number).join(',');
if (doc.timing.duration) {
    doc.timing.duration = doc.timing.duration.replace(/PT(?:(\d+)H)?(?:(\d+)M)?$/, (_, h, m) => `PT${(+(h || 0)) * 60 + (+(m || 0))}M`);
}
process.stdout.write((process.argv[3] === 'pretty' ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + '\n');
